// The 协商议事 and 成果 figures read whole months from deliberation_rollups (a district, a township,
// all of a reach), the days around them and a village's live: whatever the way, for whole months,
// ranges cut mid-month, a range inside one month, this month (with consultations scheduled ahead)
// and the default, every figure, part and child's figure is the total of the list it links to, the
// 人次 equal the attendances counted, and the trend equals the lists month by month.
import { and, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import type { OutcomeStatus } from '../../../shared/enums';
import { shanghaiDate, shanghaiHour } from '../../platform/calendar';
import {
  consultations,
  evaluations,
  grants,
  outcomeRecipients,
  outcomes,
  participants,
  places,
  topics,
} from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildPlace, buildTree, TEST_PASSWORD } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { apiOf, linkedChildren, listTotal } from './test-links';

type Dash = Wire<typeof Dashboard>;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let other: Awaited<ReturnType<typeof buildTree>>;
let leader: Agent;
let wide: Agent;
let towns: Agent;
let seq = 0;

const FIGURES = [
  'topics',
  'consultations',
  'outcomesSent',
  'outcomesAnswered',
  'outcomesAdopted',
  'outcomesCarriedOut',
  'outcomesEvaluated',
];
const SOURCES = ['submission', 'member', 'leader', 'grid_screening'] as const;
const FORMS = ['meeting', 'on_site', 'online'] as const;
const KINDS = ['member', 'resident_rep', 'official', 'expert'] as const;
const STATUSES: OutcomeStatus[] = ['sent', 'answered', 'carrying_out', 'carried_out'];

async function deliberation(place: BuiltPlace, at: Date, i: number, o: { invited?: string; recipient?: string } = {}) {
  seq += 1;
  const source = SOURCES[i % SOURCES.length] ?? 'member';
  const [topic] = await t.db
    .insert(topics)
    .values({ code: `RT-${seq}`, placeId: place.id, title: '停车', description: '停车难', source, createdAt: at })
    .returning({ id: topics.id });
  const [c] = await t.db
    .insert(consultations)
    .values({
      code: `RC-${seq}`,
      topicId: topic?.id ?? '',
      placeId: place.id,
      title: '停车协商',
      form: FORMS[i % FORMS.length] ?? 'meeting',
      startsAt: at,
      signInToken: `rollup-${seq}`,
    })
    .returning({ id: consultations.id });
  const consultationId = c?.id ?? '';
  await t.db
    .insert(participants)
    .values([
      { consultationId, name: '甲', kind: KINDS[i % KINDS.length] ?? 'member', attendedAt: at },
      { consultationId, name: '乙', kind: KINDS[(i + 1) % KINDS.length] ?? 'member', attendedAt: i % 3 ? at : null },
      ...(o.invited ? [{ consultationId, name: '领导', kind: 'official' as const, accountId: o.invited }] : []),
    ]);
  const status = STATUSES[i % STATUSES.length] ?? 'sent';
  const [outcome] = await t.db
    .insert(outcomes)
    .values({
      code: `RO-${seq}`,
      consultationId,
      placeId: place.id,
      type: 'recommendation',
      title: '建议',
      body: '建议',
      status: i % 5 === 4 ? 'draft' : status,
      sentAt: i % 5 === 4 ? null : at,
    })
    .returning({ id: outcomes.id });
  const outcomeId = outcome?.id ?? '';
  if (i % 5 !== 4 && (i % 2 || o.recipient))
    await t.db.insert(outcomeRecipients).values({
      outcomeId,
      accountId: o.recipient ?? recipientId,
      sentAt: at,
      ...(i % 4 < 2 ? { reply: '同意', verdict: i % 4 ? ('adopted' as const) : ('not_adopted' as const) } : {}),
      ...(i % 4 === 0 ? { verdictReason: '理由' } : {}),
    });
  if (i % 3 === 0 && i % 5 !== 4)
    await t.db.insert(evaluations).values({ outcomeId, kind: 'leader', accountId: recipientId, score: 4 });
}

