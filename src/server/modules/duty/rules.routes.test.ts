import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { DutyLedger, DutyRanking, DutyRuleSetView } from '../../../shared/api/duty';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { DEFAULT_DUTY_RULES } from './scoring';
import {
  at,
  type DutyScene,
  dutyScene,
  fieldsOf,
  insertContactLog,
  insertMember,
  insertReception,
  NO_SUCH,
} from './testing';

type View = Wire<typeof DutyRuleSetView>;
type Ledger = Wire<typeof DutyLedger>;
type Ranking = Wire<typeof DutyRanking>;

let t: TestApp;
let s: DutyScene;
let anonymous: Agent;
const YEAR = 2024;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const rulesUrl = (placeId: string, year = YEAR) => `/api/duty/rules?placeId=${placeId}&year=${year}`;
const withKind = (kind: keyof typeof DEFAULT_DUTY_RULES.kinds, rule: { points: number; cap: number | null }) => ({
  ...DEFAULT_DUTY_RULES,
  kinds: { ...DEFAULT_DUTY_RULES.kinds, [kind]: rule },
});
const save = (by: Agent, placeId: string, rules: unknown = DEFAULT_DUTY_RULES, year = YEAR) =>
  by.request('PUT', '/api/duty/rules', { placeId, year, rules });
const close = (by: Agent, placeId: string, year = YEAR) => by.post('/api/duty/closings', { placeId, year });

beforeAll(async () => {
  t = await startTestApp();
  s = await dutyScene(t);
  anonymous = new Agent(t.app);
});

