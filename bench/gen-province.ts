// npm run gen:province -- --scale 0.1 — a province on PostgreSQL: about 100 districts, 1,500
// townships, 25,000 villages and communities, 100,000 grids, 30,000 members, and (at scale 1)
// 5,000,000 submissions over three years with their topics, consultations, outcomes and tasks.
// `--scale` is the share of the three years' records; the tree, the staff and the members are the
// province's at every scale, so a township's figures grow with the scale as they do over time.
// Drops and recreates the scale's own database (shangliang_province_0_1 …) each run.
import pg from 'pg';
import { hashPassword } from '../src/server/platform/auth/passwords';
import { openDatabase } from '../src/server/platform/db';
import { printHeader, table } from './lib';
import {
  insertConsultations,
  insertOutcomes,
  insertTasks,
  insertTopics,
  setCodeCounters,
} from './province/deliberation';
import { insertCategories, insertMembers, insertStaff } from './province/people';
import {
  dropIndexes,
  flagValues,
  PROVINCE_PASSWORD,
  parseScale,
  provinceDatabase,
  recreateDatabase,
  stageTimer,
} from './province/setup';
import { checkSubtree, insertEvents, insertMonth, insertTexts, planVolumes } from './province/submissions';
import { createHelpers, insertDistricts, insertGrids, insertTownships, insertVillages } from './province/tree';

/** The statement triggers that keep submission_rollups: off for the bulk load, rebuilt once after it. */
const ROLLUP_TRIGGERS = ['submission_rollups_insert', 'submission_rollups_update', 'submission_rollups_delete'];
/** The tables whose statement triggers keep deliberation_rollups (migration 0019): off for the load, rebuilt after. */
const DELIBERATION_TABLES = [
  'topics',
  'consultations',
  'participants',
  'outcomes',
  'outcome_recipients',
  'evaluations',
];
const DELIBERATION_TRIGGERS: Record<string, string> = {
  outcome_recipients: 'deliberation_rollups_recipients',
};
const deliberationTriggers = (c: pg.Client, how: 'enable' | 'disable') =>
  Promise.all(
    DELIBERATION_TABLES.flatMap((table) =>
      ['insert', 'update', 'delete'].map((op) =>
        c.query(
          `alter table ${table} ${how} trigger ${DELIBERATION_TRIGGERS[table] ?? `deliberation_rollups_${table}`}_${op}`,
        ),
      ),
    ),
  );

const COUNTED = [
  'places',
  'accounts',
  'grants',
  'member_profiles',
  'member_places',
  'categories',
  'submissions',
  'submission_events',
  'submission_rollups',
  'deliberation_rollups',
  'topics',
  'topic_submissions',
  'consultations',
  'participants',
  'consensus_items',
  'outcomes',
  'outcome_recipients',
  'tasks',
  'evaluations',
];