let recipientId: string;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  other = await buildTree(t.db);
  const far = await buildTree(t.db);
  const gridB = await buildPlace(t.db, { parent: tree.villageB, kind: 'grid' });
  leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  recipientId = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).id;
  const w = await buildAccount(t.app, t.db, { role: 'leader', place: tree.district });
  await t.db.insert(grants).values({ accountId: w.id, placeId: other.district.id, role: 'leader' });
  wide = await Agent.signIn(t.app, w.username, TEST_PASSWORD, '127.0.9.29');
  const spots = [tree.villageA, tree.gridA, tree.villageB, gridB, tree.townA, tree.district, other.villageA];
  let i = 0;
  for (let m = 0; m < 11; m++)
    for (const spot of spots) {
      const month = String(m + 1).padStart(2, '0');
      await deliberation(spot, new Date(`2026-${month}-0${1 + (i % 8)}T${i % 2 ? '16:30' : '03:00'}:00Z`), i++);
      await deliberation(spot, new Date(`2026-${month}-2${i % 8}T15:30:00Z`), i++);
    }
  // the last hours, ahead this month (consultations are scheduled), and on a range's end instant
  for (const spot of spots) await deliberation(spot, new Date(Date.now() - 3_600_000), i++);
  await t.db
    .update(consultations)
    .set({ startsAt: new Date(Date.now() + 86_400_000) })
    .where(
      and(
        inArray(consultations.placeId, [tree.villageA.id, tree.townA.id]),
        gte(consultations.startsAt, new Date(Date.now() - 2 * 3_600_000)),
      ),
    );
  await deliberation(tree.villageB, shanghaiHour('2026-08-21', 0), i++);
  // far from the wide leader's reach: a consultation they are invited to, an outcome sent to them
  await deliberation(far.villageA, new Date('2026-03-15T04:00:00Z'), 1, { invited: w.id, recipient: w.id });
  // a reach of two townships (rollups by month, no days), invited beyond it on 26 September: after a
  // period to the 24th, whose September is read whole less its rest — that invitation is not taken off
  const tw = await buildAccount(t.app, t.db, { role: 'leader', place: tree.townA });
  await t.db.insert(grants).values({ accountId: tw.id, placeId: tree.townB.id, role: 'leader' });
  towns = await Agent.signIn(t.app, tw.username, TEST_PASSWORD, '127.0.9.30');
  await deliberation(other.villageA, new Date('2026-09-26T04:00:00Z'), 5, { invited: tw.id });
});

const today = () => shanghaiDate(new Date());
const PERIODS = [
  ['whole months', 'from=2026-01-01&to=2026-06-30'],
  ['most of a year (a reach of districts: the year less November and December)', 'from=2026-01-01&to=2026-10-31'],
  ['cut mid-month at both ends (August read whole, less its days after the 20th)', 'from=2026-03-05&to=2026-08-20'],
  ['late in a month (September read whole, less its days after the 24th)', 'from=2026-01-01&to=2026-09-24'],
  ['inside one month', 'from=2026-04-10&to=2026-04-25'],
  ['this month to today', `from=${today().slice(0, 8)}01&to=${today()}`],
  ['the default (this year to today)', ''],
] as const;

/** 人次 by counting: attendances at the visible consultations of the place starting in the period. */
async function attendances(placePath: string | null, from: Date, to: Date) {
  const [row] = await t.db
    .select({ n: sql<number>`count(*)::int` })
    .from(participants)
    .innerJoin(consultations, eq(consultations.id, participants.consultationId))
    .innerJoin(places, eq(places.id, consultations.placeId))
    .where(
      and(
        isNotNull(participants.attendedAt),
        gte(consultations.startsAt, from),
        lte(consultations.startsAt, to),
        placePath ? sql`starts_with(${places.path}, ${placePath})` : undefined,
      ),
    );
  return row?.n ?? 0;
}

