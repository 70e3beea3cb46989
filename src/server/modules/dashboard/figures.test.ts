// The deliberation and outcome figures with records behind them (in the period, outside it, in another
// region): each equals the total of the list its link opens; the trend's months are Beijing months.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import type { OutcomeStatus } from '../../../shared/enums';
import { shanghaiHour } from '../../platform/calendar';
import {
  consultations,
  evaluations,
  outcomeRecipients,
  outcomes,
  participants,
  submissions,
  topics,
} from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Dash = Wire<typeof Dashboard>;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let other: Awaited<ReturnType<typeof buildTree>>;
let leader: Agent;
let recipientId: string;
let seq = 0;
const next = () => `${Date.now()}${++seq}`;
const ratings = [5, 4, 2];

async function submission(placeId: string, createdAt: Date, satisfaction?: number) {
  const code = next();
  await t.db.insert(submissions).values({
    trackingCode: `FIG${code}`,
    placeId,
    scannedPlaceId: placeId,
    channel: 'walk_in',
    content: '小区停车难',
    searchText: '小区停车难',
    searchGrams: [],
    createdAt,
    ...(satisfaction ? { satisfaction, status: 'solved' as const } : {}),
  });
}

async function topic(place: BuiltPlace, createdAt: Date, source: 'member' | 'leader' = 'member') {
  const [row] = await t.db
    .insert(topics)
    .values({ code: `YT-${next()}`, placeId: place.id, title: '停车', description: '停车难', source, createdAt })
    .returning({ id: topics.id });
  return row?.id as string;
}

/** A consultation on a new topic at `place`, starting at `startsAt`, two of three invited attending. */
async function consultation(place: BuiltPlace, startsAt: Date) {
  const topicId = await topic(place, new Date('2025-11-01T00:00:00Z'));
  const code = next();
  const [row] = await t.db
    .insert(consultations)
    .values({
      code: `XS-${code}`,
      topicId,
      placeId: place.id,
      title: '停车协商',
      form: 'meeting',
      startsAt,
      signInToken: code,
    })
    .returning({ id: consultations.id });
  const id = row?.id as string;
  await t.db.insert(participants).values([
    { consultationId: id, name: '甲', kind: 'member', attendedAt: startsAt },
    { consultationId: id, name: '乙', kind: 'resident_rep', attendedAt: startsAt },
    { consultationId: id, name: '丙', kind: 'official' },
  ]);
  return id;
}

type Reached = { verdict?: 'adopted' | 'not_adopted'; evaluated?: boolean };
async function outcome(
  place: BuiltPlace,
  consultationId: string,
  status: OutcomeStatus,
  sentAt: Date | null,
  o: Reached = {},
) {
  const [row] = await t.db
    .insert(outcomes)
    .values({
      code: `CG-${next()}`,
      consultationId,
      placeId: place.id,
      type: 'recommendation',
      title: '建议',
      body: '建议',
      status,
      sentAt,
    })
    .returning({ id: outcomes.id });
  const id = row?.id as string;
  if (sentAt)
    await t.db.insert(outcomeRecipients).values({
      outcomeId: id,
      accountId: recipientId,
      sentAt,
      ...(o.verdict ? { reply: '同意', verdict: o.verdict, verdictReason: '理由', repliedAt: sentAt } : {}),
    });
  if (o.evaluated)
    await t.db.insert(evaluations).values({ outcomeId: id, kind: 'leader', accountId: recipientId, score: 5 });
}

const inPeriod = new Date('2026-03-10T04:00:00Z');
const after = new Date('2026-07-01T00:00:00Z'); // 1 July, 08:00 in Beijing: after 30 June
const before = new Date('2025-12-31T15:30:00Z'); // 31 December, 23:30 in Beijing

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  other = await buildTree(t.db);
  leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  recipientId = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).id;
  await topic(tree.villageA, inPeriod, 'member');
  await topic(tree.townB, inPeriod, 'leader');
  await topic(tree.villageA, before);
  await topic(other.villageA, inPeriod);
  const c = await consultation(tree.villageA, inPeriod);
  const outside = await consultation(tree.villageB, after);
  const elsewhere = await consultation(other.villageA, inPeriod);
  await outcome(tree.villageA, c, 'sent', inPeriod);
  await outcome(tree.villageA, c, 'answered', inPeriod, { verdict: 'adopted' });
  await outcome(tree.villageA, c, 'carried_out', inPeriod, { verdict: 'not_adopted', evaluated: true });
  await outcome(tree.villageA, c, 'draft', null);
  await outcome(tree.villageB, outside, 'answered', after, { verdict: 'adopted', evaluated: true });
  await outcome(other.villageA, elsewhere, 'carried_out', inPeriod, { verdict: 'adopted', evaluated: true });
  for (const r of ratings) await submission(tree.villageA.id, inPeriod, r);
  await submission(tree.villageA.id, after, 1);
  await submission(other.villageA.id, inPeriod, 1);
  await submission(tree.villageA.id, new Date('2026-10-31T15:30:00Z')); // 31 October, 23:30 in Beijing
  await submission(tree.villageA.id, new Date('2026-10-31T16:30:00Z')); // 1 November, 00:30
});

