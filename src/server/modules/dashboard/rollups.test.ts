// The 民意 figures read whole months from submission_rollups (a district, a township, all of a
// reach), the days around them and deeper places live: whatever the way, for whole months, ranges
// cut mid-month, a range inside one month and this month to today, every figure, every part and
// every child's figure is the total of the inbox list it links to, and the trend equals the inbox
// month by month.
import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import { shanghaiDate } from '../../platform/calendar';
import { categories, grants, submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree, TEST_PASSWORD } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { apiOf, linkedChildren, listTotal } from './test-links';

type Dash = Wire<typeof Dashboard>;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let other: Awaited<ReturnType<typeof buildTree>>;
let leader: Agent;
let wide: Agent;
let seq = 0;

const SUBMISSION_FIGURES = ['received', 'sorted', 'solved', 'overdue', 'satisfaction'];
const CHANNELS = ['qr', 'walk_in', 'phone_call', 'grid_patrol'] as const;
const STATUSES = ['received', 'grid', 'community', 'township', 'solved', 'declined'] as const;

async function submission(place: BuiltPlace, createdAt: Date, i: number, category: string | null) {
  seq += 1;
  const status = STATUSES[i % STATUSES.length] ?? 'received';
  await t.db.insert(submissions).values({
    trackingCode: `ROLL${Date.now()}${seq}`,
    placeId: place.id,
    scannedPlaceId: place.id,
    channel: CHANNELS[i % CHANNELS.length] ?? 'qr',
    categoryId: i % 3 === 0 ? category : null,
    content: '小区门口的路灯坏了一个多月',
    searchText: '小区门口的路灯坏了一个多月',
    searchGrams: [],
    status,
    satisfaction: status === 'solved' ? 1 + (i % 5) : null,
    // some past their deadline (overdue while open), some not yet
    dueAt: new Date(createdAt.getTime() + (i % 2 ? 86_400_000 : 400 * 86_400_000)),
    createdAt,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  other = await buildTree(t.db);
  const gridB = await buildPlace(t.db, { parent: tree.villageB, kind: 'grid' });
  leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  const w = await buildAccount(t.app, t.db, { role: 'leader', place: tree.district });
  await t.db.insert(grants).values({ accountId: w.id, placeId: other.district.id, role: 'leader' });
  wide = await Agent.signIn(t.app, w.username, TEST_PASSWORD, '127.0.9.19');
  // each district configures its own 道路照明: the reach of both shows them as one part, by name
  const name = `道路照明${Date.now()}`;
  const [c, c2] = await t.db
    .insert(categories)
    .values([
      { placeId: tree.district.id, name },
      { placeId: other.district.id, name },
    ])
    .returning({ id: categories.id });
  const categoryOf = (spot: BuiltPlace) => (spot.path.startsWith(other.district.path) ? c2?.id : c?.id) ?? null;
  const spots = [tree.villageA, tree.gridA, tree.villageB, gridB, tree.townA, tree.district, other.villageA];
  // two a month through 2026 at every spot, at Beijing month edges too, and a few in the last hours
  let i = 0;
  for (let m = 0; m < 11; m++)
    for (const spot of spots) {
      const month = String(m + 1).padStart(2, '0');
      await submission(
        spot,
        new Date(`2026-${month}-0${1 + (i % 8)}T${i % 2 ? '16:30' : '03:00'}:00Z`),
        i++,
        categoryOf(spot),
      );
      await submission(spot, new Date(`2026-${month}-2${i % 8}T15:30:00Z`), i++, categoryOf(spot));
    }
  for (const spot of spots) await submission(spot, new Date(Date.now() - 3_600_000), i++, categoryOf(spot));
});

const PERIODS = [
  ['whole months', 'from=2026-01-01&to=2026-06-30'],
  ['most of a year (a reach of districts: the year less November and December)', 'from=2026-01-01&to=2026-10-31'],
  ['cut mid-month at both ends', 'from=2026-03-05&to=2026-08-20'],
  ['inside one month', 'from=2026-04-10&to=2026-04-25'],
  ['this month to today', `from=${shanghaiDate(new Date()).slice(0, 8)}01&to=${shanghaiDate(new Date())}`],
  ['the default (this year to today)', ''],
] as const;

async function expectFiguresAreLists(agent: Agent, query: string) {
  const res = await agent.get(`/api/dashboard?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const d = json<Dash>(res);
  const checks: [string, number][] = [];
  for (const f of d.figures.filter((x) => SUBMISSION_FIGURES.includes(x.key))) {
    if (f.link && f.unit === 'count') checks.push([f.link, f.value ?? 0]);
    for (const b of f.breakdowns) for (const p of b.parts) if (p.link) checks.push([p.link, p.value]);
  }
  for (const c of linkedChildren(d))
    for (const f of c.figures.filter((x) => SUBMISSION_FIGURES.includes(x.key)))
      if (f.link && f.unit === 'count') checks.push([f.link, f.value ?? 0]);
  expect(checks.some(([, n]) => n > 0)).toBe(true);
  for (const [link, expected] of checks) {
    const list = await agent.get(apiOf(link));
    expect(list.statusCode, link).toBe(200);
    expect(listTotal(link, json(list)), `${query} ${link}`).toBe(expected);
  }
  // satisfaction: the mean of the ratings the inbox lists as rated
  const received = d.figures.find((f) => f.key === 'received');
  const satisfaction = d.figures.find((f) => f.key === 'satisfaction');
  if (received?.link) {
    const rated = json<{ items: { id: string }[]; total: number }>(
      await agent.get(`${apiOf(received.link)}&rated=true&pageSize=100`),
    );
    expect(rated.items).toHaveLength(rated.total);
    const ids = rated.items.map((r) => r.id);
    const ratings = ids.length
      ? await t.db.select({ s: submissions.satisfaction }).from(submissions).where(inArray(submissions.id, ids))
      : [];
    const sum = ratings.reduce((a, r) => a + (r.s ?? 0), 0);
    expect(satisfaction?.value ?? null).toBe(rated.total ? Math.round((sum / rated.total) * 100) / 100 : null);
  }
  // the trend, month by month, is the inbox of each month
  const place = new URLSearchParams(query).get('placeId');
  for (const [k, month] of d.trend.months.entries()) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const last = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const [to] = [last, d.period.to].sort(); // the earlier day
    const list = await agent.get(apiOf(`/submissions?${place ? `placeId=${place}&` : ''}from=${month}-01&to=${to}`));
    const value = d.trend.series.find((s) => s.key === 'received')?.values[k];
    expect(value, `${query} trend ${month}`).toBe(json<{ total: number }>(list).total);
  }
  return d;
}

describe('民意 figures from rollups and live rows', () => {
  it.each(PERIODS)('equal their lists for a district, a township and a village: %s', async (_, period) => {
    for (const place of [tree.district, tree.townA, tree.townB, tree.villageA]) {
      const d = await expectFiguresAreLists(leader, `placeId=${place.id}${period ? `&${period}` : ''}`);
      expect(d.place?.id).toBe(place.id);
    }
  });

  it.each(PERIODS)('equal their lists for all of a reach of two districts: %s', async (_, period) => {
    const d = await expectFiguresAreLists(wide, period);
    expect(d.place).toBeNull();
    expect(d.children).toHaveLength(2);
    // the two districts' 道路照明 are one part, linked by name (and equal to that list, above)
    const byCategory =
      d.figures.find((f) => f.key === 'received')?.breakdowns.find((b) => b.by === 'category')?.parts ?? [];
    // (a short range may hold only one district's: that part links by its category)
    const names = byCategory.map((p) => p.label);
    expect(new Set(names).size).toBe(names.length);
    if (!period) {
      expect(byCategory).toHaveLength(1);
      expect(byCategory[0]?.link).toContain(`categoryName=${encodeURIComponent(names[0] ?? '')}`);
    }
  });

  it('count what the triggers keep: a sorted and a re-rated row move at once', async () => {
    const before = await expectFiguresAreLists(leader, `placeId=${tree.townA.id}&from=2026-01-01&to=2026-06-30`);
    const solved = (d: Dash) => d.figures.find((f) => f.key === 'solved')?.value ?? 0;
    await submission(tree.villageA, new Date('2026-02-14T04:00:00Z'), 4, null); // solved, rated 5
    const after = await expectFiguresAreLists(leader, `placeId=${tree.townA.id}&from=2026-01-01&to=2026-06-30`);
    expect(solved(after)).toBe(solved(before) + 1);
  });
});
