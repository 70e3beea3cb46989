// npm run bench:dashboard -- --scale 0.01 --scale 0.1 — on provinces made by `npm run gen:province`,
// warm p50/p95 of what leaders and liaisons open first, each beside a primary-key lookup timed in
// the same run: the dashboard of the province, a district and a township (GET /api/dashboard, when
// the route exists), a township's inbox first page with counts, and the Excel export of 100,000
// rows with the memory it takes. One column group per scale: how each figure grows with the data.
// A dashboard is timed twice: viewed again with nothing written (the figures kept under their data
// version, dashboard/kept.ts; 超期 counted at every view), and just after a write (all counted).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import {
  checkDeliberationRollups,
  DASHBOARD_SECTIONS,
  dashboardPeriodOf,
  dashboardPlaceOf,
  dashboardTrendOf,
} from '../src/server/modules/dashboard';
import { checkSubmissionRollups } from '../src/server/modules/submissions';
import { openDatabase } from '../src/server/platform/db';
import { submissions } from '../src/server/platform/db/schema';
import { ms, percentile, printHeader, table, timeEach } from './lib';
import { type ExportRun, measureExport } from './province/export-memory';
import { flagValues, parseScale, provinceDatabase } from './province/setup';
import { contextFor, findTargets, generatedScale, getOk, sessionFor } from './province/targets';

const RUNS = Number(flagValues('runs')[0] ?? 30);
const WARMUP = Number(flagValues('warmup')[0] ?? 5);
const EXPORT_ROWS = Number(flagValues('export-rows')[0] ?? 100_000);
const TARGETS = { dashboard: 50, inbox: 100 }; // p95 ms, issue 12

type Line = { what: string; target: number | null; reach: string; p50: number; p95: number; note?: string };
type SectionTimes = { level: string; p50: Record<string, number> };
type ScaleResult = {
  scale: number;
  lines: Line[];
  baseline: { p50: number; p95: number };
  exports: ExportRun[];
  sections: SectionTimes[];
  rollups: { rows: number; wrong: number; seconds: number };
  deliberation: { rows: number; wrong: number; seconds: number };
};

/** The server settings the figures depend on (the default shared_buffers of 128MB reads the rollups from the OS cache). */
async function serverSettings(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const names = [
      'shared_buffers',
      'work_mem',
      'random_page_cost',
      'effective_cache_size',
      'max_parallel_workers_per_gather',
    ];
    const { rows } = await c.query<{ name: string; setting: string }>(
      'select name, current_setting(name) as setting from pg_settings where name = any($1) order by name',
      [names],
    );
    return rows.map((r) => `${r.name} ${r.setting}`).join(', ');
  } finally {
    await c.end();
  }
}

