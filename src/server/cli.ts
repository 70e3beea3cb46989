import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { FIELD_MESSAGES, type FieldMessageKey } from '../shared/error-messages';
import { buildApp } from './app';
import { Password, Username } from './modules/accounts';
import { checkDeliberationRollups, recomputeDeliberationRollups } from './modules/dashboard';
import { PlaceCode } from './modules/places';
import { checkSubmissionRollups, recomputeSubmissionRollups, reindexStaleTerms } from './modules/submissions';
import { BackupError, createBackup, megabytes, restoreBackup } from './platform/backup';
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
  backup <file>         write the database and the uploaded files into one archive (.tar.gz)
  restore <file>        replace the database and the uploaded files with an archive's
      [--force]         even when the database already holds data
      [--ignore-secret] even when the archive was made under another SECRET (phone numbers stay sealed)
      With the embedded database, stop the server first.
  rollups               check the dashboards' monthly counts (kept by the database) against the records
      [--recompute]     rebuild them from the records (writers wait meanwhile)

Configuration comes from the environment and, when present, a .env file here (see .env.example).`;

async function open() {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite') });
  await database.migrate();
  // texts stored before this release, or under other synonyms, are read again before serving
  const read = await reindexStaleTerms(database.db, Number.POSITIVE_INFINITY);
  if (read > 0) console.log(`read the words of ${read} submissions again`);
  return { config, database };
}

async function serve() {
  const { config, database } = await open();
  const seeded =
    !config.databaseUrl && (await seedDemo(database.db, { secret: config.secret, dataDir: config.dataDir }));
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
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      place: { type: 'string' },
      'place-code': { type: 'string' },
      force: { type: 'boolean' },
      'ignore-secret': { type: 'boolean' },
      recompute: { type: 'boolean' },
    },
  });
  if (positionals.length > (command === 'backup' || command === 'restore' ? 1 : 0))
    throw new SetupError(`unexpected argument: ${positionals.at(-1)}`);
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
      const { config, database } = await open();
      const loaded = await seedDemo(database.db, { secret: config.secret, dataDir: config.dataDir });
      console.log(loaded ? 'demo data loaded' : 'database is not empty: nothing loaded');
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
    case 'rollups': {
      const { database } = await open();
      try {
        const kinds = [
          ['submission', recomputeSubmissionRollups, checkSubmissionRollups],
          ['deliberation', recomputeDeliberationRollups, checkDeliberationRollups],
        ] as const;
        for (const [name, recompute, check] of kinds) {
          if (values.recompute) console.log(`${name} rollups rebuilt: ${await recompute(database.db)} rows`);
          const { wrong, first } = await check(database.db);
          if (wrong === 0) console.log(`${name} rollups agree with the records`);
          else {
            for (const r of first)
              console.log(`  ${r.place_id} ${r.month} ${r.key}: kept ${r.kept}, counted ${r.counted}`);
            console.log(`${wrong} ${name} rollups disagree with the records: run shangliang rollups --recompute`);
            process.exitCode = 1;
          }
        }
      } finally {
        await database.close();
      }
      return;
    }
    case 'backup':
    case 'restore':
      return backupOrRestore(command, positionals[0], { force: values.force, ignoreSecret: values['ignore-secret'] });
    default:
      console.log(HELP);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

/** `backup <file>` / `restore <file>`, printing each table as it goes. */
async function backupOrRestore(
  command: 'backup' | 'restore',
  file: string | undefined,
  flags: { force?: boolean | undefined; ignoreSecret?: boolean | undefined },
) {
  if (!file) throw new SetupError(`${command} needs a file: shangliang ${command} <file>`);
  // before opening the database, which takes a while for the embedded one
  if (command === 'restore' && !existsSync(file)) throw new SetupError(`${file}: no such file`);
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite') });
  const started = performance.now();
  const options = { database, dataDir: config.dataDir, secret: config.secret, file, log: console.log };
  try {
    const manifest =
      command === 'backup'
        ? await createBackup(options)
        : await restoreBackup({ ...options, force: flags.force === true, ignoreSecret: flags.ignoreSecret === true });
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    const took = ((performance.now() - started) / 1000).toFixed(1);
    const what = `${manifest.tables.length} tables, ${rows} rows, ${manifest.files.count} files (${megabytes(manifest.files.bytes)})`;
    console.log(
      command === 'backup'
        ? `backup written to ${file}: ${what} in ${took} s`
        : `restored ${file} (made ${manifest.createdAt} by ${manifest.appVersion}): ${what} in ${took} s`,
    );
  } finally {
    await database.close();
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
  if (err instanceof SetupError || err instanceof BackupError) return err.message;
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
