// The dashboard's members' duty figures, summed in the database, against what the duty ranking and
// each member's ledger report for the same members: the same points, the same grades, per township.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import type { DutyLedger, DutyRanking } from '../../../shared/api/duty';
import { accounts, grants } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { json, startTestApp, type TestApp } from '../../testing/harness';
import { DEFAULT_DUTY_RULES } from '../duty';
import {
  at,
  type DutyScene,
  dutyScene,
  insertConsultation,
  insertContactLog,
  insertManualEntry,
  insertMember,
  insertParticipant,
  insertReception,
  insertTraining,
} from '../duty/testing';

type Dash = Wire<typeof Dashboard>;
type Ranking = Wire<typeof DutyRanking>;
type Ledger = Wire<typeof DutyLedger>;

const YEAR = 2025;
let t: TestApp;
let s: DutyScene;
let frozen: string;

beforeAll(async () => {
  t = await startTestApp();
  s = await dutyScene(t);
  const { townA, townB, villageA, villageB } = s.tree;
  // 20 (receptions, capped) + 30 (consultations, capped) + 2.5 (2.5 hours) + 5 (7 asked, held to 5) = 57.5
  const star = await insertMember(t.db, villageA, { name: '甲委员' });
  for (const day of [1, 2, 3, 4, 5, 6]) {
    await insertReception(t.db, { memberId: star, placeId: villageA.id, startsAt: at(YEAR, 3, day) });
    const c = await insertConsultation(t.db, { placeId: villageA.id, startsAt: at(YEAR, 4, day) });
    await insertParticipant(t.db, { consultationId: c.id, accountId: star, attendedAt: at(YEAR, 4, day) });
  }
  await insertTraining(t.db, { placeId: townA.id, startsAt: at(YEAR, 5, 1), hours: 2.5, attendees: [star] });
  await insertManualEntry(t.db, { memberId: star, happenedAt: at(YEAR, 6, 1), year: YEAR, points: 7 });
  await insertReception(t.db, { memberId: star, placeId: villageA.id, startsAt: at(YEAR - 1, 12, 30) }); // last year
  // 1 (a contact) − 5 (absent from a concluded consultation) = −4
  const steady = await insertMember(t.db, townA, { name: '乙委员', profile: false });
  await insertContactLog(t.db, { memberId: steady, placeId: townA.id, happenedAt: at(YEAR, 5, 1) });
  const missed = await insertConsultation(t.db, { placeId: townA.id, startsAt: at(YEAR, 7, 1) });
  await insertParticipant(t.db, { consultationId: missed.id, accountId: steady });
  // a disabled account's lines count nowhere
  const gone = await insertMember(t.db, townA);
  await insertReception(t.db, { memberId: gone, placeId: townA.id, startsAt: at(YEAR, 3, 9) });
  await t.db.update(accounts).set({ isDisabled: true }).where(eq(accounts.id, gone));

  // township B counts by its own rules: 10 a reception day, uncapped, and lower grades
  const rules = {
    kinds: { ...DEFAULT_DUTY_RULES.kinds, reception_held: { points: 10, cap: null } },
    grades: { excellent: 30, competent: 20, basically_competent: 10 },
  };
  const saved = await s.cppccB.agent.request('PUT', '/api/duty/rules', { placeId: townB.id, year: YEAR, rules });
  expect(saved.statusCode, saved.body).toBe(200);
  for (const day of [1, 2, 3, 4])
    await insertReception(t.db, { memberId: s.memberB.id, placeId: townB.id, startsAt: at(YEAR, 3, day) }); // 40
  frozen = await insertMember(t.db, villageB, { name: '丙委员' });
  for (const day of [1, 2])
    await insertReception(t.db, { memberId: frozen, placeId: villageB.id, startsAt: at(YEAR, 9, day) }); // 20
  const closed = await s.cppccB.agent.post('/api/duty/closings', { placeId: townB.id, year: YEAR });
  expect(closed.statusCode, closed.body).toBe(201);
  // after the closing: the snapshot keeps 20 whatever is recorded since
  await insertReception(t.db, { memberId: frozen, placeId: villageB.id, startsAt: at(YEAR, 12, 1) });
});

