import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { DutyHome } from '../../../shared/api/duty';
import { shanghaiDate, shanghaiHour } from '../../platform/calendar';
import { memberContacts, memberPlaces, trainingInvitees, whistleCalls } from '../../platform/db/schema';
import { buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  type DutyScene,
  dutyScene,
  insertConsultation,
  insertContact,
  insertContactLog,
  insertManualEntry,
  insertParticipant,
  insertReception,
  insertTraining,
  insertWhistle,
  insertWhistleResponse,
} from './testing';

type Home = Wire<typeof DutyHome>;
const DAY = 86_400_000;

let t: TestApp;
let s: DutyScene;
let anonymous: Agent;
const ids: Record<string, string> = {};
const startOfToday = shanghaiHour(shanghaiDate(new Date()), 0);
const day = (n: number, hour = 9) => new Date(startOfToday.getTime() + n * DAY + hour * 3_600_000);
const ago = (days: number) => new Date(Date.now() - days * DAY);

beforeAll(async () => {
  t = await startTestApp();
  s = await dutyScene(t);
  anonymous = new Agent(t.app);
  const me = s.member.id;
  const { townA, villageA, townB, district } = s.tree;
  // a village they 下沉 to in township B: its whistles concern them too
  const assigned = await buildPlace(t.db, { parent: townB, kind: 'village' });
  await t.db.insert(memberPlaces).values({ accountId: me, placeId: assigned.id, kind: 'assigned' });

  ids.today = await insertReception(t.db, {
    memberId: me,
    placeId: villageA.id,
    startsAt: new Date(startOfToday.getTime() + 60_000),
    status: 'scheduled',
  });
  ids.soon = await insertReception(t.db, { memberId: me, placeId: villageA.id, startsAt: day(3), status: 'scheduled' });
  await insertReception(t.db, { memberId: me, placeId: villageA.id, startsAt: day(10), status: 'scheduled' }); // after the week
  await insertReception(t.db, { memberId: me, placeId: villageA.id, startsAt: day(2), status: 'absent' }); // swapped away
  await insertReception(t.db, { memberId: s.memberB.id, placeId: villageA.id, startsAt: day(1), status: 'scheduled' }); // someone else's

  const inWeek = await insertConsultation(t.db, { placeId: townA.id, startsAt: day(2, 14), status: 'scheduled' });
  const later = await insertConsultation(t.db, { placeId: townA.id, startsAt: day(20), status: 'scheduled' });
  const over = await insertConsultation(t.db, { placeId: townA.id, startsAt: day(-5) });
  const notMine = await insertConsultation(t.db, { placeId: townA.id, startsAt: day(1), status: 'scheduled' });
  for (const c of [inWeek, later, over]) await insertParticipant(t.db, { consultationId: c.id, accountId: me });
  await insertParticipant(t.db, { consultationId: notMine.id, accountId: s.memberB.id });
  ids.inWeek = inWeek.id;
  ids.later = later.id;

  ids.training = await insertTraining(t.db, { placeId: district.id, startsAt: day(4) });
  await insertTraining(t.db, { placeId: district.id, startsAt: day(5), archived: true });
  await insertTraining(t.db, { placeId: s.tree.villageB.id, startsAt: day(4) }); // not where they serve
  ids.invitedTraining = await insertTraining(t.db, { placeId: s.tree.villageB.id, startsAt: day(5) });
  await t.db.insert(trainingInvitees).values({ trainingId: ids.invitedTraining, accountId: me }); // but invited

  ids.whistle = (await insertWhistle(t.db, { placeId: villageA.id, raisedById: s.liaison.id, dueAt: day(6) })).id;
  ids.assignedWhistle = (
    await insertWhistle(t.db, { placeId: assigned.id, raisedById: s.liaisonB.id, dueAt: day(2) })
  ).id;
  await insertWhistle(t.db, { placeId: s.tree.villageB.id, raisedById: s.liaisonB.id }); // elsewhere
  ids.calledWhistle = (
    await insertWhistle(t.db, { placeId: s.tree.villageB.id, raisedById: s.liaisonB.id, dueAt: day(4) })
  ).id;
  await t.db.insert(whistleCalls).values({ whistleId: ids.calledWhistle, accountId: me }); // elsewhere, but called
  await insertWhistle(t.db, { placeId: villageA.id, raisedById: s.liaison.id, status: 'closed' });
  const answered = await insertWhistle(t.db, { placeId: villageA.id, raisedById: s.liaison.id });
  await insertWhistleResponse(t.db, { whistleId: answered.id, responderId: me, answeredAt: ago(1) });

  ids.never = await insertContact(t.db, { memberId: me, placeId: villageA.id, name: '张家', createdAt: ago(100) });
  const fresh = await insertContact(t.db, { memberId: me, placeId: villageA.id, name: '李家', createdAt: ago(200) });
  await insertContactLog(t.db, { memberId: me, placeId: villageA.id, contactId: fresh, happenedAt: ago(10) });
  ids.monthly = await insertContact(t.db, {
    memberId: me,
    placeId: villageA.id,
    name: '王家',
    visitEveryDays: 30,
    createdAt: ago(200),
  });
  await insertContactLog(t.db, { memberId: me, placeId: villageA.id, contactId: ids.monthly, happenedAt: ago(50) }); // due 20 days ago
  const archived = await insertContact(t.db, {
    memberId: me,
    placeId: villageA.id,
    name: '搬走了',
    createdAt: ago(300),
  });
  await t.db.update(memberContacts).set({ archivedAt: new Date() }).where(eq(memberContacts.id, archived));

  await insertManualEntry(t.db, {
    memberId: me,
    happenedAt: ago(2),
    year: Number(shanghaiDate(ago(2)).slice(0, 4)),
    status: 'pending',
  });
});

