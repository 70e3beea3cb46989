// npm run bench:intake — submissions per second and latency through the public endpoint, side by
// side with a floor (a bare Fastify route doing one INSERT), both on PostgreSQL, in the same run.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/server/platform/db';
import { seedPlace } from '../src/server/seed/bootstrap';
import type { FloorBody, ServerMessage } from './intake-server';
import { ms, printHeader, scratchDatabase, table } from './lib';
import { CHINESE_SURNAMES, mobile, pick, residentText, seededRandom } from './texts';

const CONNECTIONS = [32, 128] as const;
const WARMUP_SECONDS = 2;
const SECONDS = 10;
const PLACE_CODE = 'benchv01';
// Targets from issue 3: at least half the floor's throughput; p99 under 100 ms at 32 clients.
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 100;
// Nothing here may run away: the whole script stops itself after this long, whatever happens.
const HARD_STOP_MS = 150_000;

type Target = 'floor' | 'full';
type Row = { target: Target; connections: number; result: autocannon.Result };

async function main() {
  let server: ChildProcess | undefined;
  const hardStop = setTimeout(() => {
    console.error(`bench:intake: still running after ${HARD_STOP_MS / 1000} s, stopping`);
    server?.kill();
    process.exit(2);
  }, HARD_STOP_MS);
  hardStop.unref();

  const scratch = await scratchDatabase('shangliang_bench');
  printHeader('bench:intake — POST /api/public/places/{code}/submissions under load', [
    `full:  the real app (buildApp), public intake limits lifted; zod validation, place lookup, phone`,
    `       encryption, grams, one statement writing the submission and its timeline step, Idempotency-Key per request`,
    `floor: bare Fastify, JSON parse + ONE INSERT via pg into a table LIKE submissions (same indexes)`,
    `load:  autocannon from this process; servers in a child process; ${CONNECTIONS.join(' and ')} connections,`,
    `       ${WARMUP_SECONDS} s warm-up + ${SECONDS} s measured each; both pools hold 10 connections`,
    `database: PostgreSQL ${scratch.serverVersion}, scratch database ${scratch.name} (dropped at the end)`,
  ]);

  try {
    const placeId = await prepare(scratch.url);
    const rnd = seededRandom(3);
    const contents = Array.from({ length: 64 }, () => residentText(rnd));
    server = fork(fileURLToPath(new URL('./intake-server.ts', import.meta.url)), {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        BENCH_DATABASE_URL: scratch.url,
        BENCH_PLACE_ID: placeId,
        BENCH_CONTENTS: JSON.stringify(contents),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ports = await ready(server);
    const urls: Record<Target, string> = {
      floor: `http://127.0.0.1:${ports.floorPort}`,
      full: `http://127.0.0.1:${ports.fullPort}`,
    };

    const problem = await probe(urls.full, contents);
    if (problem) {
      console.error(`\n${problem}`);
      process.exitCode = 1;
      return;
    }

    const rows: Row[] = [];
    for (const connections of CONNECTIONS) {
      for (const target of ['floor', 'full'] as const) {
        process.stdout.write(`  ${target} at ${connections} connections … `);
        await load(urls[target], connections, WARMUP_SECONDS, contents);
        const result = await load(urls[target], connections, SECONDS, contents);
        console.log(`${Math.round(result['2xx'] / result.duration)} submissions/s`);
        rows.push({ target, connections, result });
      }
    }
    report(rows);
  } finally {
    if (server?.connected) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.send('stop');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    if (server && server.exitCode === null) server.kill();
    await scratch.drop();
    clearTimeout(hardStop);
  }
}

/** Migrates the scratch database, seeds district → township → village, creates the floor's table. */
async function prepare(url: string) {
  const database = await openDatabase({ databaseUrl: url });
  try {
    await database.migrate();
    const district = await seedPlace(database.db, null, { kind: 'district', name: '青禾区', code: 'benchd' });
    const town = await seedPlace(database.db, district, { kind: 'township', name: '南岭镇', code: 'bencht' });
    const village = await seedPlace(database.db, town, { kind: 'village', name: '桃源村', code: PLACE_CODE });
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    await pool.query('create table bench_floor (like submissions including all)');
    await pool.end();
    return village.id;
  } finally {
    await database.close();
  }
}

function ready(child: ChildProcess) {
  return new Promise<{ fullPort: number; floorPort: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench servers did not start within 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`the bench servers exited (${code})`)));
    child.on('message', (m: ServerMessage) => {
      clearTimeout(timer);
      if (m.type === 'ready') resolve(m);
      else reject(new Error(`the bench servers failed:\n${m.error}`));
    });
  });
}

