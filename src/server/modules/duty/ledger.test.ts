import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { DutyLedger as DutyLedgerSchema } from '../../../shared/api/duty';
import type { DutyKind } from '../../../shared/enums';
import { buildTree } from '../../testing/factories';
import { json, startTestApp, type TestApp } from '../../testing/harness';
import { ledgerRows } from './ledger-sql';
import {
  at,
  type DutyScene,
  dutyScene,
  insertConsultation,
  insertContact,
  insertContactLog,
  insertManualEntry,
  insertMember,
  insertParticipant,
  insertReception,
  insertSubmission,
  insertTopic,
  insertTraining,
  insertWhistle,
  insertWhistleResponse,
  insertWriting,
} from './testing';

type Ledger = Wire<typeof DutyLedgerSchema>;
const YEAR = 2025;

let t: TestApp;
let s: DutyScene;
let member: string;
const expected = new Map<DutyKind, { type: string; id: string; path: string }[]>();
const expect1 = (kind: DutyKind, type: string, id: string, path: string) =>
  expected.set(kind, [...(expected.get(kind) ?? []), { type, id, path }]);

beforeAll(async () => {
  t = await startTestApp();
  s = await dutyScene(t);
  const { townA, villageA } = s.tree;
  member = await insertMember(t.db, villageA, { name: '台账委员' });
  const d = (m: number, day: number) => at(YEAR, m, day);

  // 协商: attended with two opinions; attended a cancelled one (nothing); missed a concluded one
  const held = await insertConsultation(t.db, { placeId: villageA.id, startsAt: d(3, 10) });
  await insertParticipant(t.db, { consultationId: held.id, accountId: member, attendedAt: d(3, 10), opinions: 2 });
  expect1('consultation_attended', 'consultation', held.id, `/consultations/${held.id}`);
  expect1('opinion_given', 'consultation', held.id, `/consultations/${held.id}`);
  expect1('opinion_given', 'consultation', held.id, `/consultations/${held.id}`);
  const cancelled = await insertConsultation(t.db, { placeId: villageA.id, startsAt: d(4, 1), status: 'cancelled' });
  await insertParticipant(t.db, { consultationId: cancelled.id, accountId: member, attendedAt: d(4, 1), opinions: 1 });
  const missed = await insertConsultation(t.db, { placeId: townA.id, startsAt: d(5, 8) });
  await insertParticipant(t.db, { consultationId: missed.id, accountId: member });
  expect1('consultation_absent', 'consultation', missed.id, `/consultations/${missed.id}`);
  const coming = await insertConsultation(t.db, { placeId: townA.id, startsAt: d(12, 20), status: 'scheduled' });
  await insertParticipant(t.db, { consultationId: coming.id, accountId: member }); // not over: no deduction
  // a walk-in who signed in without an invitation and left nothing
  const walkedIn = await insertConsultation(t.db, { placeId: townA.id, startsAt: d(6, 2) });
  await insertParticipant(t.db, {
    consultationId: walkedIn.id,
    accountId: member,
    attendedAt: d(6, 2),
    isInvited: false,
  });
  expect1('consultation_attended', 'consultation', walkedIn.id, `/consultations/${walkedIn.id}`);

  // 委员荐题: recommended and kept; withdrawn (nothing); the leader's (nothing)
  const topic = await insertTopic(t.db, { placeId: villageA.id, proposedById: member, createdAt: d(2, 3) });
  expect1('topic_recommended', 'topic', topic.id, `/topics/${topic.id}`);
  await insertTopic(t.db, { placeId: villageA.id, proposedById: member, status: 'withdrawn', createdAt: d(2, 4) });
  await insertTopic(t.db, { placeId: villageA.id, proposedById: member, source: 'leader', createdAt: d(2, 5) });

  // submissions taken down on a reception day and on patrol; a QR one they typed in counts nothing
  for (const channel of ['reception_day', 'grid_patrol'] as const) {
    const sub = await insertSubmission(t.db, {
      placeId: villageA.id,
      createdById: member,
      channel,
      createdAt: d(6, 9),
    });
    expect1('submission_entered', 'submission', sub.id, `/submissions/${sub.id}`);
  }
  await insertSubmission(t.db, { placeId: villageA.id, createdById: member, channel: 'qr', createdAt: d(6, 9) });

  // contacts: a visit to a fixed contact opens the contact; a call with no fixed contact opens the list
  const contact = await insertContact(t.db, { memberId: member, placeId: villageA.id });
  const visit = await insertContactLog(t.db, {
    memberId: member,
    placeId: villageA.id,
    contactId: contact,
    happenedAt: d(7, 1),
  });
  expect1('contact_logged', 'contact_log', visit, `/contacts/${contact}`);
  const call = await insertContactLog(t.db, { memberId: member, placeId: villageA.id, happenedAt: d(7, 2) });
  expect1('contact_logged', 'contact_log', call, '/contacts');

  // reception days: held, missed, and one still on the rota (nothing)
  const heldDay = await insertReception(t.db, { memberId: member, placeId: villageA.id, startsAt: d(8, 1) });
  expect1('reception_held', 'reception', heldDay, `/receptions/${heldDay}`);
  const missedDay = await insertReception(t.db, {
    memberId: member,
    placeId: villageA.id,
    startsAt: d(8, 8),
    status: 'absent',
  });
  expect1('reception_absent', 'reception', missedDay, `/receptions/${missedDay}`);
  await insertReception(t.db, { memberId: member, placeId: villageA.id, startsAt: d(12, 30), status: 'scheduled' });

  // 吹哨报到: answered; answered but withdrawn by the caller (nothing)
  const whistle = await insertWhistle(t.db, { placeId: villageA.id, raisedById: s.liaison.id, status: 'closed' });
  await insertWhistleResponse(t.db, { whistleId: whistle.id, responderId: member, answeredAt: d(9, 1) });
  expect1('whistle_answered', 'whistle', whistle.id, `/whistles/${whistle.id}`);
  const withdrawn = await insertWhistle(t.db, { placeId: villageA.id, raisedById: s.liaison.id, status: 'withdrawn' });
  await insertWhistleResponse(t.db, { whistleId: withdrawn.id, responderId: member, answeredAt: d(9, 2) });

  // writings: a 社情民意 submitted and adopted (two lines), a proposal submitted, a draft (nothing)
  const po = await insertWriting(t.db, {
    authorId: member,
    placeId: villageA.id,
    status: 'adopted',
    submittedAt: d(10, 1),
    adoptedAt: d(10, 20),
  });
  expect1('public_opinion_written', 'writing', po.id, `/writings/${po.id}`);
  expect1('public_opinion_adopted', 'writing', po.id, `/writings/${po.id}`);
  const proposal = await insertWriting(t.db, {
    authorId: member,
    placeId: villageA.id,
    kind: 'proposal',
    submittedAt: d(10, 2),
  });
  expect1('proposal_written', 'writing', proposal.id, `/writings/${proposal.id}`);
  await insertWriting(t.db, { authorId: member, placeId: villageA.id, status: 'draft' });

  // training: attended 2.5 h; an archived one (nothing)
  const training = await insertTraining(t.db, {
    placeId: s.tree.district.id,
    startsAt: d(11, 5),
    hours: 2.5,
    attendees: [member],
  });
  expect1('training_attended', 'training', training, `/trainings/${training}`);
  await insertTraining(t.db, { placeId: s.tree.district.id, startsAt: d(11, 6), attendees: [member], archived: true });

  // manual entries: approved counts; pending and rejected do not
  const approved = await insertManualEntry(t.db, { memberId: member, happenedAt: d(11, 20), year: YEAR, points: 4 });
  expect1('manual', 'duty_entry', approved, `/duty/entries/${approved}`);
  await insertManualEntry(t.db, { memberId: member, happenedAt: d(11, 21), year: YEAR, status: 'pending' });
  await insertManualEntry(t.db, { memberId: member, happenedAt: d(11, 22), year: YEAR, status: 'rejected' });

  // the edges of the year, Beijing time: 23:00 on 31 December before, 00:00 on 1 January after
  await insertContactLog(t.db, { memberId: member, placeId: villageA.id, happenedAt: at(YEAR - 1, 12, 31, 23) });
  const first = await insertContactLog(t.db, { memberId: member, placeId: villageA.id, happenedAt: at(YEAR, 1, 1, 0) });
  expect1('contact_logged', 'contact_log', first, '/contacts');
  await insertContactLog(t.db, { memberId: member, placeId: villageA.id, happenedAt: at(YEAR + 1, 1, 1, 0) });
});