const dashboardOf = async (query: string) => {
  const res = await s.leader.agent.get(`/api/dashboard?from=${YEAR}-01-01&to=${YEAR}-12-31${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Dash>(res);
};
const rankingOf = async (placeId: string) => {
  const res = await s.cppcc.agent.get(`/api/duty/ranking?year=${YEAR}&placeId=${placeId}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Ranking>(res);
};
const ledgerTotal = async (memberId: string) =>
  json<Ledger>(await s.cppcc.agent.get(`/api/duty/members/${memberId}?year=${YEAR}`)).total;
const tenthsSum = (values: readonly number[]) => values.reduce((sum, v) => sum + Math.round(v * 10), 0) / 10;
const valueIn = (figures: Dash['figures'] | Dash['children'][number]['figures'], key: string) =>
  figures.find((f) => f.key === key)?.value;

describe('the dashboard’s members’ duty', () => {
  it('sums the points and grades the ranking gives each member, for the place and each township', async () => {
    const d = await dashboardOf(`&placeId=${s.tree.district.id}`);
    expect(valueIn(d.figures, 'dutyPoints')).toBe(113.5); // 57.5 − 4 + 0 + 0 | 40 + 20
    expect(valueIn(d.figures, 'membersGraded')).toBe(6);
    const byGrade = d.figures.find((f) => f.key === 'membersGraded')?.breakdowns[0]?.parts;
    const counts = Object.fromEntries((byGrade ?? []).map((p) => [p.key, p.value]));
    expect(counts).toEqual({ excellent: 1, competent: 1, basically_competent: 1, incompetent: 3 });

    const district = await rankingOf(s.tree.district.id);
    expect(district.gradeCounts).toEqual(counts);
    expect(district.rows).toHaveLength(6);
    expect(tenthsSum(district.rows.map((r) => r.total))).toBe(113.5);
    expect(district.rows.find((r) => r.member.id === frozen)).toMatchObject({ total: 20, grade: 'competent' });

    for (const [town, points, members] of [
      [s.tree.townA, 53.5, 4],
      [s.tree.townB, 60, 2],
    ] as const) {
      const child = d.children.find((c) => c.place.id === town.id);
      expect(valueIn(child?.figures ?? [], 'dutyPoints')).toBe(points);
      expect(valueIn(child?.figures ?? [], 'membersGraded')).toBe(members);
      const ranking = await rankingOf(town.id);
      expect(ranking.rows).toHaveLength(members);
      expect(tenthsSum(ranking.rows.map((r) => r.total))).toBe(points);
      const ledgers = await Promise.all(ranking.rows.map((r) => ledgerTotal(r.member.id)));
      expect(tenthsSum(ledgers)).toBe(points);
    }
  });

  it('gives each top place of a reach of several its own figures', async () => {
    const both = await buildAccount(t.app, t.db, { role: 'leader', place: s.tree.townA });
    await t.db.insert(grants).values({ accountId: both.id, placeId: s.tree.townB.id, role: 'leader' });
    const res = await both.agent.get(`/api/dashboard?from=${YEAR}-01-01&to=${YEAR}-12-31`);
    expect(res.statusCode, res.body).toBe(200);
    const d = json<Dash>(res);
    expect(d.place).toBeNull();
    expect([valueIn(d.figures, 'dutyPoints'), valueIn(d.figures, 'membersGraded')]).toEqual([113.5, 6]);
    const rows = d.children.map((c) => [
      c.place.id,
      valueIn(c.figures, 'dutyPoints'),
      valueIn(c.figures, 'membersGraded'),
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [s.tree.townA.id, 53.5, 4],
        [s.tree.townB.id, 60, 2],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('counts a township’s members alone, its villages as children', async () => {
    const d = await dashboardOf(`&placeId=${s.tree.townA.id}`);
    expect([valueIn(d.figures, 'dutyPoints'), valueIn(d.figures, 'membersGraded')]).toEqual([53.5, 4]);
    const village = d.children.find((c) => c.place.id === s.tree.villageA.id);
    expect([valueIn(village?.figures ?? [], 'dutyPoints'), valueIn(village?.figures ?? [], 'membersGraded')]).toEqual([
      57.5, 2,
    ]);
  });
});