async function expectFiguresAreLists(agent: Agent, query: string, placePath: string | null) {
  const res = await agent.get(`/api/dashboard?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const d = json<Dash>(res);
  const checks: [string, number][] = [];
  for (const f of d.figures.filter((x) => FIGURES.includes(x.key))) {
    if (f.link) checks.push([f.link, f.value ?? 0]);
    for (const b of f.breakdowns) for (const p of b.parts) if (p.link) checks.push([p.link, p.value]);
  }
  for (const c of linkedChildren(d))
    for (const f of c.figures.filter((x) => FIGURES.includes(x.key))) if (f.link) checks.push([f.link, f.value ?? 0]);
  expect(checks.some(([, n]) => n > 0)).toBe(true);
  for (const [link, expected] of checks) {
    const list = await agent.get(apiOf(link));
    expect(list.statusCode, link).toBe(200);
    expect(listTotal(link, json(list)), `${query} ${link}`).toBe(expected);
  }
  if (placePath) {
    const from = shanghaiHour(d.period.from, 0);
    const to = shanghaiHour(
      new Date(Date.parse(`${d.period.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      0,
    );
    const people = d.figures.find((f) => f.key === 'participants');
    expect(people?.value, `${query} 人次`).toBe(await attendances(placePath, from, to));
    const kinds = people?.breakdowns[0]?.parts.reduce((a, p) => a + p.value, 0);
    expect(kinds).toBe(people?.value);
  }
  // the trend, month by month, is each list of that month
  const place = new URLSearchParams(query).get('placeId');
  const at = place ? `placeId=${place}&` : '';
  for (const [k, month] of d.trend.months.entries()) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const last = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const [to] = [last, d.period.to].sort();
    const lists = {
      topics: `/topics?${at}createdFrom=${month}-01&createdTo=${to}`,
      consultations: `/consultations?${at}from=${month}-01&to=${to}`,
      outcomesSent: `/outcomes?box=all&${at}sentFrom=${month}-01&sentTo=${to}`,
    };
    for (const [key, link] of Object.entries(lists)) {
      const list = json<{ total: number }>(await agent.get(apiOf(link)));
      // a consultation starting on the instant the month ends is the list's (startsAt <= to) and the next month's
      const onTheEdge =
        key === 'consultations' && to === last
          ? (
              await t.db
                .select({ n: sql<number>`count(*)::int` })
                .from(consultations)
                .where(eq(consultations.startsAt, shanghaiHour(next, 0)))
            )[0]?.n
          : 0;
      const value = d.trend.series.find((s) => s.key === key)?.values[k];
      expect(value, `${query} trend ${key} ${month}`).toBe(list.total - (onTheEdge ?? 0));
    }
  }
  return d;
}

/** Moves a kept count of the district by hand (the records and every other row left as they are). */
const moveKept = (month: string, key: string, n: number) =>
  t.db.execute(sql`insert into deliberation_rollups (place_id, month, key, n)
    values (${tree.district.id}, ${month}::date, ${key}, ${n})
    on conflict (place_id, month, key) do update set n = deliberation_rollups.n + excluded.n`);

