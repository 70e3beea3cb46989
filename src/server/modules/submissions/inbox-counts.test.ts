// The inbox's counts by status (its tabs) read from the rollups' st: keys for whole months, the
// days around them live: whatever the range, place and viewer, they equal counting the rows the
// list would show — and the default view really is answered by the kept counts.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionStatus } from '../../../shared/enums';
import { categories, places, submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, startTestApp, type TestApp } from '../../testing/harness';
import { wholeMonthsBetween } from './inbox-counts';

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let gridB: BuiltPlace;
let townLiaison: Agent;
let districtLeader: Agent;
let category: string;
let categoryName: string;
let seq = 0;

// Beijing midnight of a calendar day, as an instant
const bj = (day: string, hour = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3_600_000);

type Row = { placeId: string; createdAt: Date; status: SubmissionStatus; categoryId: string | null };

async function insert(place: BuiltPlace, createdAt: Date, status: SubmissionStatus, categoryId: string | null = null) {
  seq += 1;
  await t.db.insert(submissions).values({
    trackingCode: `IBC${Date.now()}${seq}`,
    placeId: place.id,
    scannedPlaceId: place.id,
    channel: 'walk_in',
    content: seq % 2 ? '垃圾站夏天味道很大' : '路灯坏了晚上很黑',
    searchText: seq % 2 ? '垃圾站夏天味道很大' : '路灯坏了晚上很黑',
    searchGrams: [],
    status,
    categoryId,
    createdAt,
  });
}

/** Counts by status of our rows under `root`, in [from, to), counted here. */
async function byHand(root: BuiltPlace, from?: Date, to?: Date, keep: (r: Row) => boolean = () => true) {
  const under = await t.db.select({ id: places.id }).from(places).where(sql`starts_with(${places.path}, ${root.path})`);
  const rows = await t.db
    .select({
      placeId: submissions.placeId,
      createdAt: submissions.createdAt,
      status: submissions.status,
      categoryId: submissions.categoryId,
    })
    .from(submissions)
    .where(
      inArray(
        submissions.placeId,
        under.map((p) => p.id),
      ),
    );
  const out: Record<string, number> = {};
  for (const r of rows as Row[]) {
    if (from && r.createdAt < from) continue;
    if (to && r.createdAt >= to) continue;
    if (!keep(r)) continue;
    out[r.status] = (out[r.status] ?? 0) + 1;
  }
  return out;
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n));

