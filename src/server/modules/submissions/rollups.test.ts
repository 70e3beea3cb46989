// submission_rollups (migration 0016), kept by statement triggers on submissions: after intake,
// sorting, rating, a change of category, channel or place, a moved village, a moved township and a
// deletion, the maintained sums equal counting the rows — by the rule written out here (month in
// Beijing time, counts at district, township and village, and each district's year as y: keys) and by the database's own definition.
import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { categories, places, submissionEvents, submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let otherDistrict: BuiltPlace;
let gridB: BuiltPlace;
let townLiaison: Agent;
let admin: Agent;
let category: string;
let seq = 0;

type Counts = Record<string, number>; // 'place|month|key' → n

const beijingMonth = (d: Date) => {
  const local = new Date(d.getTime() + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 7)}-01`;
};

async function ourPlaceIds() {
  const rows = await t.db.select({ id: places.id, path: places.path }).from(places);
  const roots = [tree.district.id, otherDistrict.id];
  return rows.filter((p) => roots.some((r) => p.path.includes(r))).map((p) => p.id);
}

/** What the rollups must hold for our places, counted here from the rows and the places' paths now. */
async function countedByHand(): Promise<Counts> {
  const ids = await ourPlaceIds();
  const paths = new Map(
    (await t.db.select({ id: places.id, path: places.path }).from(places)).map((p) => [p.id, p.path]),
  );
  const rows = await t.db.select().from(submissions).where(inArray(submissions.placeId, ids));
  const out: Counts = {};
  const add = (place: string, month: string, key: string, n: number) => {
    const k = `${place}|${month}|${key}`;
    out[k] = (out[k] ?? 0) + n;
  };
  for (const r of rows) {
    const ancestors = (paths.get(r.placeId) ?? '').split('/').filter(Boolean).slice(0, 3);
    const month = beijingMonth(r.createdAt);
    ancestors.forEach((place, depth) => {
      add(place, month, 'n', 1);
      add(place, month, `st:${r.status}`, 1);
      if (depth < 2) add(place, month, `ch:${r.channel}`, 1);
      if (depth < 2 && r.categoryId) add(place, month, `cat:${r.categoryId}`, 1);
      if (r.satisfaction !== null) {
        add(place, month, 'rated', 1);
        add(place, month, 'sat', r.satisfaction);
      }
    });
    // and the district's year (migration 0022): 1 January, every key again as y:<key>
    const district = ancestors[0];
    if (!district) continue;
    const year = `${month.slice(0, 4)}-01-01`;
    add(district, year, 'y:n', 1);
    add(district, year, `y:st:${r.status}`, 1);
    add(district, year, `y:ch:${r.channel}`, 1);
    if (r.categoryId) add(district, year, `y:cat:${r.categoryId}`, 1);
    if (r.satisfaction !== null) {
      add(district, year, 'y:rated', 1);
      add(district, year, 'y:sat', r.satisfaction);
    }
  }
  return out;
}

const asCounts = (rows: { place_id: string; month: string; key: string; n: number | string }[]): Counts =>
  Object.fromEntries(
    rows
      .filter((r) => Number(r.n) !== 0)
      .map((r) => [`${r.place_id}|${String(r.month).slice(0, 10)}|${r.key}`, Number(r.n)]),
  );

async function maintained() {
  const ids = await ourPlaceIds();
  const res = (await t.db.execute(
    sql`select place_id, to_char(month, 'YYYY-MM-DD') as month, key, n from submission_rollups
        where place_id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  )) as unknown as { rows: { place_id: string; month: string; key: string; n: string }[] };
  return asCounts(res.rows);
}

/** The database's own definition, computed from scratch (what `rollups --recompute` writes). */
async function recomputed() {
  const ids = await ourPlaceIds();
  const res = (await t.db.execute(
    sql`select c.place_id, to_char(c.month, 'YYYY-MM-DD') as month, c.key, sum(c.n) as n
        from submissions r, submission_rollup_keys(r) c
        where r.place_id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        group by 1, 2, 3`,
  )) as unknown as { rows: { place_id: string; month: string; key: string; n: string }[] };
  return asCounts(res.rows);
}

async function expectConsistent() {
  const expected = await countedByHand();
  expect(Object.keys(expected).length).toBeGreaterThan(0);
  expect(await maintained()).toEqual(expected);
  expect(await recomputed()).toEqual(expected);
}

async function insert(place: BuiltPlace, values: Partial<typeof submissions.$inferInsert> = {}) {
  seq += 1;
  const [row] = await t.db
    .insert(submissions)
    .values({
      trackingCode: `RLP${Date.now()}${seq}`,
      placeId: place.id,
      scannedPlaceId: place.id,
      channel: 'walk_in',
      content: '垃圾站夏天味道很大',
      searchText: '垃圾站夏天味道很大',
      searchGrams: [],
      ...values,
    })
    .returning({ id: submissions.id });
  return row?.id as string;
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  otherDistrict = await buildPlace(t.db, { kind: 'district' });
  gridB = await buildPlace(t.db, { parent: tree.villageB, kind: 'grid' });
  townLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  const [c] = await t.db
    .insert(categories)
    .values({ placeId: tree.district.id, name: `环境卫生${Date.now()}` })
    .returning({ id: categories.id });
  category = c?.id as string;
});

