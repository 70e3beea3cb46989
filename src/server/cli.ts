import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { isStrongPassword } from './modules/accounts';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db';
import { createFirstAdmin } from './seed/bootstrap';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/demo';

const HELP = `Usage: shangliang <command> [options]

Commands:
  serve                 migrate, load demo data on a fresh embedded database, start the server
  migrate               apply database migrations
  seed --demo           load the demo district (only into an empty database)
  create-admin          create the first administrator
      --username NAME --password PASS [--name DISPLAY] [--place "某某区"] [--place-code CODE]

Configuration comes from the environment (see .env.example).`;

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
  if (!config.databaseUrl) {
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
      const { username, password } = values;
      if (!username || !password) throw new Error('create-admin needs --username and --password');
      if (!isStrongPassword(password)) throw new Error('password: at least 10 characters with letters and digits');
      const { database } = await open();
      const r = await createFirstAdmin(database.db, {
        username,
        password,
        displayName: values.name ?? username,
        placeName: values.place ?? '本区',
        placeCode: values['place-code'] ?? 'district',
      });
      console.log(`admin ${username} created at place ${r.placeId}`);
      return database.close();
    }
    default:
      console.log(HELP);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