let sequence = 0;
const rnd = seededRandom(7);

/** One resident's submission: ~60 characters of Chinese, a name and a mobile number, consent. */
function submission(contents: readonly string[]): FloorBody {
  return {
    content: pick(rnd, contents),
    contactName: `${pick(rnd, CHINESE_SURNAMES)}先生`,
    phone: mobile(rnd),
    consent: true,
  };
}

const idempotencyKey = () => `bench-${process.pid}-${++sequence}-${Math.floor(rnd() * 1e9)}`;

/**
 * A dozen submissions one after another, before any load: each must be created (201); a 429 means
 * the intake limits are still on, and the figures would measure the limiter, not the endpoint.
 */
async function probe(base: string, contents: readonly string[]) {
  for (let i = 0; i < 12; i++) {
    const res = await fetch(`${base}/api/public/places/${PLACE_CODE}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey() },
      body: JSON.stringify(submission(contents)),
    });
    const text = await res.text();
    if (res.status === 429) {
      return (
        `The public intake limits are on: request ${i + 1} was answered 429 (${text.slice(0, 120)}).\n` +
        `All load comes from 127.0.0.1, so the endpoint cannot be measured with them. This benchmark\n` +
        `builds the app with buildApp({ …, limitPublicIntake: false }), which must lift the per-IP and\n` +
        `per-place limits of POST /api/public/places/{code}/submissions (src/server/app.ts → public-routes.ts).`
      );
    }
    if (res.status !== 201) return `The endpoint answered ${res.status} before any load: ${text.slice(0, 300)}`;
  }
  return undefined;
}

function load(url: string, connections: number, seconds: number, contents: readonly string[]) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: `/api/public/places/${PLACE_CODE}/submissions`,
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, 'content-type': 'application/json', 'idempotency-key': idempotencyKey() },
          body: JSON.stringify(submission(contents)),
        }),
      },
    ],
  });
}

function report(rows: Row[]) {
  const find = (t: Target, c: number) => rows.find((r) => r.target === t && r.connections === c)?.result;
  const perSecond = (r: autocannon.Result) => r['2xx'] / r.duration;
  const lines: string[][] = [
    ['endpoint', 'clients', 'submissions/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'non-2xx', 'full/floor'],
  ];
  for (const c of CONNECTIONS) {
    for (const t of ['floor', 'full'] as const) {
      const r = find(t, c);
      const f = find('floor', c);
      if (!r || !f) continue;
      lines.push([
        t === 'floor' ? 'floor (1 INSERT)' : 'full endpoint',
        String(c),
        perSecond(r).toFixed(0),
        ms(r.latency.p50),
        ms(r.latency.p99),
        ms(r.latency.max),
        String(r.errors + r.timeouts),
        String(r.non2xx),
        t === 'full' ? `${((100 * perSecond(r)) / Math.max(1, perSecond(f))).toFixed(0)}%` : '',
      ]);
    }
  }
  console.log(`\n${table(lines)}\n`);
  const full32 = find('full', 32);
  const floor32 = find('floor', 32);
  if (full32 && floor32) {
    const ratio = perSecond(full32) / Math.max(1, perSecond(floor32));
    console.log(
      `throughput at 32 clients: full is ${(100 * ratio).toFixed(0)}% of the floor ` +
        `(target ≥ ${100 * TARGET_RATIO}%: ${ratio >= TARGET_RATIO ? 'met' : 'missed'})`,
    );
    console.log(
      `p99 at 32 clients: ${ms(full32.latency.p99)} ms (target < ${TARGET_P99_MS} ms: ` +
        `${full32.latency.p99 < TARGET_P99_MS ? 'met' : 'missed'})`,
    );
  }
  const full128 = find('full', 128);
  const floor128 = find('floor', 128);
  if (full128 && floor128) {
    const ratio = perSecond(full128) / Math.max(1, perSecond(floor128));
    console.log(`throughput at 128 clients: full is ${(100 * ratio).toFixed(0)}% of the floor`);
  }
  const failed = rows.filter((r) => r.result.non2xx + r.result.errors > 0);
  if (failed.length) {
    console.log(
      `note: some requests failed — ${failed
        .map((r) => `${r.target}@${r.connections}: ${JSON.stringify(r.result.statusCodeStats ?? {})}`)
        .join('; ')}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
