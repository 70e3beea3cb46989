import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db';
import { createBackup, restoreBackup } from '.';
import { digestTableFile, type Manifest, tableFile } from './manifest';
import { demoDistrict, emptyDatabase, type Kind, kinds, mainKind, snapshot, uploadedFiles } from './test-databases';

const SECRET = 'backup-test-secret-backup-test-secret-00';
const scratch = () => mkdtemp(join(tmpdir(), 'shangliang-backup-'));

type Source = { database: Database; dataDir: string; archive: string; expected: Awaited<ReturnType<typeof snapshot>> };

async function backedUp(kind: Kind): Promise<Source> {
  const { database, dataDir } = await demoDistrict(kind);
  const archive = join(await scratch(), 'district.tar.gz');
  await createBackup({ database, dataDir, secret: SECRET, file: archive });
  return { database, dataDir, archive, expected: await snapshot(database) };
}

/** A copy of `archive` with its contents edited (the manifest then rewritten), as a damaged or hostile file would be. */
async function tampered(archive: string, edit: (dir: string, manifest: Manifest) => Promise<void>) {
  const dir = await scratch();
  await tar.extract({ file: archive, cwd: dir });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  await edit(dir, manifest);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const file = join(await scratch(), 'tampered.tar.gz');
  await tar.create({ gzip: true, file, cwd: dir }, ['manifest.json', 'tables', 'files']);
  return file;
}

const restore = (database: Database, dataDir: string, file: string, more: { force?: boolean; secret?: string } = {}) =>
  restoreBackup({ database, dataDir, file, secret: more.secret ?? SECRET, force: more.force ?? false });

describe('backup and restore', { timeout: 180_000 }, () => {
  const sources = new Map<Kind, Source>();
  const source = (kind: Kind) => sources.get(kind) as Source;
  beforeAll(async () => {
    for (const kind of kinds()) sources.set(kind, await backedUp(kind));
  }, 180_000);

  it('backs up a district with rows in every table (a new table needs a row in test-databases.ts)', () => {
    const { tables } = source(mainKind()).expected;
    const empty = Object.entries(tables).filter(([, rows]) => rows.length === 0);
    expect(empty.map(([name]) => name)).toEqual([]);
  });

  it.each(kinds().flatMap((from) => kinds().map((to) => [from, to] as const)))(
    'restores a %s backup into a fresh %s database (which alone could not be backed up): every row, sequence and file',
    async (from, to) => {
      const target = await emptyDatabase(to);
      const dataDir = await scratch();
      await expect(
        createBackup({ database: target, dataDir, secret: SECRET, file: join(dataDir, 'x.tar.gz') }),
      ).rejects.toThrow('the database has no tables yet: nothing to back up');
      await restore(target, dataDir, source(from).archive);
      expect(await snapshot(target)).toEqual(source(from).expected);
      expect(await uploadedFiles(dataDir)).toEqual(await uploadedFiles(source(from).dataDir));
    },
  );

  describe('refusals change nothing', () => {
    let target: Database;
    let dataDir: string;
    let before: Awaited<ReturnType<typeof snapshot>>;
    let filesBefore: Record<string, string>;
    beforeAll(async () => {
      ({ database: target, dataDir } = await demoDistrict(mainKind()));
      before = await snapshot(target);
      filesBefore = await uploadedFiles(dataDir);
    }, 120_000);
    const unchanged = async () => {
      expect(await snapshot(target)).toEqual(before);
      expect(await uploadedFiles(dataDir)).toEqual(filesBefore);
    };

    it('refuses a database that holds data without --force', async () => {
      await expect(restore(target, dataDir, source(mainKind()).archive)).rejects.toThrow(
        'the database already holds data: pass --force to replace it with the archive',
      );
      await unchanged();
    });

    it('refuses a truncated archive, even with --force', async () => {
      const whole = await readFile(source(mainKind()).archive);
      const cut = join(await scratch(), 'cut.tar.gz');
      await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
      await expect(restore(target, dataDir, cut, { force: true })).rejects.toThrow(
        /is not a Shangliang backup or is damaged/,
      );
      await unchanged();
    });

    it('refuses a missing file and one that is not an archive', async () => {
      await expect(restore(target, dataDir, '/nonexistent/x.tar.gz', { force: true })).rejects.toThrow(
        '/nonexistent/x.tar.gz: no such file',
      );
      const junk = join(await scratch(), 'junk.tar.gz');
      await writeFile(junk, 'not an archive');
      await expect(restore(target, dataDir, junk, { force: true })).rejects.toThrow(/is not a Shangliang backup/);
      await unchanged();
    });

    it('refuses an archive made under another SECRET', async () => {
      await expect(
        restore(target, dataDir, source(mainKind()).archive, {
          force: true,
          secret: 'another-secret-another-secret-another-0',
        }),
      ).rejects.toThrow(/made under another SECRET/);
      await unchanged();
    });

    it('refuses an archive from a newer version of the app', async () => {
      const newer = await tampered(source(mainKind()).archive, async (_dir, m) => {
        m.migration = { tag: '9999_future', when: 9_999_999_999_999 };
      });
      await expect(restore(target, dataDir, newer, { force: true })).rejects.toThrow(
        /made by a newer version of Shangliang \(migration 9999_future/,
      );
      await unchanged();
    });

    it('rolls back a restore the database rejects half-way (a grant of a place that does not exist)', async () => {
      const broken = await tampered(source(mainKind()).archive, async (dir, m) => {
        const path = tableFile(dir, 'grants');
        const [first, ...rest] = (await readFile(path, 'utf8')).split('\n');
        const row = { ...JSON.parse(first ?? '{}'), place_id: randomUUID() };
        await writeFile(path, [JSON.stringify(row), ...rest].join('\n'));
        const table = m.tables.find((t) => t.name === 'grants');
        if (table) Object.assign(table, await digestTableFile(path));
      });
      await expect(restore(target, dataDir, broken, { force: true })).rejects.toThrow(
        /the database refused the archive, and nothing was changed: .*foreign key constraint/,
      );
      await unchanged();
    });

    it('with --force replaces the district with the archive', async () => {
      await restore(target, dataDir, source(mainKind()).archive, { force: true });
      expect(await snapshot(target)).toEqual(source(mainKind()).expected);
      expect(await uploadedFiles(dataDir)).toEqual(await uploadedFiles(source(mainKind()).dataDir));
    });
  });

  it('refuses to overwrite an existing archive file', async () => {
    const { database, dataDir, archive } = source(mainKind());
    await expect(createBackup({ database, dataDir, secret: SECRET, file: archive })).rejects.toThrow(/already exists/);
  });
});
