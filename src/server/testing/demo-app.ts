// The demo district (青禾区) on a database of its own, for tests that check what a person trying
// the demo sees: seedDemo loads only into an empty database, and the worker's database is shared.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { ensureBuiltInProcedures } from '../modules/procedures';
import { openDatabase } from '../platform/db';
import { places } from '../platform/db/schema';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo';
import type { BuiltPlace } from './factories';
import { Agent, testConfig } from './harness';

let ipSeq = 0;

async function onServer(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement);
  await client.end();
}

/** A new empty database: in-memory PGlite, or under TEST_DB=postgres one on the run's server. */
async function newDatabase() {
  const runUrl = inject('testDatabaseUrl');
  if (!runUrl) {
    const database = await openDatabase({});
    return { database, drop: async () => {} };
  }
  const name = `shangliang_demo_${randomBytes(6).toString('hex')}`;
  await onServer(runUrl, `create database ${name}`);
  const url = new URL(runUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  // dropping with FORCE while the closed pool's last client is still saying goodbye makes that
  // client raise "terminating connection" into the run: wait until the server has let them all go
  const drop = async () => {
    const client = new pg.Client({ connectionString: runUrl });
    await client.connect();
    try {
      for (let tries = 0; tries < 50; tries++) {
        const { rows } = await client.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  };
  return { database, drop };
}

/**
 * An app on a new migrated database with the demo loaded; its places by code (dh, dh-jq, …) and a
 * sign-in for each demo account. Call `close()` in the file's afterAll: hooks registered while
 * a beforeAll runs are never run, so this helper cannot register its own.
 */
export async function startDemoApp() {
  const { database, drop } = await newDatabase();
  await database.migrate();
  await ensureBuiltInProcedures(database.db);
  const config = testConfig();
  if (!(await seedDemo(database.db, { secret: config.secret, dataDir: config.dataDir })))
    throw new Error('the demo loads into an empty database');
  const app = await buildApp({ config, database, serveWeb: false });
  await app.ready();
  const rows = await database.db
    .select({
      id: places.id,
      path: places.path,
      depth: places.depth,
      name: places.name,
      code: places.code,
      kind: places.kind,
    })
    .from(places);
  const placeByCode = new Map(rows.map((p) => [p.code, p as BuiltPlace]));
  const place = (code: string) => {
    const p = placeByCode.get(code);
    if (!p) throw new Error(`no demo place ${code}`);
    return p;
  };
  const signIn = (username: string) =>
    Agent.signIn(app, username, DEMO_PASSWORD, `127.9.${ipSeq >> 8}.${(ipSeq++ & 255) + 1}`);
  const close = async () => {
    await app.close();
    await database.close();
    await drop();
  };
  return { app, database, db: database.db, config, place, signIn, close };
}