async function measureScale(scale: number): Promise<ScaleResult | null> {
  const target = provinceDatabase(scale);
  const generated = await generatedScale(target.url);
  if (!generated) {
    console.log(`\nscale ${scale}: ${target.name} is not generated — run npm run gen:province -- --scale ${scale}`);
    return null;
  }
  console.log(`\nscale ${scale}: ${target.name}, generated ${generated.generatedAt}`);
  console.log(`postgres: ${await serverSettings(target.url)} (docs/scaling.md: a province's server)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'shangliang-bench-'));
  const database = await openDatabase({ databaseUrl: target.url });
  const pool = new pg.Pool({ connectionString: target.url, max: 2 });
  const app = await buildApp({
    config: {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: target.url,
      dataDir,
      publicUrl: 'http://127.0.0.1',
      secret: randomBytes(32).toString('base64url'),
      logLevel: 'silent',
      sessionTtlHours: 2,
      timeZone: 'Asia/Shanghai',
      trustProxy: false,
      mail: undefined,
      isProduction: false,
    },
    database,
    serveWeb: false,
  });
  try {
    await app.ready();
    const t = await findTargets(pool);
    const db = database.db;
    const as = {
      province: await sessionFor(db, pool, 'province-leader'),
      district: await sessionFor(db, pool, `${t.district.code}-leader`),
      township: await sessionFor(db, pool, `${t.township.code}-leader`),
      liaison: await sessionFor(db, pool, `${t.township.code}-liaison`),
    };
    const runs = Array.from({ length: RUNS + WARMUP }, (_, i) => i);
    const timed = async (fn: (i: number) => Promise<unknown>) => {
      const times = (await timeEach(runs, fn)).slice(WARMUP);
      return { p50: percentile(times, 50), p95: percentile(times, 95) };
    };
    // the same, each run just after a write every figure reads — as a member's attendance written
    // moves both the figures' version (kept.ts) and the duty tally's: everything is counted again
    const afterWrite = async (fn: () => Promise<unknown>, o = { figures: true }) => {
      const times: number[] = [];
      for (const i of runs) {
        await pool.query('update duty_tally_version set n = n + 1 where id = 1');
        if (o.figures) await pool.query('update figures_version set n = n + 1 where id = 0');
        const started = performance.now();
        await fn();
        if (i >= WARMUP) times.push(performance.now() - started);
      }
      return { p50: percentile(times, 50), p95: percentile(times, 95) };
    };
    // the floor: one submission by primary key through drizzle and pg, the cheapest read there is
    const baseline = await timed((i) =>
      db
        .select()
        .from(submissions)
        .where(eq(submissions.id, t.sampleIds[i % t.sampleIds.length] as string)),
    );
    const lines: Line[] = [];
    const sections: SectionTimes[] = [];
    const reach = (n: number) => `${n.toLocaleString('en')} subm.`;
    const hasDashboard = app.hasRoute({ method: 'GET', url: '/api/dashboard' });
    for (const [level, cookies, placeId, n] of [
      ['province', as.province, null, t.province.submissions],
      [`district ${t.district.code}`, as.district, t.district.id, t.district.submissions],
      [`township ${t.township.code}`, as.township, t.township.id, t.township.submissions],
    ] as const) {
      const what = `dashboard: ${level}`;
      if (!hasDashboard) {
        lines.push({
          what,
          target: TARGETS.dashboard,
          reach: reach(n),
          p50: Number.NaN,
          p95: Number.NaN,
          note: 'not yet built',
        });
        continue;
      }
      const url = `/api/dashboard${placeId ? `?placeId=${placeId}` : ''}`;
      lines.push({
        what,
        target: TARGETS.dashboard,
        reach: reach(n),
        ...(await timed(() => getOk(app, cookies, url))),
      });
      lines.push({
        what: `${what}, just after a write (all counted afresh)`,
        target: TARGETS.dashboard,
        reach: reach(n),
        ...(await afterWrite(() => getOk(app, cookies, url))),
      });
      // where its time goes: each section (and the trend) alone, p50 of the same runs
      const ctx = await contextFor(db, cookies);
      const { scope } = await dashboardPlaceOf(ctx, placeId ?? undefined);
      const period = dashboardPeriodOf({}, new Date());
      const p50: Record<string, number> = {};
      for (const [name, section] of Object.entries(DASHBOARD_SECTIONS))
        p50[name] = (await timed(() => section(db, ctx.actor, scope, period))).p50;
      p50.trend = (await timed(() => dashboardTrendOf(db, ctx.actor, scope, period))).p50;
      p50['duty after a write'] = (
        await afterWrite(() => DASHBOARD_SECTIONS.duty(db, ctx.actor, scope, period), { figures: false })
      ).p50;
      sections.push({ level, p50 });
    }
    lines.push({
      what: `inbox first page + counts: township ${t.township.code} (liaison)`,
      target: TARGETS.inbox,
      reach: reach(t.township.submissions),
      ...(await timed(() => getOk(app, as.liaison, '/api/submissions?page=1&pageSize=20'))),
    });
    lines.push({
      what: `inbox overdue first page: township ${t.township.code}`,
      target: TARGETS.inbox,
      reach: reach(t.township.submissions),
      ...(await timed(() => getOk(app, as.liaison, '/api/submissions?page=1&pageSize=20&overdue=true'))),
    });
    lines.push({
      what: `inbox first page + counts: district ${t.district.code} (leader)`,
      target: null,
      reach: reach(t.district.submissions),
      ...(await timed(() => getOk(app, as.district, '/api/submissions?page=1&pageSize=20'))),
    });
    // the export: a tenth of the rows, then all of them — memory should not follow the rows
    const exports: ExportRun[] = [];
    const rows = Math.min(EXPORT_ROWS, t.province.submissions);
    for (const n of [Math.floor(rows / 10), rows]) {
      const from = await newestSince(pool, n);
      exports.push(await measureExport(app, as.province, from ? `from=${encodeURIComponent(from)}` : '', n));
    }
    // the rollups the dashboards read, against counting every row now (what `shangliang rollups` checks)
    const started = performance.now();
    const check = await checkSubmissionRollups(db);
    const { rows: kept } = await pool.query<{ n: string }>('select count(*) as n from submission_rollups');
    const rollups = {
      rows: Number(kept[0]?.n ?? 0),
      wrong: check.wrong,
      seconds: (performance.now() - started) / 1000,
    };
    const deliberationStarted = performance.now();
    const deliberationCheck = await checkDeliberationRollups(db);
    const { rows: deliberationKept } = await pool.query<{ n: string }>(
      'select count(*) as n from deliberation_rollups',
    );
    const deliberation = {
      rows: Number(deliberationKept[0]?.n ?? 0),
      wrong: deliberationCheck.wrong,
      seconds: (performance.now() - deliberationStarted) / 1000,
    };
    return { scale, lines, baseline, exports, sections, rollups, deliberation };
  } finally {
    await app.close();
    await pool.end();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** When the newest `n` submissions begin (ISO), or null when there are no more than `n`. */
async function newestSince(pool: pg.Pool, n: number) {
  const { rows } = await pool.query<{ at: string }>(
    `select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
       from submissions order by created_at desc offset $1 limit 1`,
    [n],
  );
  return rows[0]?.at ?? null;
}

function report(results: ScaleResult[]) {
  const head = ['what', 'target p95', ...results.flatMap((r) => [`@${r.scale} reach`, 'p50 ms', 'p95 ms', '×PK p95'])];
  const rows: string[][] = [head];
  rows.push([
    'primary-key lookup (baseline)',
    '',
    ...results.flatMap((r) => ['1 row', ms(r.baseline.p50), ms(r.baseline.p95), '1.0']),
  ]);
  for (const [i, line] of (results[0]?.lines ?? []).entries()) {
    rows.push([
      line.what.replace(/ (d\d{3}(-t\d{2})?)/, ''),
      line.target ? `< ${line.target} ms` : '',
      ...results.flatMap((r) => {
        const l = r.lines[i] as Line;
        if (l.note) return [l.reach, l.note, '', ''];
        return [l.reach, ms(l.p50), ms(l.p95), (l.p95 / r.baseline.p95).toFixed(0)];
      }),
    ]);
  }
  console.log(`\n${table(rows)}`);
  const ex: string[][] = [
    ['export.xlsx (as province leader)', 'rows', 'seconds', 'rows/s', 'MB', 'RSS +MB', 'heap +MB'],
  ];
  for (const r of results)
    for (const e of r.exports)
      ex.push([
        `@${r.scale}`,
        e.rows.toLocaleString('en'),
        e.seconds.toFixed(1),
        Math.round(e.rows / e.seconds).toLocaleString('en'),
        e.megabytes.toFixed(1),
        e.rssGrowthMb.toFixed(0),
        e.heapGrowthMb.toFixed(0),
      ]);
  console.log(`\n${table(ex)}`);
  const names = Object.keys(results[0]?.sections[0]?.p50 ?? {});
  const sec: string[][] = [['dashboard section p50 ms', ...names]];
  for (const r of results)
    for (const s of r.sections) sec.push([`@${r.scale} ${s.level}`, ...names.map((k) => ms(s.p50[k] ?? Number.NaN))]);
  console.log(`\n${table(sec)}`);
  const ro: string[][] = [['rollups', 'rows', 'disagreeing with counting', 'check seconds']];
  for (const r of results)
    for (const [name, k] of [
      ['submission_rollups', r.rollups],
      ['deliberation_rollups', r.deliberation],
    ] as const)
      ro.push([`${name} @${r.scale}`, k.rows.toLocaleString('en'), String(k.wrong), k.seconds.toFixed(1)]);
  console.log(`\n${table(ro)}`);
}

async function main() {
  const scales = (flagValues('scale').length ? flagValues('scale') : ['0.1']).map(parseScale);
  printHeader('bench:dashboard — dashboards, the inbox and the export on a generated province', [
    `scales:   ${scales.join(', ')} (databases from npm run gen:province -- --scale <s>; 1 = 5,000,000 submissions)`,
    `measured: warm, ${RUNS} runs after ${WARMUP} warm-up, one after another, through the app (app.inject) with a`,
    `          session of the account that opens it; the busiest township and its district; the baseline`,
    `          (a submission by primary key through drizzle and pg) in the same run; the export once per`,
    `          size over a socket, read chunk by chunk, memory sampled every 20 ms (same process);`,
    `          a dashboard viewed again with nothing written answers from the figures kept under the data`,
    `          version (超期 counted each time); "just after a write" moves that version before each run`,
  ]);
  const results: ScaleResult[] = [];
  for (const s of scales) {
    const r = await measureScale(s);
    if (r) results.push(r);
  }
  if (results.length) report(results);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