describe('协商议事 and 成果 figures from rollups and live rows', { timeout: 300_000 }, () => {
  it.each(PERIODS)('equal their lists for a district, a township and a village: %s', async (_, period) => {
    for (const place of [tree.district, tree.townA, tree.townB, tree.villageA]) {
      const d = await expectFiguresAreLists(leader, `placeId=${place.id}${period ? `&${period}` : ''}`, place.path);
      expect(d.place?.id).toBe(place.id);
    }
  });

  it.each(PERIODS)('equal their lists for all of a reach of two districts: %s', async (_, period) => {
    const d = await expectFiguresAreLists(wide, period, null);
    expect(d.place).toBeNull();
    expect(d.children).toHaveLength(2);
  });

  it.each(PERIODS)('equal their lists for all of a reach of two townships: %s', async (_, period) => {
    const d = await expectFiguresAreLists(towns, period, null);
    expect(d.place).toBeNull();
    expect(d.children).toHaveLength(2);
  });

  it('read a reach of districts for the year to date from the districts’ yearly rows', async () => {
    const year = shanghaiDate(new Date()).slice(0, 4);
    const count = async (key: string) =>
      json<Dash>(await wide.get('/api/dashboard')).figures.find((f) => f.key === key)?.value ?? 0;
    const [topicsBefore, sentBefore] = [await count('topics'), await count('outcomesSent')];
    // a kept yearly count moved by hand (the monthly rows left as they are): the figures follow it
    const move = (key: string, n: number) => moveKept(`${year}-01-01`, key, n);
    await move('y:t', 5);
    await move('y:o', 2);
    try {
      expect(await count('topics')).toBe(topicsBefore + 5);
      expect(await count('outcomesSent')).toBe(sentBefore + 2);
    } finally {
      await move('y:t', -5);
      await move('y:o', -2);
      await t.db.execute(sql`delete from deliberation_rollups where n = 0`);
    }
    expect(await count('topics')).toBe(topicsBefore);
  });

  it('read a reach of districts for January to October as the year less November and December', async () => {
    const count = async () =>
      json<Dash>(await wide.get('/api/dashboard?from=2026-01-01&to=2026-10-31')).figures.find(
        (f) => f.key === 'consultations',
      )?.value ?? 0;
    const before = await count();
    await moveKept('2026-01-01', 'y:c', 3);
    await moveKept('2026-11-01', 'c', 1);
    try {
      expect(await count()).toBe(before + 3 - 1);
    } finally {
      await moveKept('2026-01-01', 'y:c', -3);
      await moveKept('2026-11-01', 'c', -1);
      await t.db.execute(sql`delete from deliberation_rollups where n = 0`);
    }
    expect(await count()).toBe(before);
  });

  it('read a reach of districts’ consultations on the days around whole months from the districts’ daily rows', async () => {
    const query = 'from=2026-03-05&to=2026-08-20';
    const figure = (d: Dash, key: string) => d.figures.find((f) => f.key === key)?.value ?? 0;
    const before = json<Dash>(await wide.get(`/api/dashboard?${query}`));
    // kept daily counts moved by hand (the monthly rows and the records left as they are): the figures follow them
    await moveKept('2026-03-06', 'd:c', 2);
    await moveKept('2026-08-19', 'd:c', 3);
    await moveKept('2026-08-19', 'd:p', 5);
    await moveKept('2026-08-21', 'd:c', 7); // after the period: not read
    try {
      const after = json<Dash>(await wide.get(`/api/dashboard?${query}`));
      expect(figure(after, 'consultations')).toBe(figure(before, 'consultations') + 5);
      expect(figure(after, 'participants')).toBe(figure(before, 'participants') + 5);
      // the trend's months are whole from the first (March by month), August's days up to the 20th by day
      const august = after.trend.months.indexOf('2026-08');
      const trend = (d: Dash) => d.trend.series.find((x) => x.key === 'consultations')?.values[august];
      expect(trend(after)).toBe((trend(before) ?? 0) + 3);
    } finally {
      await moveKept('2026-03-06', 'd:c', -2);
      await moveKept('2026-08-19', 'd:c', -3);
      await moveKept('2026-08-19', 'd:p', -5);
      await moveKept('2026-08-21', 'd:c', -7);
      await t.db.execute(sql`delete from deliberation_rollups where n = 0`);
    }
  });

  it('count what the triggers keep: an outcome carried out moves at once', async () => {
    const query = `placeId=${tree.townA.id}&from=2026-01-01&to=2026-06-30`;
    const before = await expectFiguresAreLists(leader, query, tree.townA.path);
    const carried = (d: Dash) => d.figures.find((f) => f.key === 'outcomesCarriedOut')?.value ?? 0;
    await deliberation(tree.villageA, new Date('2026-02-14T04:00:00Z'), 3); // carried out
    const after = await expectFiguresAreLists(leader, query, tree.townA.path);
    expect(carried(after)).toBe(carried(before) + 1);
  });
});
