import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsFolder, type Tx } from '../db';
import { ident, rowsOf } from './catalog';

export type Migration = { tag: string; when: number };

type Journal = { entries: { tag: string; when: number }[] };

/** This app's migrations, oldest first, from Drizzle's journal. */
export async function knownMigrations(): Promise<Migration[]> {
  const journal = JSON.parse(await readFile(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as Journal;
  return journal.entries.map((e) => ({ tag: e.tag, when: e.when }));
}

/**
 * Drops every table, sequence, type and function of the application (schema `public`) and Drizzle's record
 * of migrations. The database belongs to the app alone (README "Using PostgreSQL"); its role owns
 * these objects, so no superuser is needed.
 */
export async function dropApplicationSchema(tx: Tx) {
  const tables = await rowsOf<{ name: string }>(
    tx,
    sql`select tablename as name from pg_tables where schemaname = 'public'`,
  );
  for (const t of tables) await tx.execute(sql`drop table if exists ${ident('public')}.${ident(t.name)} cascade`);
  const types = await rowsOf<{ name: string }>(
    tx,
    sql`select t.typname as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
        where n.nspname = 'public' and t.typtype in ('e', 'd')`,
  );
  for (const t of types) await tx.execute(sql`drop type if exists ${ident('public')}.${ident(t.name)} cascade`);
  // the app's own functions (the triggers keeping submissions' district and township), not an extension's
  const functions = await rowsOf<{ name: string }>(
    tx,
    sql`select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prokind = 'f'
          and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`,
  );
  for (const f of functions) await tx.execute(sql`drop function if exists ${ident('public')}.${ident(f.name)} cascade`);
  await tx.execute(sql`drop schema if exists drizzle cascade`);
}

/**
 * Applies this app's migrations whose `when` lies in (after, upTo], inside the caller's
 * transaction, recording them as Drizzle's migrator does — so Drizzle later sees them as applied.
 * (Drizzle's own migrator opens a transaction of its own, which a restore cannot nest in.)
 */
export async function applyMigrations(tx: Tx, after: number, upTo: number) {
  await tx.execute(sql`create schema if not exists drizzle`);
  await tx.execute(
    sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
  );
  for (const m of readMigrationFiles({ migrationsFolder })) {
    if (m.folderMillis <= after || m.folderMillis > upTo) continue;
    for (const statement of m.sql) await tx.execute(sql.raw(statement));
    await tx.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${m.hash}, ${m.folderMillis})`,
    );
  }
}
