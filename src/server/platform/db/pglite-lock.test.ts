import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './index';
import { DatabaseInUseError, lockPgliteDir } from './pglite-lock';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'shangliang-lock-')), 'pglite');

describe('one process at a time on an embedded database', () => {
  it('lets the first open hold it, refuses a second while it is held, and frees it on release', () => {
    const dir = freshDir();
    const release = lockPgliteDir(dir);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    expect(() => lockPgliteDir(dir)).toThrow(DatabaseInUseError);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    lockPgliteDir(dir)();
  });

  it('refuses while another live process holds it, naming that process', () => {
    const dir = freshDir();
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockPgliteDir(dir)).toThrow(`in use by process ${process.ppid}`);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.ppid)); // left alone
  });

  it('takes over a lock left by a process that has died, or an unreadable one', () => {
    const dir = freshDir();
    const gone = Number(
      execFileSync('node', ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }),
    );
    writeFileSync(`${dir}.lock`, String(gone));
    const release = lockPgliteDir(dir);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    writeFileSync(`${dir}.lock`, 'not a pid');
    lockPgliteDir(dir)();
    // a container restarted as the same pid finds its predecessor's lock naming that pid
    writeFileSync(`${dir}.lock`, String(process.pid));
    lockPgliteDir(dir)();
  });

  it('holds it from opening to closing the database', { timeout: 60_000 }, async () => {
    const dir = freshDir();
    const database = await openDatabase({ pgliteDir: dir });
    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(DatabaseInUseError);
    await database.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
    const again = await openDatabase({ pgliteDir: dir });
    await again.close();
  });
});
