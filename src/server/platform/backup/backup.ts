import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import type { Database, Tx } from '../db';
import { appliedMigration, ident, listSequences, listTables, rowsOf, type TableInfo } from './catalog';
import {
  BackupError,
  countFiles,
  FILE_DIRS,
  FORMAT,
  FORMAT_VERSION,
  type Manifest,
  secretCheck,
  tableFile,
} from './manifest';
import { knownMigrations } from './schema-reset';

const BATCH = 1000;

export type BackupOptions = {
  database: Database;
  dataDir: string;
  secret: string;
  file: string;
  log?: (line: string) => void;
};

/**
 * Writes the database (every table of the app, as JSON lines) and the uploaded files into one
 * .tar.gz. The rows are read in one repeatable-read snapshot through a cursor, so a large
 * database never sits in memory and the tables agree with each other.
 */
export async function createBackup({ database, dataDir, secret, file, log = () => {} }: BackupOptions) {
  if (existsSync(file)) throw new BackupError(`${file} already exists: choose another name`);
  const staging = await mkdtemp(join(tmpdir(), 'shangliang-backup-'));
  const partial = `${file}.partial`;
  try {
    await mkdir(join(staging, 'tables'));
    const snapshot = await database.db.transaction((tx) => dumpDatabase(tx, staging, log), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
    await mkdir(join(staging, 'files'));
    let files = { count: 0, bytes: 0 };
    for (const dir of FILE_DIRS) {
      if (!existsSync(join(dataDir, dir))) continue;
      await symlink(join(dataDir, dir), join(staging, 'files', dir));
      const c = await countFiles(join(dataDir, dir));
      files = { count: files.count + c.count, bytes: files.bytes + c.bytes };
    }
    log(`files: ${files.count} (${megabytes(files.bytes)})`);
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      appVersion: await appVersion(),
      createdAt: new Date().toISOString(),
      driver: database.driver,
      migration: snapshot.migration,
      secretCheck: secretCheck(secret),
      tables: snapshot.tables,
      sequences: snapshot.sequences,
      files,
    };
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    // the manifest first, so a reader meets it before the data it describes
    await tar.create({ gzip: true, file: partial, cwd: staging, follow: true, portable: true }, [
      'manifest.json',
      'tables',
      'files',
    ]);
    await rename(partial, file);
    return manifest;
  } finally {
    await rm(partial, { force: true }).catch(() => {});
    await rm(staging, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
  }
}

async function dumpDatabase(tx: Tx, staging: string, log: (line: string) => void) {
  const when = await appliedMigration(tx);
  if (when === null) throw new BackupError('the database has no tables yet: nothing to back up');
  const migration = (await knownMigrations()).find((m) => m.when === when);
  if (!migration)
    throw new BackupError('the database was migrated by a newer version of Shangliang: back it up with that version');
  const tables: Manifest['tables'] = [];
  for (const table of await listTables(tx)) {
    const written = await dumpTable(tx, table, tableFile(staging, table.name));
    log(`${table.name.padEnd(28)} ${String(written.rows).padStart(8)} rows`);
    tables.push({ name: table.name, columns: table.columns, ...written });
  }
  return { migration, tables, sequences: await listSequences(tx) };
}

async function dumpTable(tx: Tx, table: TableInfo, path: string) {
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  let rows = 0;
  const order = sql.join(
    table.primaryKey.map((c) => ident(c)),
    sql`, `,
  );
  await tx.execute(
    sql`declare backup_rows no scroll cursor for select row_to_json(t)::text as j from ${ident(table.name)} t order by ${order}`,
  );
  for (;;) {
    const batch = await rowsOf<{ j: string }>(tx, sql.raw(`fetch forward ${BATCH} from backup_rows`));
    if (batch.length === 0) break;
    const chunk = batch.map((r) => `${r.j}\n`).join('');
    hash.update(chunk);
    rows += batch.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  await tx.execute(sql`close backup_rows`);
  out.end();
  await finished(out);
  return { rows, sha256: hash.digest('hex') };
}

async function appVersion() {
  const pkg = JSON.parse(await readFile(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
