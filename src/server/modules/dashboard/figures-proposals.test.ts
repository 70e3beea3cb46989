// The proposal figures (提案办理: 答复率、见面率、满意度) with handlings behind them — in two
// townships, of another year, in another region: each rate is its list's total over its
// denominator's list, and each link opens the proposals list with the dashboard's filters.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import type { Satisfaction } from '../../../shared/enums';
import { nextCode } from '../../platform/db/codes';
import { memberWritings, outcomes, proposalHandlings } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';
import { linkedChildren } from './test-links';

type Dash = Wire<typeof Dashboard>;
type Figure = { key: string; value: number | null; link: string | null };

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let other: Awaited<ReturnType<typeof buildTree>>;
let leader: Agent;
let units: string[];
let memberId: string;

const at = new Date('2026-03-10T04:00:00Z');
type Handled = { unit: number; year?: number; replied?: boolean; met?: boolean; rated?: Satisfaction };

/** A handling's steps as the proposals module records them (答复, 见面, 满意度). */
const stepsOf = (h: Handled) => ({
  unitId: units[h.unit] as string,
  proposer: '王海燕委员',
  year: h.year ?? 2026,
  dueAt: new Date('2026-06-10T04:00:00Z'),
  ...(h.replied ? { replyCategory: 'adopted' as const, reply: '已采纳', repliedAt: at } : {}),
  ...(h.met ? { metAt: at, metWith: '住建局 王科长' } : {}),
  ...(h.rated ? { satisfaction: h.rated, satisfactionAt: at } : {}),
});

/** A 提案 outcome of a consultation at `place`, sent, handled by the units as given. */
async function proposal(place: BuiltPlace, handlings: Handled[]) {
  const held = await buildConsultation(t.db, { place, status: 'concluded' });
  const [o] = await t.db
    .insert(outcomes)
    .values({
      code: await nextCode(t.db, 'CG'),
      consultationId: held.consultationId,
      placeId: place.id,
      type: 'proposal',
      title: '关于规范小区停车管理的提案',
      body: '建议增设停车位。',
      status: 'sent',
      sentAt: at,
    })
    .returning({ id: outcomes.id });
  await t.db.insert(proposalHandlings).values(handlings.map((h) => ({ outcomeId: o?.id as string, ...stepsOf(h) })));
}

/** A member's own 提案 the CPPCC office forwarded, written at `place`, handled by the units as given. */
async function writing(place: BuiltPlace, handlings: Handled[]) {
  const [w] = await t.db
    .insert(memberWritings)
    .values({
      code: `TA-2026-${Date.now() % 10000}`,
      kind: 'proposal',
      authorId: memberId,
      placeId: place.id,
      title: '关于老旧小区加装电梯的提案',
      body: '建议简化审批。',
      status: 'forwarded',
      submittedAt: at,
      forwardedAt: at,
    })
    .returning({ id: memberWritings.id });
  await t.db.insert(proposalHandlings).values(handlings.map((h) => ({ writingId: w?.id as string, ...stepsOf(h) })));
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  other = await buildTree(t.db);
  leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  memberId = (await buildAccount(t.app, t.db, { role: 'member', place: tree.villageB })).id;
  units = await Promise.all(
    [0, 1].map(async () => (await buildAccount(t.app, t.db, { role: 'department', place: tree.district })).id),
  );
  // township A: four handlings of 2026 — three replied, two met, one satisfied and one not — and one of 2025
  await proposal(tree.villageA, [
    { unit: 0, replied: true, met: true, rated: 'satisfied' },
    { unit: 1, replied: true },
  ]);
  await proposal(tree.townA, [{ unit: 0 }]);
  await proposal(tree.gridA, [{ unit: 0, replied: true, met: true, rated: 'unsatisfied' }]);
  await proposal(tree.villageA, [{ unit: 0, year: 2025, replied: true, met: true, rated: 'satisfied' }]);
  // township B: two handlings — both replied, one met and 基本满意 — one of them a member's own proposal
  await proposal(tree.villageB, [{ unit: 0, replied: true, met: true, rated: 'basically_satisfied' }]);
  await writing(tree.villageB, [{ unit: 1, replied: true }]);
  // another region: counted by nobody here
  await proposal(other.villageA, [{ unit: 0, replied: true, met: true, rated: 'satisfied' }]);
});