describe('submission rollups', () => {
  it('count intake at the district, township and village, in the Beijing month', async () => {
    const resident = new Agent(t.app, {}, '127.66.0.1');
    const res = await resident.post(`/api/public/places/${tree.gridA.code}/submissions`, {
      content: '路灯不亮好几天了',
    });
    expect(res.statusCode, res.body).toBe(201);
    // 23:30 on 31 October in Beijing is October; 00:30 on 1 November is November
    await insert(tree.villageA, { createdAt: new Date('2026-10-31T15:30:00Z'), categoryId: category });
    await insert(tree.villageA, { createdAt: new Date('2026-10-31T16:30:00Z'), channel: 'phone_call' });
    await insert(gridB, { createdAt: new Date('2026-09-10T02:00:00Z'), satisfaction: 4, status: 'solved' });
    await insert(tree.townB, { createdAt: new Date('2026-09-11T02:00:00Z') });
    await insert(tree.district, { createdAt: new Date('2026-09-12T02:00:00Z') });
    await expectConsistent();
    const counts = await maintained();
    expect(counts[`${tree.villageA.id}|2026-10-01|n`]).toBe(1);
    expect(counts[`${tree.villageA.id}|2026-11-01|n`]).toBe(1);
    expect(counts[`${tree.district.id}|2026-09-01|n`]).toBe(3);
    expect(counts[`${tree.townB.id}|2026-09-01|sat`]).toBe(4);
    // the village keeps no channel or category (its dashboard counts live)
    expect(Object.keys(counts).some((k) => k.startsWith(`${tree.villageA.id}|`) && k.includes('|ch:'))).toBe(false);
  });

  it('follow sorting, solving, rating and any write to category, channel, time or place', async () => {
    const id = await insert(tree.gridA, { createdAt: new Date('2026-08-05T04:00:00Z') });
    const sorted = await townLiaison.post(`/api/submissions/${id}/actions`, { action: 'to_township' });
    expect(sorted.statusCode, sorted.body).toBe(200);
    await expectConsistent();
    await t.db
      .update(submissions)
      .set({ status: 'solved', satisfaction: 5, categoryId: category, channel: 'qr' })
      .where(eq(submissions.id, id));
    await expectConsistent();
    await t.db
      .update(submissions)
      .set({ satisfaction: 2, createdAt: new Date('2026-07-20T04:00:00Z'), placeId: gridB.id })
      .where(eq(submissions.id, id));
    await expectConsistent();
    // a statement touching many rows at once, some of them not changing what is counted
    await t.db
      .update(submissions)
      .set({ status: 'grid' })
      .where(inArray(submissions.placeId, [tree.villageA.id, gridB.id]));
    await expectConsistent();
  });

  it('follow a village moved to another township and a township moved to another district', async () => {
    const village = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
    const grid = await buildPlace(t.db, { parent: village, kind: 'grid' });
    await insert(grid, { createdAt: new Date('2026-06-01T04:00:00Z'), satisfaction: 3 });
    await insert(village, { createdAt: new Date('2026-06-02T04:00:00Z') });
    const moved = await admin.post(`/api/places/${village.id}/move`, { parentId: tree.townB.id });
    expect(moved.statusCode, moved.body).toBeLessThan(300);
    await expectConsistent();
    expect((await maintained())[`${tree.townA.id}|2026-06-01|n`]).toBeUndefined();
    expect((await maintained())[`${tree.townB.id}|2026-06-01|n`]).toBe(2);

    const newPath = `${otherDistrict.path}${tree.townB.id}/`;
    await t.db.execute(sql`update places set path = ${newPath} || substr(path, ${tree.townB.path.length + 1}),
      parent_id = case when id = ${tree.townB.id} then ${otherDistrict.id}::uuid else parent_id end
      where path like ${`${tree.townB.path}%`}`);
    await expectConsistent();
    expect((await maintained())[`${otherDistrict.id}|2026-06-01|n`]).toBe(2);
  });

  it('take a deleted submission away', async () => {
    const id = await insert(tree.villageA, { createdAt: new Date('2026-05-05T04:00:00Z'), satisfaction: 5 });
    await expectConsistent();
    await t.db.delete(submissionEvents).where(eq(submissionEvents.submissionId, id));
    await t.db.delete(submissions).where(eq(submissions.id, id));
    await expectConsistent();
    expect((await maintained())[`${tree.villageA.id}|2026-05-01|n`]).toBeUndefined();
  });
});
