import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';

/** Both drivers answer `execute` with `{ rows }`. */
export async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export const ident = (name: string) => sql.identifier(name);

/**
 * Tables the database derives from others (kept by triggers): a backup leaves them out and a
 * restore rebuilds them from the rows it loaded (the duty tallies' cache starts empty, at version 0;
 * the figures' version starts at the clock, migration 0026).
 */
export const DERIVED_TABLES = [
  'submission_rollups',
  'deliberation_rollups',
  'coverage_counts',
  'duty_tally_cache',
  'duty_tally_version',
  'figures_version',
] as const;

/** The figures' version triggers (migration 0026: `figures_<table>`, `figures_<table>_truncate`), by table. */
export const figuresTriggers = (db: DbOrTx) =>
  rowsOf<{ table: string; name: string }>(
    db,
    sql`select r.relname as table, t.tgname as name from pg_trigger t
        join pg_class r on r.oid = t.tgrelid join pg_namespace n on n.oid = r.relnamespace
        where n.nspname = 'public' and not t.tgisinternal and left(t.tgname, 8) = 'figures_'`,
  );

/** Turns a table's trigger off or on again (not while the transaction has events of it pending). */
export const switchTrigger = (db: DbOrTx, t: { table: string; name: string }, how: 'enable' | 'disable') =>
  db.execute(sql`alter table ${ident(t.table)} ${sql.raw(how)} trigger ${ident(t.name)}`);

export type TableInfo = { name: string; columns: string[]; primaryKey: string[] };
export type SequenceState = { name: string; value: string | null };

/**
 * The application's tables (schema `public`), read from the catalogue rather than the Drizzle
 * schema, so a backup holds what the database really has at its migration level.
 */
export async function listTables(db: DbOrTx): Promise<TableInfo[]> {
  const rows = await rowsOf<{ name: string; columns: string[]; primary_key: string[] | null }>(
    db,
    sql`select c.relname as name,
          array(select a.attname::text from pg_attribute a
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum) as columns,
          (select array(select a.attname::text from unnest(i.indkey) with ordinality k(attnum, n)
                        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum order by k.n)
           from pg_index i where i.indrelid = c.oid and i.indisprimary) as primary_key
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
          and c.relname not in (${sql.join(
            DERIVED_TABLES.map((t) => sql`${t}`),
            sql`, `,
          )})
        order by c.relname`,
  );
  return rows.map((r) => ({ name: r.name, columns: r.columns, primaryKey: r.primary_key ?? r.columns }));
}

/** Sequences in `public` (bigserial ids) with their last value, null when never used. */
export async function listSequences(db: DbOrTx): Promise<SequenceState[]> {
  return rowsOf<SequenceState>(
    db,
    sql`select sequencename as name, last_value::text as value from pg_sequences
        where schemaname = 'public' order by sequencename`,
  );
}

/** The `when` of the last migration Drizzle applied, or null on a database never migrated. */
export async function appliedMigration(db: DbOrTx): Promise<number | null> {
  const [exists] = await rowsOf<{ t: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!exists?.t) return null;
  const [row] = await rowsOf<{ when: string | null }>(
    db,
    sql`select max(created_at)::text as when from drizzle.__drizzle_migrations`,
  );
  return row?.when ? Number(row.when) : null;
}

/** Whether the district has anything of its own: a place or an account (as the demo seed asks). */
export async function hasData(db: DbOrTx): Promise<boolean> {
  const [row] = await rowsOf<{ t: string | null }>(db, sql`select to_regclass('public.places')::text as t`);
  if (!row?.t) return false;
  const [found] = await rowsOf<{ yes: boolean }>(
    db,
    sql`select exists(select 1 from places) or exists(select 1 from accounts) as yes`,
  );
  return found?.yes === true;
}