const dashboard = async (query: string) => {
  const res = await leader.get(`/api/dashboard${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Dash>(res);
};

/** The total of the proposals list a dashboard link opens (the page calls the handlings' list API). */
async function totalBehind(link: string, filter?: string) {
  const url = new URL(link, 'http://x');
  expect(url.pathname).toBe('/proposals');
  const q = new URLSearchParams(url.searchParams);
  if (filter) q.set('filter', filter);
  const res = await leader.get(`/api/proposals/handlings?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<{ total: number }>(res).total;
}

const percent = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);

/**
 * Each proposal figure is as expected, and traces back: the count is its list's total, each rate
 * its list's total over its denominator's (all handlings; the rated ones for satisfaction).
 */
async function expectTraceable(
  figures: Figure[],
  counts: Record<'all' | 'replied' | 'met' | 'rated' | 'satisfied', number>,
  placeId: string,
) {
  const figure = (k: string) => {
    const f = figures.find((x) => x.key === k);
    if (!f?.link) throw new Error(`${k} has no link`);
    expect(new URL(f.link, 'http://x').searchParams.get('placeId'), k).toBe(placeId);
    expect(new URL(f.link, 'http://x').searchParams.get('year'), k).toBe('2026');
    return { value: f.value, link: f.link };
  };
  const all = figure('proposals');
  expect(all.value).toBe(counts.all);
  expect(await totalBehind(all.link)).toBe(counts.all);
  const rates = [
    ['proposalReplyRate', 'replied', 'all'],
    ['proposalMeetingRate', 'met', 'all'],
    ['proposalSatisfactionRate', 'satisfied', 'rated'],
  ] as const;
  for (const [key, numerator, denominator] of rates) {
    const f = figure(key);
    expect(new URL(f.link, 'http://x').searchParams.get('filter'), key).toBe(numerator);
    const listed = await totalBehind(f.link);
    expect(listed, key).toBe(counts[numerator]);
    expect(await totalBehind(f.link, denominator), key).toBe(counts[denominator]);
    expect(f.value, key).toBe(percent(listed, counts[denominator]));
  }
}

describe('GET /api/dashboard: proposals (提案办理)', () => {
  it('a district: the year’s handlings in its townships, not another year’s or another region’s', async () => {
    const d = await dashboard(`?placeId=${tree.district.id}&from=2026-01-01&to=2026-06-30`);
    await expectTraceable(d.figures, { all: 6, replied: 5, met: 3, rated: 3, satisfied: 2 }, tree.district.id);
    expect(d.figures.find((f) => f.key === 'proposalReplyRate')?.value).toBe(83.3);
    expect(d.figures.find((f) => f.key === 'proposalSatisfactionRate')?.value).toBe(66.7);
  });

  it('each township’s row: its own counts and rates, never sums of rates, each linked to its list', async () => {
    const d = await dashboard(`?placeId=${tree.district.id}&from=2026-01-01&to=2026-06-30`);
    const row = (id: string) => linkedChildren(d).find((c) => c.place.id === id)?.figures ?? [];
    await expectTraceable(row(tree.townA.id), { all: 4, replied: 3, met: 2, rated: 2, satisfied: 1 }, tree.townA.id);
    await expectTraceable(row(tree.townB.id), { all: 2, replied: 2, met: 1, rated: 1, satisfied: 1 }, tree.townB.id);
    expect(row(tree.townA.id).find((f) => f.key === 'proposalMeetingRate')?.value).toBe(50);
    expect(row(tree.townB.id).find((f) => f.key === 'proposalSatisfactionRate')?.value).toBe(100);
  });

  it('a township: its villages’ handlings and its own (the township’s proposal counts in no village row)', async () => {
    const d = await dashboard(`?placeId=${tree.townA.id}&from=2026-01-01&to=2026-06-30`);
    await expectTraceable(d.figures, { all: 4, replied: 3, met: 2, rated: 2, satisfied: 1 }, tree.townA.id);
    const village = linkedChildren(d).find((c) => c.place.id === tree.villageA.id)?.figures ?? [];
    await expectTraceable(village, { all: 3, replied: 3, met: 2, rated: 2, satisfied: 1 }, tree.villageA.id);
  });

  it('the year is the year of the period’s end: 2025 counts its own handling', async () => {
    const d = await dashboard(`?placeId=${tree.district.id}&from=2025-01-01&to=2025-12-31`);
    const value = (k: string) => d.figures.find((f) => f.key === k)?.value;
    expect(value('proposals')).toBe(1);
    expect(value('proposalReplyRate')).toBe(100);
    expect(value('proposalSatisfactionRate')).toBe(100);
  });
});