async function inboxCounts(agent: Agent, params: Record<string, string>) {
  const res = await agent.get(`/api/submissions?${new URLSearchParams({ pageSize: '5', ...params })}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { counts: Record<string, number>; total: number; items: unknown[] };
  return body;
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  gridB = await buildPlace(t.db, { parent: tree.villageB, kind: 'grid' });
  townLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  districtLeader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  categoryName = `环境卫生${Date.now()}`;
  const [c] = await t.db
    .insert(categories)
    .values({ placeId: tree.district.id, name: categoryName })
    .returning({ id: categories.id });
  category = c?.id as string;
  // three months and their edges in Beijing time, at every depth of township A, and elsewhere
  await insert(tree.townA, bj('2026-09-01'), 'received');
  await insert(tree.villageA, bj('2026-09-20', 15), 'solved', category);
  await insert(tree.gridA, bj('2026-09-30', 23), 'grid');
  await insert(tree.villageA, bj('2026-10-01'), 'community', category);
  await insert(tree.gridA, bj('2026-10-15', 9), 'received');
  await insert(tree.townA, bj('2026-10-31', 23), 'declined');
  await insert(tree.gridA, bj('2026-11-01', 1), 'received', category);
  await insert(tree.villageA, bj('2026-11-16', 12), 'township');
  await insert(tree.townA, new Date(Date.now() - 60_000), 'received');
  await insert(tree.villageB, bj('2026-10-10'), 'received');
  await insert(gridB, bj('2026-11-10'), 'solved');
  await insert(tree.district, bj('2026-10-20'), 'department');
  // one as residents hand them in, indexed for the search
  const resident = new Agent(t.app, {}, '127.67.0.1');
  const res = await resident.post(`/api/public/places/${tree.gridA.code}/submissions`, {
    content: '小区门口的垃圾站夏天味道很大，希望挪个地方',
  });
  expect(res.statusCode, res.body).toBe(201);
});

describe('the inbox counts by status', () => {
  it('equal counting the rows for every range, whole months or cut mid-month', async () => {
    const ranges: [Date | undefined, Date | undefined][] = [
      [undefined, undefined],
      [bj('2026-10-01'), bj('2026-11-01')], // one whole month, no edge
      [bj('2026-09-20'), undefined], // a head edge, open to now
      [undefined, bj('2026-10-15', 12)], // a tail edge
      [bj('2026-09-20', 15), bj('2026-11-16', 12)], // both edges, each on a row's instant
      [bj('2026-10-02'), bj('2026-10-30')], // inside one month: no whole month at all
    ];
    for (const [from, to] of ranges) {
      const params: Record<string, string> = {};
      if (from) params.from = from.toISOString();
      if (to) params.to = to.toISOString();
      const expected = await byHand(tree.townA, from, to);
      const got = await inboxCounts(townLiaison, params);
      expect(nonZero(got.counts), JSON.stringify(params)).toEqual(expected);
      expect(got.total).toBe(Object.values(expected).reduce((a, n) => a + n, 0));
      const onlyReceived = await inboxCounts(townLiaison, { ...params, status: 'received' });
      expect(onlyReceived.total).toBe(expected.received ?? 0);
      expect(onlyReceived.items.length).toBe(Math.min(5, expected.received ?? 0));
    }
  });

  it('count a place asked for: a village from its rollups, a grid, a category and a search live', async () => {
    expect(nonZero((await inboxCounts(townLiaison, { placeId: tree.villageA.id })).counts)).toEqual(
      await byHand(tree.villageA),
    );
    expect(nonZero((await inboxCounts(townLiaison, { placeId: tree.gridA.id })).counts)).toEqual(
      await byHand(tree.gridA),
    );
    expect(nonZero((await inboxCounts(townLiaison, { categoryId: category })).counts)).toEqual(
      await byHand(tree.townA, undefined, undefined, (r) => r.categoryId === category),
    );
    // by name: every category of that name (here the district's one), within the viewer's reach
    expect(nonZero((await inboxCounts(districtLeader, { categoryName })).counts)).toEqual(
      await byHand(tree.district, undefined, undefined, (r) => r.categoryId === category),
    );
    // a search counts the rows it matches (the inserted rows carry no search index; the filed one does)
    const searched = await inboxCounts(townLiaison, { q: '垃圾站' });
    expect(nonZero(searched.counts)).toEqual({ received: 1 });
  });

  it("hold a district leader's whole reach, and never count another township for a liaison", async () => {
    expect(nonZero((await inboxCounts(districtLeader, {})).counts)).toEqual(await byHand(tree.district));
    expect(
      nonZero(
        (await inboxCounts(districtLeader, { placeId: tree.townB.id, from: bj('2026-10-05').toISOString() })).counts,
      ),
    ).toEqual(await byHand(tree.townB, bj('2026-10-05')));
    const res = await townLiaison.get(`/api/submissions?placeId=${tree.townB.id}`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { total: number }).total).toBe(0);
  });

  it('are read from the kept rollups for the default view (a kept count moved shows; a live one does not)', async () => {
    const [before, beforeByCategory] = [
      await inboxCounts(townLiaison, {}),
      await inboxCounts(townLiaison, { categoryId: category }),
    ];
    const where = and(
      eq(sql`place_id`, sql`${tree.townA.id}::uuid`),
      eq(sql`month`, sql`'2026-10-01'::date`),
      eq(sql`key`, 'st:community'),
    );
    await t.db.execute(sql`update submission_rollups set n = n + 100 where ${where}`);
    try {
      expect((await inboxCounts(townLiaison, {})).counts.community).toBe((before.counts.community ?? 0) + 100);
      expect((await inboxCounts(townLiaison, { categoryId: category })).counts).toEqual(beforeByCategory.counts);
    } finally {
      await t.db.execute(sql`update submission_rollups set n = n - 100 where ${where}`);
    }
    expect((await inboxCounts(townLiaison, {})).counts).toEqual(before.counts);
  });
});

describe('wholeMonthsBetween', () => {
  const now = bj('2026-11-20', 10);
  it('takes an open range whole', () => {
    expect(wholeMonthsBetween(undefined, undefined, now)).toEqual({
      months: { from: '0001-01-01', to: '9999-12-01' },
      edges: [],
    });
  });
  it('cuts the days before the first whole month and after the last', () => {
    expect(wholeMonthsBetween(bj('2026-09-20'), bj('2026-11-05'), now)).toEqual({
      months: { from: '2026-10-01', to: '2026-10-01' },
      edges: [
        { start: bj('2026-09-20'), end: bj('2026-10-01') },
        { start: bj('2026-11-01'), end: bj('2026-11-05') },
      ],
    });
  });
  it('keeps a month that starts or ends exactly on the range whole, and a range past now open', () => {
    expect(wholeMonthsBetween(bj('2026-09-01'), bj('2026-11-01'), now)).toEqual({
      months: { from: '2026-09-01', to: '2026-10-01' },
      edges: [],
    });
    expect(wholeMonthsBetween(bj('2026-09-01'), bj('2026-11-25'), now)).toEqual({
      months: { from: '2026-09-01', to: '9999-12-01' },
      edges: [],
    });
  });
  it('has no whole month inside one month', () => {
    const r = wholeMonthsBetween(bj('2026-10-02'), bj('2026-10-30'), now);
    expect(r.months).toBeNull();
  });
});
