import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { FIELD_MESSAGES, type FieldMessageKey } from '../shared/error-messages';
import { buildApp } from './app';
import { Password, Username } from './modules/accounts';
import { PlaceCode } from './modules/places';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db';
import { createFirstAdmin, SetupError } from './seed/bootstrap';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, hasDemoData, seedDemo } from './seed/demo';

const HELP = `Usage: shangliang <command> [options]

Commands:
  serve                 migrate, load demo data on a fresh embedded database, start the server
  migrate               apply database migrations
  seed --demo           load the demo district (only into an empty database)
  create-admin          create an administrator at the top-level place
      --username NAME --password PASS [--name DISPLAY] [--place "某某区"] [--place-code CODE]
      On an empty database this also creates the top-level place (--place, --place-code);
      afterwards --place must name the existing one.

Configuration comes from the environment and, when present, a .env file here (see .env.example).`;

async function open() {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite') });
  await database.migrate();
  return { config, database };
}

async function serve() {
  const { config, database } = await open();
  const seeded = !config.databaseUrl && (await seedDemo(database.db));
  const app = await buildApp({ config, database, logger: { level: config.logLevel } });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const db = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite (${join(config.dataDir, 'pglite')})`;
  console.log(
    `\n  商量 Shangliang is running at ${config.publicUrl}\n  database: ${db}${seeded ? ' — demo data loaded' : ''}`,
  );
  if (await hasDemoData(database.db)) {
    console.log(`  demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`    ${a.username.padEnd(16)} ${a.role.padEnd(11)} ${a.displayName}`);
  }
  console.log(`  API docs: ${config.publicUrl}/api/docs\n`);
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      demo: { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      place: { type: 'string' },
      'place-code': { type: 'string' },
    },
  });
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate': {
      const { database } = await open();
      console.log(`migrations applied (${database.driver})`);
      return database.close();
    }
    case 'seed': {
      if (!values.demo) throw new Error('seed needs --demo (the only data set there is)');
      const { database } = await open();
      console.log((await seedDemo(database.db)) ? 'demo data loaded' : 'database is not empty: nothing loaded');
      return database.close();
    }
    case 'create-admin': {
      if (!values.username || !values.password) throw new SetupError('create-admin needs --username and --password');
      const username = checked('--username', Username, values.username);
      const placeCode = checked('--place-code', PlaceCode, values['place-code'] ?? 'district');
      const password = checked('--password', Password, values.password);
      const { database } = await open();
      try {
        const r = await createFirstAdmin(database.db, {
          username,
          password,
          displayName: values.name ?? username,
          placeName: values.place ?? '本区',
          placeCode,
        });
        console.log(`admin ${username} created at ${r.placeName} (${r.placeId})`);
      } finally {
        await database.close();
      }
      return;
    }
    default:
      console.log(HELP);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

/** A value checked by the same schema the API uses, or a SetupError naming the option. */
function checked<T>(option: string, schema: z.ZodType<T>, value: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const key = parsed.error.issues[0]?.message ?? '';
  const message = key in FIELD_MESSAGES ? FIELD_MESSAGES[key as FieldMessageKey].en : 'invalid value';
  throw new SetupError(`${option}: ${message}`);
}

/**
 * What went wrong, in words. A failed query's own message carries its SQL and parameters (a
 * password hash among them), so only the database's reason — the innermost cause — is shown.
 */
function reason(err: unknown): string {
  if (err instanceof SetupError) return err.message;
  let e = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}

// a .env file beside the process is read like the environment; variables already set win
if (existsSync('.env')) process.loadEnvFile('.env');

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(reason(err));
  process.exit(1);
});