async function main() {
  const scale = parseScale(flagValues('scale')[0] ?? '0.01');
  const target = provinceDatabase(scale);
  const now = new Date();
  const serverVersion = await recreateDatabase(target.name);
  printHeader(`gen:province — a province at scale ${scale}`, [
    `database: PostgreSQL ${serverVersion}, ${target.name} (dropped and created again)`,
    `records:  ${Math.round(5_000_000 * scale).toLocaleString('en')} submissions over 36 months up to ${now.toISOString()}`,
    `accounts: every account's password is ${PROVINCE_PASSWORD}; usernames d001-leader, d001-t01-liaison, province-leader …`,
    'planner:  random_page_cost 1.1, effective_cache_size 8GB on this database (docs/scaling.md)',
  ]);
  // the planner settings docs/scaling.md gives a province's server (SSD storage, memory for the cache),
  // set on this database alone so the machine's other databases keep theirs
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  await admin.query(`alter database ${target.name} set random_page_cost = 1.1`);
  await admin.query(`alter database ${target.name} set effective_cache_size = '8GB'`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: target.url });
  const timer = stageTimer();
  await timer.run('migrate', () => database.migrate());
  await database.close();

  const c = new pg.Client({ connectionString: target.url });
  await c.connect();
  try {
    await c.query("set timezone = 'UTC'");
    await c.query('set synchronous_commit = off');
    await c.query("set maintenance_work_mem = '512MB'");
    await c.query('select setseed(0.20261203)');
    const hash = await hashPassword(PROVINCE_PASSWORD);
    await timer.run('tree: districts, townships', async () => {
      await createHelpers(c);
      await insertDistricts(c);
      await insertTownships(c);
    });
    await timer.run('tree: villages, communities', () => insertVillages(c));
    await timer.run('tree: grids', () => insertGrids(c));
    await timer.run('staff, departments, categories', async () => {
      await insertStaff(c, hash);
      await insertCategories(c);
    });
    await timer.run('members', () => insertMembers(c, hash));
    const restoreSubmissions = await dropIndexes(c, 'submissions');
    const restoreEvents = await dropIndexes(c, 'submission_events');
    const total = await timer.run('texts and volumes', async () => {
      await insertTexts(c);
      return planVolumes(c, scale, now);
    });
    await timer.run(`submissions (${total.toLocaleString('en')} planned)`, async () => {
      await c.query('alter table submissions disable trigger submissions_subtree');
      for (const t of ROLLUP_TRIGGERS) await c.query(`alter table submissions disable trigger ${t}`);
      let done = 0;
      for (let m = 0; m < 36; m++) {
        done += await insertMonth(c, m, now);
        if (m % 6 === 5) process.stdout.write(`${done.toLocaleString('en')} … `);
      }
    });
    await c.query('alter table submissions enable trigger submissions_subtree');
    for (const t of ROLLUP_TRIGGERS) await c.query(`alter table submissions enable trigger ${t}`);
    await timer.run('submission indexes', restoreSubmissions);
    await timer.run('check district, township and village of each submission', () => checkSubtree(c));
    // built once from the rows, as `shangliang rollups --recompute` does; the triggers keep them after
    await timer.run('submission rollups', () => c.query('select submission_rollups_recompute()'));
    await timer.run('submission events', () => insertEvents(c));
    await timer.run('submission event indexes', restoreEvents);
    await deliberationTriggers(c, 'disable');
    await timer.run('topics', () => insertTopics(c, now));
    await timer.run('consultations, participants, consensus', () => insertConsultations(c, now));
    await timer.run('outcomes, recipients', () => insertOutcomes(c, now));
    await timer.run('tasks, evaluations, code counters', async () => {
      await insertTasks(c, now);
      await setCodeCounters(c);
    });
    await deliberationTriggers(c, 'enable');
    // built once from the records, as `shangliang rollups --recompute` does; the triggers keep them after
    await timer.run('deliberation rollups', () => c.query('select deliberation_rollups_recompute()'));
    await timer.run('drop scratch schema, vacuum analyze', async () => {
      await c.query('drop schema gen cascade');
      await c.query('vacuum analyze');
    });
    const counts: [string, number][] = [];
    for (const t of COUNTED) {
      const { rows } = await c.query<{ n: string }>(`select count(*) as n from ${t}`);
      counts.push([t, Number(rows[0]?.n ?? 0)]);
    }
    const { rows: size } = await c.query<{ s: string }>(
      'select pg_size_pretty(pg_database_size(current_database())) as s',
    );
    // what the bench reads back: which scale this database holds, generated when
    await c.query(`insert into settings (key, value) values ('bench.province', $1)`, [
      JSON.stringify({ scale, generatedAt: now.toISOString(), counts: Object.fromEntries(counts) }),
    ]);
    console.log(`\n${table([['stage', 'seconds'], ...timer.rows.map(([s, t]) => [s, t.toFixed(1)])])}`);
    console.log(`total ${timer.total().toFixed(1)} s; database size ${size[0]?.s}\n`);
    console.log(table([['table', 'rows'], ...counts.map(([t, n]) => [t, n.toLocaleString('en')])]));
  } finally {
    await c.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