describe('GET /api/duty/rules', () => {
  it('shows the office its district’s rules: the defaults until saved, editable', async () => {
    const res = await s.cppcc.agent.get(`/api/duty/rules?year=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<View>(res)).toMatchObject({
      place: { id: s.tree.district.id },
      year: YEAR,
      source: 'default',
      applied: { id: null, version: null },
      rules: DEFAULT_DUTY_RULES,
      versions: [],
      closing: null,
      abilities: { edit: true, close: true },
    });
  });

  it('lets liaisons and leaders read, without editing', async () => {
    for (const [who, place] of [
      [s.liaison, s.tree.townA],
      [s.leader, s.tree.district],
    ] as const) {
      const v = json<View>(await who.agent.get(rulesUrl(place.id)));
      expect(v.abilities).toEqual({ edit: false, close: false });
    }
  });

  it('answers 401, 404 in another region or for no such place, 403 to members and administrators, 400 on bad input', async () => {
    expect((await anonymous.get(rulesUrl(s.tree.townA.id))).statusCode).toBe(401);
    expect((await s.cppccB.agent.get(rulesUrl(s.tree.townA.id))).statusCode).toBe(404);
    expect((await s.cppcc.agent.get(rulesUrl(NO_SUCH))).statusCode).toBe(404);
    for (const who of [s.member, s.admin])
      expect((await who.agent.get(rulesUrl(s.tree.townA.id))).statusCode).toBe(403);
    expect((await s.member.agent.get('/api/duty/rules')).statusCode).toBe(403); // reads the ledger nowhere
    const bad = await s.cppcc.agent.get('/api/duty/rules?placeId=x&year=1999');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['placeId', 'year']);
  });
});

describe('PUT /api/duty/rules', () => {
  it('saves each time as a new version; places beneath inherit the latest', async () => {
    const first = await save(s.cppcc.agent, s.tree.district.id, withKind('opinion_given', { points: 1.5, cap: 6 }));
    expect(first.statusCode, first.body).toBe(200);
    expect(json<View>(first)).toMatchObject({ source: 'own', applied: { version: 1 }, versions: [{ version: 1 }] });
    const second = json<View>(
      await save(s.cppcc.agent, s.tree.district.id, withKind('opinion_given', { points: 2.5, cap: 6 })),
    );
    expect(second.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(second.versions[0]?.createdBy?.id).toBe(s.cppcc.id);
    expect(second.rules.kinds.opinion_given).toEqual({ points: 2.5, cap: 6 });
    const below = json<View>(await s.liaison.agent.get(rulesUrl(s.tree.townA.id)));
    expect(below).toMatchObject({
      source: 'inherited',
      applied: { version: 2, place: { id: s.tree.district.id } },
      versions: [],
    });
    expect(below.rules.kinds.opinion_given.points).toBe(2.5);
  });

  it('answers 401, 404, 403 to all but the office, 400 naming each field', async () => {
    expect((await save(anonymous, s.tree.townA.id)).statusCode).toBe(401);
    expect((await save(s.cppccB.agent, s.tree.townA.id)).statusCode).toBe(404);
    expect((await save(s.cppcc.agent, NO_SUCH)).statusCode).toBe(404);
    for (const who of [s.liaison, s.leader, s.member, s.admin])
      expect((await save(who.agent, s.tree.townA.id)).statusCode).toBe(403);
    const bad = await s.cppcc.agent.request('PUT', '/api/duty/rules', {
      placeId: 'x',
      year: 1999,
      rules: {
        kinds: { ...withKind('opinion_given', { points: 1.25, cap: -1 }).kinds, manual: undefined },
        grades: { excellent: 50, competent: 60, basically_competent: 70 },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual([
      'placeId',
      'rules.grades.competent',
      'rules.grades.excellent',
      'rules.kinds.manual',
      'rules.kinds.opinion_given.cap',
      'rules.kinds.opinion_given.points',
      'year',
    ]);
    expect(fieldsOf((await s.cppcc.agent.request('PUT', '/api/duty/rules', {})).body)).toEqual([
      'placeId',
      'rules',
      'year',
    ]);
  });
});

describe('POST /api/duty/closings', () => {
  it('answers 401, 404, 403 to all but the office, 400 for a year to come or bad input', async () => {
    const next = new Date().getFullYear() + 1;
    expect((await close(anonymous, s.tree.townA.id)).statusCode).toBe(401);
    expect((await close(s.cppccB.agent, s.tree.townA.id)).statusCode).toBe(404);
    expect((await close(s.cppcc.agent, NO_SUCH)).statusCode).toBe(404);
    for (const who of [s.liaison, s.leader, s.member])
      expect((await close(who.agent, s.tree.townA.id)).statusCode).toBe(403);
    const future = await close(s.cppcc.agent, s.tree.townB.id, next + 1);
    expect(future.statusCode).toBe(400);
    expect(fieldsOf(future.body)).toEqual(['year']);
    expect(fieldsOf((await s.cppcc.agent.post('/api/duty/closings', { placeId: 'x', year: '2024' })).body)).toEqual([
      'placeId',
      'year',
    ]);
  });

  it('closes a year with the rules that apply, saving the defaults first when there are none', async () => {
    const res = await close(s.cppccB.agent, s.tree.townB.id, YEAR - 1); // no rules that year, there or above
    expect(res.statusCode, res.body).toBe(201);
    expect(json<View>(res)).toMatchObject({
      source: 'own',
      applied: { version: 1, place: { id: s.tree.townB.id } },
      rules: DEFAULT_DUTY_RULES,
      closing: { place: { id: s.tree.townB.id }, closedBy: { id: s.cppccB.id } },
      abilities: { edit: false, close: false },
    });
  });

  it('closes with the rules kept above when the region has none of its own', async () => {
    const res = await close(s.cppccB.agent, s.tree.townB.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(json<View>(res)).toMatchObject({ source: 'inherited', applied: { place: { id: s.tree.district.id } } });
  });
});

describe('a closed year', () => {
  it('keeps every member’s points and grade: later records and later rules above change nothing', async () => {
    const { townA, villageA } = s.tree;
    const m = await insertMember(t.db, villageA);
    await insertReception(t.db, { memberId: m, placeId: villageA.id, startsAt: at(YEAR, 4, 1) });
    await insertContactLog(t.db, { memberId: m, placeId: villageA.id, happenedAt: at(YEAR, 4, 2) });
    await save(s.cppcc.agent, townA.id, withKind('reception_held', { points: 10, cap: null }));
    const before = json<Ledger>(await s.cppcc.agent.get(`/api/duty/members/${m}?year=${YEAR}`));
    expect(before.total).toBe(11); // 10 for the reception day, 1 for the contact

    expect((await close(s.cppcc.agent, townA.id)).statusCode).toBe(201);
    // a record that comes to light later, and new rules saved above
    await insertReception(t.db, { memberId: m, placeId: villageA.id, startsAt: at(YEAR, 5, 1) });
    expect(
      (await save(s.cppcc.agent, s.tree.district.id, withKind('reception_held', { points: 1, cap: null }))).statusCode,
    ).toBe(200);

    const after = json<Ledger>(await s.cppcc.agent.get(`/api/duty/members/${m}?year=${YEAR}`));
    expect(after).toMatchObject({
      total: 11,
      grade: before.grade,
      rules: before.rules,
      closing: { place: { id: townA.id } },
    });
    expect(after.entries.filter((e) => e.kind === 'reception_held')).toHaveLength(2); // the records, as they are
    const ranking = json<Ranking>(await s.cppcc.agent.get(`/api/duty/ranking?placeId=${townA.id}&year=${YEAR}`));
    expect(ranking.closing?.place.id).toBe(townA.id);
    expect(ranking.rules.version).toBe(before.rules.version);
    expect(ranking.rows.find((r) => r.member.id === m)).toMatchObject({ total: 11, isFrozen: true });
    // the district's view of the same member: the snapshot too
    const district = json<Ranking>(await s.cppcc.agent.get(`/api/duty/ranking?year=${YEAR}`));
    expect(district.rows.find((r) => r.member.id === m)).toMatchObject({ total: 11, isFrozen: true });
  });

  it('refuses new rules (409) there and beneath, and a second closing there or beneath', async () => {
    const { townA, villageA } = s.tree;
    for (const res of [
      await save(s.cppcc.agent, townA.id),
      await save(s.cppcc.agent, villageA.id),
      await close(s.cppcc.agent, townA.id),
      await close(s.cppcc.agent, villageA.id),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(codeOf(res.body)).toBe('duty_year_closed');
    }
    // the next year is open
    expect((await save(s.cppcc.agent, townA.id, DEFAULT_DUTY_RULES, YEAR + 1)).statusCode).toBe(200);
  });

  it('counts a member who joined after the closing live', async () => {
    const late = await insertMember(t.db, s.tree.townA);
    await insertContactLog(t.db, { memberId: late, placeId: s.tree.townA.id, happenedAt: at(YEAR, 6, 1) });
    const l = json<Ledger>(await s.cppcc.agent.get(`/api/duty/members/${late}?year=${YEAR}`));
    expect(l).toMatchObject({ total: 1, closing: null });
    expect(l.abilities).toEqual({ ask: false, review: false }); // the year is closed for entries
  });
});
