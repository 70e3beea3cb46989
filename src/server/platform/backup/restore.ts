import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import * as tar from 'tar';
import type { Database, Tx } from '../db';
import { figuresTriggers, hasData, ident, rowsOf, switchTrigger } from './catalog';
import {
  BackupError,
  countFiles,
  digestTableFile,
  FILE_DIRS,
  FORMAT_VERSION,
  Manifest,
  secretCheck,
  tableFile,
} from './manifest';
import { applyMigrations, dropApplicationSchema, knownMigrations } from './schema-reset';

const BATCH = 1000;

export type RestoreOptions = {
  database: Database;
  dataDir: string;
  secret: string;
  file: string;
  /** replace a database that already holds a district */
  force?: boolean;
  /** restore although phone numbers were sealed under another SECRET (they stay unreadable) */
  ignoreSecret?: boolean;
  log?: (line: string) => void;
};

/**
 * Replaces the database and the uploaded files with an archive's. Everything is checked before
 * anything is touched; the database is rebuilt in one transaction (schema at the archive's
 * migration, its rows, then this app's later migrations), and the files are swapped in only after
 * it commits, so a failed restore leaves the database and the files as they were.
 */
export async function restoreBackup(opts: RestoreOptions) {
  const { database, dataDir, file, log = () => {} } = opts;
  if (!existsSync(file)) throw new BackupError(`${file}: no such file`);
  const staging = await mkdtemp(join(dataDir, '.restore-'));
  try {
    const manifest = await unpack(file, staging);
    const migrations = await knownMigrations();
    const level = migrations.find((m) => m.when === manifest.migration.when);
    if (!level)
      throw new BackupError(
        `${file} was made by a newer version of Shangliang (migration ${manifest.migration.tag}, app ${manifest.appVersion}): upgrade this one first`,
      );
    if (!opts.ignoreSecret && manifest.secretCheck !== secretCheck(opts.secret))
      throw new BackupError(
        'the archive was made under another SECRET, and residents’ phone numbers in it open only with that one: ' +
          'set SECRET (or copy data/secret) from the old server and run again, or pass --ignore-secret to restore without them',
      );
    if (!opts.force && (await hasData(database.db)))
      throw new BackupError('the database already holds data: pass --force to replace it with the archive');
    const latest = migrations.at(-1)?.when ?? level.when;
    await database.db
      .transaction(async (tx) => {
        await dropApplicationSchema(tx);
        await applyMigrations(tx, 0, level.when);
        await loadRows(tx, staging, manifest, log);
        await applyMigrations(tx, level.when, latest);
        // the duty tallies start again at version 0, nothing kept (a later migration made it already)
        await tx.execute(sql`insert into duty_tally_version (id, n) values (1, 0) on conflict do nothing`);
        // the figures' version at the clock (migration 0026): above any number kept before the restore
        await tx.execute(sql`insert into figures_version (id, n)
          select i, case when i = 0 then (extract(epoch from clock_timestamp()) * 1000)::bigint else 0 end
            from generate_series(0, 15) i on conflict do nothing`);
      })
      .catch((err: unknown) => {
        throw new BackupError(`the database refused the archive, and nothing was changed: ${innermost(err)}`);
      });
    await swapFiles(dataDir, staging);
    log(`files: ${manifest.files.count}`);
    return manifest;
  } finally {
    // an aborted extraction may still be writing: retry, and never hide the error that stopped it
    await rm(staging, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
  }
}

/** Extracts and checks the archive: manifest, every table's rows and digest, the files' count and size. */
async function unpack(file: string, staging: string): Promise<Manifest> {
  const damaged = (why: string) => new BackupError(`${file} is not a Shangliang backup or is damaged: ${why}`);
  try {
    await tar.extract({ file, cwd: staging, strict: true });
  } catch (err) {
    throw damaged(err instanceof Error ? err.message : String(err));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(staging, 'manifest.json'), 'utf8'));
  } catch {
    throw damaged('manifest.json is missing or unreadable');
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw damaged('manifest.json is not a backup manifest');
  const manifest = parsed.data;
  if (manifest.formatVersion > FORMAT_VERSION)
    throw new BackupError(`${file} is in a newer backup format (${manifest.formatVersion}): upgrade Shangliang first`);
  for (const t of manifest.tables) {
    const path = tableFile(staging, t.name);
    const found = existsSync(path) ? await digestTableFile(path) : null;
    if (found?.rows !== t.rows || found.sha256 !== t.sha256) throw damaged(`the rows of table ${t.name} do not match`);
  }
  const files = await countFiles(join(staging, 'files'));
  if (files.count !== manifest.files.count || files.bytes !== manifest.files.bytes)
    throw damaged('the uploaded files do not match');
  return manifest;
}