describe('GET /api/duty/home', () => {
  it('gives the member the week ahead, invitations, whistles to answer, contacts due and their score', async () => {
    const res = await s.member.agent.get('/api/duty/home');
    expect(res.statusCode, res.body).toBe(200);
    const h = json<Home>(res);
    expect(h).toMatchObject({
      member: { id: s.member.id, place: { id: s.tree.townA.id } },
      today: shanghaiDate(new Date()),
      year: Number(shanghaiDate(new Date()).slice(0, 4)),
      pendingEntries: 1,
    });
    expect(h.week.map((i) => [i.kind, i.id, i.isToday])).toEqual([
      ['reception', ids.today, true],
      ['consultation', ids.inWeek, false],
      ['reception', ids.soon, false],
      ['training', ids.training, false],
      ['training', ids.invitedTraining, false],
    ]);
    expect(h.week[0]?.path).toBe(`/receptions/${ids.today}`);
    expect(h.invitations.map((c) => c.id)).toEqual([ids.inWeek, ids.later]);
    expect(h.invitations[0]?.path).toBe(`/consultations/${ids.inWeek}`);
    expect(h.whistles.map((w) => w.id)).toEqual([ids.assignedWhistle, ids.calledWhistle, ids.whistle]);
    expect(h.whistles[0]?.path).toBe(`/whistles/${ids.assignedWhistle}`);
    expect(h.dueContacts.map((c) => [c.id, c.lastContactAt === null])).toEqual([
      [ids.monthly, false],
      [ids.never, true],
    ]);
    expect(h.dueContacts[1]?.path).toBe(`/contacts/${ids.never}`);
    // this year's score so far is the ledger's: contacts, the whistle answered, the absences
    const ledger = json<{ total: number; grade: string }>(await s.member.agent.get(`/api/duty/members/${s.member.id}`));
    expect(h.score).toEqual({ total: ledger.total, grade: ledger.grade, isFrozen: false });
  });

  it('answers 401, and 403 to those who are not members', async () => {
    expect((await anonymous.get('/api/duty/home')).statusCode).toBe(401);
    for (const who of [s.cppcc, s.liaison, s.leader, s.admin])
      expect((await who.agent.get('/api/duty/home')).statusCode).toBe(403);
  });

  it('is empty for a member with nothing on', async () => {
    const tree = await buildTree(t.db);
    const idle = await buildAccount(t.app, t.db, { role: 'member', place: tree.townA });
    const h = json<Home>(await idle.agent.get('/api/duty/home'));
    expect(h).toMatchObject({ week: [], whistles: [], dueContacts: [], invitations: [], pendingEntries: 0 });
    expect(h.score).toEqual({ total: 0, grade: 'incompetent', isFrozen: false });
  });
});