describe('the ledger read from the records', () => {
  it('has a line for each record of each kind, opening that record; nothing else', async () => {
    const res = await s.cppcc.agent.get(`/api/duty/members/${member}?year=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const l = json<Ledger>(res);
    const got = new Map<string, { type: string; id: string; path: string }[]>();
    for (const e of l.entries)
      got.set(e.kind, [...(got.get(e.kind) ?? []), { type: e.record.type, id: e.record.id, path: e.record.path }]);
    const sorted = (m: Map<string, { id: string }[]>) =>
      Object.fromEntries([...m].map(([k, v]) => [k, [...v].sort((a, b) => a.id.localeCompare(b.id))]));
    expect(sorted(got)).toEqual(sorted(expected));
    expect(l.entries.every((e) => e.record.label.length > 0)).toBe(true);
  });

  it('scores each line by the default rules, capped per kind, and grades the total', async () => {
    const l = json<Ledger>(await s.cppcc.agent.get(`/api/duty/members/${member}?year=${YEAR}`));
    const pointsOf = (kind: DutyKind) => l.entries.filter((e) => e.kind === kind).map((e) => e.points);
    expect(pointsOf('consultation_attended')).toEqual([5, 5]);
    expect(pointsOf('consultation_absent')).toEqual([-5]);
    expect(pointsOf('reception_absent')).toEqual([-4]);
    expect(pointsOf('training_attended')).toEqual([2.5]);
    expect(l.entries.find((e) => e.kind === 'training_attended')?.hours).toBe(2.5);
    expect(pointsOf('manual')).toEqual([4]);
    // 10 + 4 − 5 + 3 + 2 + 3 + 4 − 4 + 5 + 3 + 5 + 5 + 2.5 + 4, below 45
    expect(l.total).toBe(41.5);
    expect(l.grade).toBe('incompetent');
    expect(l.kinds.find((k) => k.kind === 'opinion_given')).toMatchObject({ count: 2, points: 4, isCapped: false });
    expect(l.rules).toEqual({ id: null, place: null, version: null });
    expect(l.closing).toBeNull();
  });

  it('reads a whole region’s members in one statement, each line under its member', async () => {
    const tree = await buildTree(t.db);
    const [a, b, idle] = await Promise.all([
      insertMember(t.db, tree.townA),
      insertMember(t.db, tree.villageB),
      insertMember(t.db, tree.townB),
    ]);
    await insertContactLog(t.db, { memberId: a, placeId: tree.townA.id, happenedAt: at(YEAR, 3, 1) });
    await insertContactLog(t.db, { memberId: b, placeId: tree.villageB.id, happenedAt: at(YEAR, 3, 2) });
    await insertReception(t.db, { memberId: b, placeId: tree.villageB.id, startsAt: at(YEAR, 3, 3) });
    const rows = await ledgerRows(t.db, [a, b, idle], YEAR);
    expect(rows.map((r) => [r.memberId === a ? 'a' : 'b', r.kind])).toEqual([
      ['a', 'contact_logged'],
      ['b', 'contact_logged'],
      ['b', 'reception_held'],
    ]);
    expect(await ledgerRows(t.db, [], YEAR)).toEqual([]);
  });
});