async function loadRows(tx: Tx, staging: string, manifest: Manifest, log: (line: string) => void) {
  const tables = await rowsOf<{ name: string }>(
    tx,
    sql`select tablename as name from pg_tables where schemaname = 'public'`,
  );
  if (tables.length > 0)
    await tx.execute(
      sql`truncate ${sql.join(
        tables.map((t) => ident(t.name)),
        sql`, `,
      )}`,
    );
  // foreign keys are checked once at the end, so tables (and a place before its parent) load in any order
  const keys = await rowsOf<{ table: string; name: string }>(
    tx,
    sql`select r.relname as table, c.conname as name from pg_constraint c
        join pg_class r on r.oid = c.conrelid join pg_namespace n on n.oid = r.relnamespace
        where n.nspname = 'public' and c.contype = 'f' and not c.condeferrable`,
  );
  const alter = (k: { table: string; name: string }, how: string) =>
    tx.execute(sql`alter table ${ident(k.table)} alter constraint ${ident(k.name)} ${sql.raw(how)}`);
  for (const k of keys) await alter(k, 'deferrable initially deferred');
  // the figures' version triggers would queue an event for every row loaded: off while loading,
  // the version set once afterwards (restoreBackup)
  const figures = await figuresTriggers(tx);
  for (const t of figures) await switchTrigger(tx, t, 'disable');
  for (const t of manifest.tables) {
    await loadTable(tx, tableFile(staging, t.name), t.name, t.columns);
    log(`${t.name.padEnd(28)} ${String(t.rows).padStart(8)} rows`);
  }
  await tx.execute(sql`set constraints all immediate`);
  // the derived tables (DERIVED_TABLES), from the rows just loaded — those the archive's migration
  // level has (the migrations still to come build the others from these rows)
  const has = async (fn: string) =>
    (await rowsOf<{ ok: boolean }>(tx, sql`select to_regproc(${fn}) is not null as ok`))[0]?.ok === true;
  if (await has('submission_rollups_recompute')) await tx.execute(sql`select submission_rollups_recompute()`);
  if (await has('deliberation_rollups_recompute')) await tx.execute(sql`select deliberation_rollups_recompute()`);
  if (await has('coverage_counts_refresh'))
    await tx.execute(sql`select coverage_counts_refresh(array(select id from places where depth <= 2))`);
  for (const k of keys) await alter(k, 'not deferrable');
  for (const t of figures) await switchTrigger(tx, t, 'enable'); // with no event pending now
  for (const s of manifest.sequences) {
    const name = `public.${s.name}`;
    await tx.execute(
      s.value === null
        ? sql`select setval(${name}::regclass, 1, false)`
        : sql`select setval(${name}::regclass, ${s.value}::bigint)`,
    );
  }
}

async function loadTable(tx: Tx, path: string, table: string, columns: string[]) {
  const cols = sql.join(
    columns.map((c) => ident(c)),
    sql`, `,
  );
  const insert = (lines: string[]) =>
    tx.execute(
      sql`insert into ${ident(table)} (${cols}) overriding system value
          select ${cols} from json_populate_recordset(null::${ident(table)}, ${`[${lines.join(',')}]`}::json)`,
    );
  let batch: string[] = [];
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })) {
    batch.push(line);
    if (batch.length < BATCH) continue;
    await insert(batch);
    batch = [];
  }
  if (batch.length > 0) await insert(batch);
}

/** Puts the archive's upload folders in place of the current ones (after the database committed). */
async function swapFiles(dataDir: string, staging: string) {
  for (const dir of FILE_DIRS) {
    const current = join(dataDir, dir);
    if (existsSync(current)) await rename(current, join(staging, `replaced-${dir}`));
    const restored = join(staging, 'files', dir);
    if (existsSync(restored)) await rename(restored, current);
  }
}

/** The database's own reason: a failed query's message carries its SQL and a batch of rows. */
function innermost(err: unknown): string {
  let e = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}
