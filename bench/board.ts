// npm run bench:board — how long the public board (/p/<place code>) takes to gather what it shows,
// for a village, a township and the whole district, on 300,000 submissions. PostgreSQL, a scratch
// database, one run.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { loadBoard } from '../src/server/modules/accountability/load-board';
import { type Db, openDatabase } from '../src/server/platform/db';
import { inSubtree } from '../src/server/platform/db/place-path';
import { places, submissions } from '../src/server/platform/db/schema';
import { seedPlace } from '../src/server/seed/bootstrap';
import { ms, percentile, printHeader, scratchDatabase, table, timeEach } from './lib';

const TOTAL = Number(process.env.BENCH_BOARD_TOTAL ?? 300_000);
const TOWNSHIPS = 12;
const VILLAGES_PER_TOWNSHIP = 20;
const RUNS = 30;
const WARMUP = 5;

async function main() {
  const scratch = await scratchDatabase('shangliang_board');
  printHeader('bench:board — the public board of a place (/p/<code>): counts, outcomes, consensus', [
    `data:     ${TOTAL.toLocaleString('en')} submissions over two years in one district, ${TOWNSHIPS} townships × ${VILLAGES_PER_TOWNSHIP} villages,`,
    `          spread evenly; a fifth rated; ANALYZE after loading`,
    `measured: loadBoard() (what GET /api/public/places/<code>/board runs, without its one-minute cache),`,
    `          ${RUNS} times per place after ${WARMUP} warm-up runs, for a village, a township and the district;`,
    `          baseline in the same run: the board's submission counts written as a join on places`,
    `          (the planner guesses the subtree's size; the board looks the subtree's ids up first instead)`,
    `database: PostgreSQL ${scratch.serverVersion}, scratch database ${scratch.name} (dropped at the end)`,
  ]);
  const database = await openDatabase({ databaseUrl: scratch.url });
  const pool = new pg.Pool({ connectionString: scratch.url, max: 2 });
  try {
    await database.migrate();
    const tree = await seedTree(database.db);
    const loadStarted = performance.now();
    await load(
      pool,
      tree.villages.map((v) => v.id),
    );
    await pool.query('analyze');
    console.log(`\nloaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

    const db = database.db;
    const now = new Date();
    const yearStart = new Date(Date.UTC(now.getUTCFullYear(), 0, 1));
    const targets = [
      { level: 'village', code: tree.villages[0]?.code as string, path: tree.villages[0]?.path as string },
      { level: 'township', code: 'bt1', path: tree.towns[1]?.path as string },
      { level: 'district', code: 'bd', path: tree.district.path },
    ];
    // the same counts, joined on places: the shape the board had first
    const joined = (path: string) =>
      db
        .select({
          collected: sql<number>`count(*)::int`,
          collectedYear: sql<number>`(count(*) filter (where ${submissions.createdAt} >= ${yearStart}))::int`,
          mean: sql<number | null>`round(avg(${submissions.satisfaction}), 2)::float8`,
        })
        .from(submissions)
        .innerJoin(places, sql`${places.id} = ${submissions.placeId}`)
        .where(inSubtree(places.path, path));

    const rows: string[][] = [['place', 'what', 'p50 ms', 'p95 ms', 'max ms', 'submissions in reach']];
    for (const t of targets) {
      const [{ n } = { n: 0 }] = await joined(t.path).then((r) => r.map((x) => ({ n: x.collected })));
      const runs = Array.from({ length: RUNS + WARMUP }, (_, i) => i);
      for (const [what, fn] of [
        ['submission counts joined on places (baseline)', () => joined(t.path)],
        ['loadBoard() — the whole board', () => loadBoard(db, t.code, now)],
      ] as const) {
        const times = (await timeEach(runs, fn)).slice(WARMUP);
        rows.push([
          `${t.level} (${t.code})`,
          what,
          ms(percentile(times, 50)),
          ms(percentile(times, 95)),
          ms(Math.max(...times)),
          n.toLocaleString('en'),
        ]);
      }
    }
    console.log(`\n${table(rows)}`);
  } finally {
    await pool.end();
    await database.close();
    await scratch.drop();
  }
}

/** The district, its townships and their villages, as seeds write them. */
async function seedTree(db: Db) {
  return db.transaction(async (tx) => {
    const district = await seedPlace(tx, null, { kind: 'district', name: '青禾区', code: 'bd' });
    const towns: { id: string; path: string }[] = [];
    const villages: { id: string; path: string; code: string }[] = [];
    for (let t = 0; t < TOWNSHIPS; t++) {
      const town = await seedPlace(tx, district, { kind: 'township', name: `第${t + 1}镇`, code: `bt${t}` });
      towns.push(town);
      for (let v = 0; v < VILLAGES_PER_TOWNSHIP; v++) {
        const code = `bt${t}v${v}`;
        const village = await seedPlace(tx, town, { kind: 'village', name: `第${t + 1}镇${v + 1}村`, code });
        villages.push({ ...village, code });
      }
    }
    return { district, towns, villages };
  });
}

/** TOTAL submissions spread over the villages and two years, by generate_series in batches. */
async function load(pool: pg.Pool, villageIds: string[]) {
  const BATCH = 50_000;
  for (let done = 0; done < TOTAL; done += BATCH) {
    const n = Math.min(BATCH, TOTAL - done);
    await pool.query(
      `insert into submissions (tracking_code, place_id, scanned_place_id, channel, content, search_text,
                                search_grams, status, satisfaction, rated_at, created_at)
       select 'B' || lpad(($2::int + i)::text, 11, '0'), p, p, 'qr', '路灯不亮', '路灯不亮', '{}',
              (array['received','grid','community','township','solved'])[1 + i % 5]::submission_status,
              case when i % 5 = 0 then 1 + (i / 5) % 5 end,
              case when i % 5 = 0 then now() - (i % 700) * interval '1 day' end,
              now() - (i % 730) * interval '1 day'
         from generate_series(1, $3::int) as i,
              lateral (select ($1::uuid[])[1 + (i * 7919) % array_length($1::uuid[], 1)] as p) as pick`,
      [villageIds, done, n],
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
