import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockPgliteDir } from './pglite-lock';
import * as schema from './schema';

export { schema };

/**
 * Both drivers expose the same pg-core query builder; the PGlite type stands for both so that
 * queries are written once.
 */
export type Db = PgliteDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database handle or an open transaction: queries accept either. */
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  driver: 'pglite' | 'postgres';
  migrate: () => Promise<void>;
  ping: () => Promise<void>;
  close: () => Promise<void>;
};

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '../../../../db/migrations');

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite in `pgliteDir` (or memory). */
export async function openDatabase(opts: {
  databaseUrl?: string | undefined;
  pgliteDir?: string | undefined;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // a pooled connection that ends while idle (the server restarted, an administrator or a dropped
    // database ended it) is an 'error' on the pool: pg discards that client and the next query
    // connects afresh. Unheard, Node would end the whole process over it.
    pool.on('error', (err) => {
      process.stderr.write(`database: an idle connection ended (${err.message}); the next query reconnects\n`);
    });
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      driver: 'postgres',
      migrate: async () => {
        // instances starting together migrate one after another; the later ones find nothing to do
        const lock = await pool.connect();
        try {
          await lock.query('select pg_advisory_lock(5316000)');
          await migrateNodePg(db as never, { migrationsFolder });
        } finally {
          await lock.query('select pg_advisory_unlock(5316000)').catch(() => {});
          lock.release();
        }
      },
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
    };
  }
  const dir = opts.pgliteDir;
  const release = dir && !dir.startsWith('memory://') ? lockPgliteDir(dir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(dir ?? 'memory://');
  } catch (err) {
    release();
    throw err;
  }
  const db = drizzlePglite(client, { schema });
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/** True when `err` (or what it wraps) is PostgreSQL's unique violation, optionally of `constraint`. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return !constraint || e.constraint === constraint;
  }
  return false;
}