/** The list API the page at `link` calls: the page's address days become the instants it sends. */
function apiOf(link: string) {
  const url = new URL(link, 'http://x');
  const q = new URLSearchParams(url.searchParams);
  const toInstant = (k: string, plus: number) => {
    const v = q.get(k);
    const day = v && new Date(Date.parse(`${v}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
    if (day) q.set(k, shanghaiHour(day, 0).toISOString());
  };
  for (const [a, b] of [
    ['from', 'to'],
    ['createdFrom', 'createdTo'],
    ['sentFrom', 'sentTo'],
  ] as const) {
    toInstant(a, 0);
    toInstant(b, 1);
  }
  return `/api${url.pathname}?${q}`;
}

const dashboard = async (query: string) => {
  const res = await leader.get(`/api/dashboard${query}`);
  expect(res.statusCode).toBe(200);
  return json<Dash>(res);
};

describe('GET /api/dashboard with deliberation, outcomes and ratings', () => {
  it('counts topics, consultations, attendances and outcomes of the period, each its list total', async () => {
    const d = await dashboard(`?placeId=${tree.district.id}&from=2026-01-01&to=2026-06-30`);
    const figure = (k: string) => d.figures.find((f) => f.key === k);
    const expected: Record<string, number> = {
      topics: 2,
      consultations: 1,
      participants: 2,
      outcomesSent: 3,
      outcomesAnswered: 2,
      outcomesAdopted: 1,
      outcomesCarriedOut: 1,
      outcomesEvaluated: 1,
    };
    for (const [key, value] of Object.entries(expected)) {
      const f = figure(key);
      expect(f?.value, key).toBe(value);
      if (key === 'participants') continue; // 人次: no list behind it
      if (!f?.link) throw new Error(`${key} has no link`);
      const list = await leader.get(apiOf(f.link));
      expect(list.statusCode, f.link).toBe(200);
      expect(json<{ total: number }>(list).total, f.link).toBe(value);
    }
    const parts = (k: string, by: string) => figure(k)?.breakdowns.find((b) => b.by === by)?.parts ?? [];
    expect(parts('topics', 'source').find((p) => p.key === 'leader')?.value).toBe(1);
    expect(parts('consultations', 'form').find((p) => p.key === 'meeting')?.value).toBe(1);
    for (const p of [...parts('topics', 'source'), ...parts('consultations', 'form')])
      if (p.link) expect(json<{ total: number }>(await leader.get(apiOf(p.link))).total, p.link).toBe(p.value);
    const townA = d.children.find((c) => c.place.id === tree.townA.id)?.figures;
    expect(townA?.find((f) => f.key === 'outcomesSent')?.value).toBe(3);
    expect(townA?.find((f) => f.key === 'topics')?.value).toBe(1);
  });

  it('averages the ratings of the period, as the mean of the rated list', async () => {
    const d = await dashboard(`?placeId=${tree.district.id}&from=2026-01-01&to=2026-06-30`);
    const f = d.figures.find((x) => x.key === 'satisfaction');
    const mean = ratings.reduce((a, r) => a + r, 0) / ratings.length;
    expect(f?.value).toBeCloseTo(mean, 2);
    const list = await leader.get(apiOf(f?.link as string));
    expect(json<{ total: number }>(list).total).toBe(ratings.length);
  });

  it('puts a submission of 31 October, 23:30 in Beijing in October, and one at 00:30 in November', async () => {
    const d = await dashboard(`?placeId=${tree.district.id}&from=2026-06-01&to=2026-11-30`);
    const received = d.trend.series.find((s) => s.key === 'received')?.values ?? [];
    const at = (month: string) => received[d.trend.months.indexOf(month)];
    expect(d.trend.months).toContain('2026-10');
    expect(at('2026-10')).toBe(1);
    expect(at('2026-11')).toBe(1);
    expect(at('2026-07')).toBe(1); // 1 July, 08:00 in Beijing
    expect(at('2026-06')).toBe(0);
  });
});
