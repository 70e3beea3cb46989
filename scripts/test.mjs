// `npm test`: typecheck, lint, unit + integration tests on PGlite and on PostgreSQL, two instances
// behind nginx, then the end-to-end journeys in headless Chromium. PostgreSQL is DATABASE_URL or the local server;
// under CI it must be reachable, elsewhere its absence is reported and that pass left out.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const pgUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const results = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (!ok) finish(1);
}

function finish(code) {
  console.log('\nSummary:');
  for (const r of results) console.log(`  ${r.ok ? '✔' : '✘'} ${r.name} (${r.seconds}s)`);
  process.exit(code);
}

async function postgresReachable() {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
step('typecheck', bin('tsc'), ['-p', '.']);
step('lint', bin('biome'), ['check', '--error-on-warnings', '.']);
step('unit + integration (PGlite)', bin('vitest'), ['run'], { TEST_DB: 'pglite' });
if (await postgresReachable()) {
  step('unit + integration (PostgreSQL)', bin('vitest'), ['run'], { TEST_DB: 'postgres', DATABASE_URL: pgUrl });
  // two app processes on one PostgreSQL behind nginx: limits, challenges, sessions, QR attendance
  step(
    'two instances behind nginx (PostgreSQL)',
    bin('vitest'),
    ['run', '--config', 'src/server/testing/two-instances.config.ts'],
    {
      DATABASE_URL: pgUrl,
    },
  );
} else if (process.env.CI) {
  console.error(`PostgreSQL is not reachable at ${pgUrl}`);
  finish(1);
} else {
  console.warn(`\n! PostgreSQL is not reachable at ${pgUrl}: the PostgreSQL pass was not run`);
}
step('end to end (Chromium)', bin('vitest'), ['run', '--config', 'e2e/vitest.config.ts']);
finish(0);
