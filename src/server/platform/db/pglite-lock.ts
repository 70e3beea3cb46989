// One process at a time on an embedded database directory: PGlite has no server to arbitrate, so a
// second process opening the same files (a `backup` while the server runs, a second `npm start`)
// would read a half-written state or corrupt it. The first to open it writes its pid beside the
// directory; the others refuse with the pid to stop. A lock left by a process that died is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Opening refused: another live process holds the embedded database. */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded database ${dir} is in use by process ${pid} (is the server running?); stop it first, or use DATABASE_URL`,
    );
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
};

const holderOf = (file: string) => {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

// the lock files this process holds: a file naming our own pid that is not here was left by an
// earlier process that had the same pid (a container restarted as pid 1), so it is stale
const heldHere = new Set<string>();

/** Takes the lock of `dir` for this process, or throws DatabaseInUseError; returns its release. */
export function lockPgliteDir(dir: string): () => void {
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      heldHere.add(file);
      return () => {
        if (!heldHere.delete(file)) return;
        if (holderOf(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = holderOf(file);
      if (pid !== null && heldHere.has(file)) throw new DatabaseInUseError(dir, pid); // opened twice here
      if (pid !== null && pid !== process.pid && isAlive(pid)) throw new DatabaseInUseError(dir, pid);
      rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  throw new DatabaseInUseError(dir, holderOf(file) ?? 0);
}
