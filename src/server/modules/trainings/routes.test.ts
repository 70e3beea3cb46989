import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { InvitableMembers } from '../../../shared/api/trainings';
import { notifications, trainingInvitees, trainings } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  create,
  created,
  fieldsOf,
  hoursFromNow,
  NO_SUCH,
  noticesOf,
  sessionBody,
  type TrainingDetail,
  type TrainingList,
  type TrainingScene,
  tick,
  trainingScene,
} from './testing';

let t: TestApp;
let s: TrainingScene;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const url = (id: string, rest = '') => `/api/trainings/${id}${rest}`;
const kindsOf = async (accountId: string, id: string) => (await noticesOf(t, accountId, id)).map((n) => n.kind);

beforeAll(async () => {
  t = await startTestApp();
  s = await trainingScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/trainings', () => {
  it('creates a session with its QR code and tells every member of the place’s reach, and those chosen', async () => {
    const d = await created(s, { memberIds: [s.memberD.id] });
    expect(d).toMatchObject({
      kind: 'course',
      title: '委员履职能力专题培训',
      place: { id: s.tree.townA.id },
      hours: 1.5,
      state: 'open',
      invitedCount: 4,
      attendedCount: 0,
      createdBy: { id: s.cppcc.id },
      signInUrl: expect.stringMatching(/^http:\/\/localhost:3000\/trainings\/check-in\/[\w-]{24}$/),
      me: null,
      abilities: { manage: true, tick: true, cancel: true, checkIn: false },
    });
    expect(d.attendees.map((a) => a.member.id).sort()).toEqual(
      [s.memberA1.id, s.memberA2.id, s.memberV.id, s.memberD.id].sort(),
    );
    expect(d.attendees.every((a) => a.isInvited && a.attendedAt === null)).toBe(true);
    const [n] = await noticesOf(t, s.memberV.id, d.id);
    expect(n).toMatchObject({ kind: 'training_scheduled', params: { title: d.title, startsAt: d.startsAt } });
    for (const who of [s.memberB, s.cppcc, s.liaisonA]) expect(await noticesOf(t, who.id, d.id)).toEqual([]);
    const invitees = await t.db.select().from(trainingInvitees).where(eq(trainingInvitees.trainingId, d.id));
    expect(invitees.map((i) => i.accountId).sort()).toEqual(d.attendees.map((a) => a.member.id).sort());
  });

  it('keeps who was invited apart from their notices: one invited from elsewhere whose notice is gone still sees it', async () => {
    const d = await created(s, { inviteAll: false, memberIds: [s.memberD.id] });
    await t.db
      .delete(notifications)
      .where(and(eq(notifications.accountId, s.memberD.id), eq(notifications.entityId, d.id)));
    const theirs = json<TrainingDetail>(await s.memberD.agent.get(url(d.id)));
    expect(theirs).toMatchObject({ invitedCount: 1, me: { isInvited: true }, abilities: { checkIn: true } });
  });

  it('lets a township liaison create one and invite only those chosen', async () => {
    const d = await created(s, { inviteAll: false, memberIds: [s.memberA2.id], kind: 'meeting' }, s.liaisonA.agent);
    expect(d.kind).toBe('meeting');
    expect(d.attendees.map((a) => a.member.id)).toEqual([s.memberA2.id]);
  });

  it('answers 401, 404 for a place of another region, 403 to those who do not keep sessions', async () => {
    expect((await create(anonymous, sessionBody(s))).statusCode).toBe(401);
    expect((await create(s.liaisonB.agent, sessionBody(s))).statusCode).toBe(404);
    expect((await create(s.cppcc.agent, sessionBody(s, { placeId: NO_SUCH }))).statusCode).toBe(404);
    for (const who of [s.leader, s.memberA1, s.department])
      expect((await create(who.agent, sessionBody(s))).statusCode, who.id).toBe(403);
  });

  it('answers 400 naming each field the schema refuses', async () => {
    const res = await create(s.cppcc.agent, {
      placeId: 'x',
      kind: 'lecture' as never,
      title: ' ',
      description: '很'.repeat(5001),
      venue: '',
      startsAt: 'soon',
      endsAt: 'later',
      hours: 1.25,
      inviteAll: 'yes' as never,
      memberIds: ['x'],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual([
      'description',
      'endsAt',
      'hours',
      'inviteAll',
      'kind',
      'memberIds.0',
      'placeId',
      'startsAt',
      'title',
      'venue',
    ]);
    for (const hours of [0, 0.4, 101, '2'])
      expect(fieldsOf((await create(s.cppcc.agent, sessionBody(s, { hours: hours as number }))).body)).toEqual([
        'hours',
      ]);
  });

  it('answers 400 on what the rules refuse, and writes nothing', async () => {
    const before = await t.db.$count(trainings);
    const backwards = await create(s.cppcc.agent, sessionBody(s, { endsAt: hoursFromNow(-2) }));
    expect(backwards.statusCode).toBe(400);
    expect(codeOf(backwards.body)).toBe('training_ends_before_start');
    // township B's member is beyond township A's liaison
    const far = await create(s.liaisonA.agent, sessionBody(s, { memberIds: [s.memberB.id] }));
    expect(fieldsOf(far.body)).toEqual(['memberIds']);
    const notMember = await create(s.cppcc.agent, sessionBody(s, { memberIds: [s.leader.id] }));
    expect(fieldsOf(notMember.body)).toEqual(['memberIds']);
    expect(await t.db.$count(trainings)).toBe(before);
  });
});

describe('GET /api/trainings/:id', () => {
  it('shows staff the whole list and the QR code; a member their own line and no QR code', async () => {
    const d = await created(s);
    await tick(s.cppcc.agent, d.id, s.memberA1.id, true);
    const leader = json<TrainingDetail>(await s.leader.agent.get(url(d.id)));
    expect(leader.attendees).toHaveLength(3);
    expect(leader.signInUrl).toBeNull();
    const mine = json<TrainingDetail>(await s.memberA2.agent.get(url(d.id)));
    expect(mine.attendees.map((a) => a.member.id)).toEqual([s.memberA2.id]);
    expect(mine).toMatchObject({ signInUrl: null, me: { isInvited: true, attendedAt: null } });
    expect(mine.abilities).toEqual({ manage: false, tick: false, cancel: false, checkIn: true });
    const ticked = json<TrainingDetail>(await s.memberA1.agent.get(url(d.id)));
    expect(ticked.attendees).toMatchObject([{ member: { id: s.memberA1.id }, method: 'ticked' }]);
    expect(ticked.abilities.checkIn).toBe(false);
  });

  it('answers 401, 404 to another region and those it is not for, 400 on a bad id', async () => {
    const d = await created(s);
    expect((await anonymous.get(url(d.id))).statusCode).toBe(401);
    for (const who of [s.liaisonB, s.memberB, s.department, s.admin])
      expect((await who.agent.get(url(d.id))).statusCode, who.id).toBe(404);
    expect((await s.cppcc.agent.get(url(NO_SUCH))).statusCode).toBe(404);
    expect((await s.cppcc.agent.get(url('x'))).statusCode).toBe(400);
  });
});

describe('PATCH /api/trainings/:id', () => {
  it('changes the session; the audit log has it', async () => {
    const d = await created(s);
    const res = await s.liaisonA.agent.patch(url(d.id), {
      title: '  以会代训：协商议事规则  ',
      hours: 2,
      kind: 'meeting',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<TrainingDetail>(res)).toMatchObject({ title: '以会代训：协商议事规则', hours: 2, kind: 'meeting' });
    const log = json<Wire<typeof AuditListResponse>>(
      await s.admin.agent.get(`/api/audit?entityId=${d.id}&pageSize=50`),
    );
    expect(log.items.map((i) => i.action).sort()).toEqual(['training.create', 'training.update']);
  });

  it('tells the invitees, with the new time, when the time, venue or title changes; not for the rest', async () => {
    const d = await created(s, { startsAt: hoursFromNow(48), endsAt: hoursFromNow(50), memberIds: [s.memberD.id] });
    const invitees = [s.memberA1, s.memberA2, s.memberV, s.memberD];
    const quiet = await s.liaisonA.agent.patch(url(d.id), { hours: 2, description: '学习章程', kind: 'meeting' });
    expect(quiet.statusCode, quiet.body).toBe(200);
    for (const who of invitees) expect(await kindsOf(who.id, d.id)).toEqual(['training_scheduled']);
    const startsAt = hoursFromNow(72);
    const moved = await s.liaisonA.agent.patch(url(d.id), { startsAt, endsAt: hoursFromNow(74) });
    expect(moved.statusCode, moved.body).toBe(200);
    for (const who of invitees) {
      const [, n] = await noticesOf(t, who.id, d.id);
      expect(n).toMatchObject({
        kind: 'training_changed',
        params: { title: d.title, actor: `liaison ${s.liaisonA.username}`, startsAt },
      });
    }
    await s.cppcc.agent.patch(url(d.id), { venue: '区政协二楼会议室' });
    await s.cppcc.agent.patch(url(d.id), { title: '委员履职能力专题培训（第二期）' });
    const [last] = (await noticesOf(t, s.memberV.id, d.id)).slice(-1);
    expect(last?.params).toMatchObject({ title: '委员履职能力专题培训（第二期）', startsAt });
    expect(await kindsOf(s.memberV.id, d.id)).toEqual([
      'training_scheduled',
      'training_changed',
      'training_changed',
      'training_changed',
    ]);
    for (const who of [s.memberB, s.cppcc, s.liaisonA]) expect(await noticesOf(t, who.id, d.id)).toEqual([]);
  });

  it('answers 401, 404, 403, 400 by field and for times backwards, 409 once cancelled', async () => {
    const d = await created(s, { startsAt: hoursFromNow(48), endsAt: hoursFromNow(50) });
    expect((await anonymous.patch(url(d.id), { title: '新' })).statusCode).toBe(401);
    expect((await s.liaisonB.agent.patch(url(d.id), { title: '新' })).statusCode).toBe(404);
    for (const who of [s.leader, s.memberA1])
      expect((await who.agent.patch(url(d.id), { title: '新' })).statusCode).toBe(403);
    expect(fieldsOf((await s.cppcc.agent.patch(url(d.id), { title: '', hours: -1, startsAt: 'x' })).body)).toEqual([
      'hours',
      'startsAt',
      'title',
    ]);
    const backwards = await s.cppcc.agent.patch(url(d.id), { endsAt: hoursFromNow(47) });
    expect(backwards.statusCode).toBe(400);
    expect(codeOf(backwards.body)).toBe('training_ends_before_start');
    expect((await s.cppcc.agent.post(url(d.id, '/cancel'))).statusCode).toBe(200);
    const late = await s.cppcc.agent.patch(url(d.id), { title: '新' });
    expect(late.statusCode).toBe(409);
    expect(codeOf(late.body)).toBe('training_cancelled');
  });
});

describe('POST /api/trainings/:id/cancel', () => {
  it('cancels a session nobody attended; it reads cancelled, and the invitees are told when it was to be', async () => {
    const d = await created(s, { startsAt: hoursFromNow(48), endsAt: hoursFromNow(50), memberIds: [s.memberD.id] });
    const res = await s.cppcc.agent.post(url(d.id, '/cancel'));
    expect(res.statusCode, res.body).toBe(200);
    expect(json<TrainingDetail>(res)).toMatchObject({
      state: 'cancelled',
      abilities: { manage: false, tick: false, cancel: false, checkIn: false },
    });
    for (const who of [s.memberA1, s.memberA2, s.memberV, s.memberD]) {
      const [, n] = await noticesOf(t, who.id, d.id);
      expect(n).toMatchObject({
        kind: 'training_cancelled',
        params: { title: d.title, actor: `cppcc ${s.cppcc.username}`, startsAt: d.startsAt },
      });
    }
    for (const who of [s.memberB, s.cppcc, s.liaisonA]) expect(await noticesOf(t, who.id, d.id)).toEqual([]);
  });

  it('answers 401, 404, 403, 409 once attended or cancelled', async () => {
    const d = await created(s);
    expect((await anonymous.post(url(d.id, '/cancel'))).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url(d.id, '/cancel'))).statusCode).toBe(404);
    expect((await s.memberA1.agent.post(url(d.id, '/cancel'))).statusCode).toBe(403);
    await tick(s.cppcc.agent, d.id, s.memberA1.id, true);
    const attended = await s.cppcc.agent.post(url(d.id, '/cancel'));
    expect(attended.statusCode).toBe(409);
    expect(codeOf(attended.body)).toBe('training_has_attendance');
    const e = await created(s);
    await s.cppcc.agent.post(url(e.id, '/cancel'));
    expect(codeOf((await s.cppcc.agent.post(url(e.id, '/cancel'))).body)).toBe('training_cancelled');
  });
});

describe('POST /api/trainings/:id/invitations', () => {
  it('invites more members, each told once', async () => {
    const d = await created(s, { inviteAll: false, memberIds: [s.memberA1.id] });
    const res = await s.cppcc.agent.post(url(d.id, '/invitations'), { memberIds: [s.memberA1.id, s.memberD.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<TrainingDetail>(res).invitedCount).toBe(2);
    expect(await noticesOf(t, s.memberA1.id, d.id)).toHaveLength(1);
    const all = json<TrainingDetail>(await s.cppcc.agent.post(url(d.id, '/invitations'), { inviteAll: true }));
    expect(all.invitedCount).toBe(4);
  });

  it('answers 401, 404, 403, 400 (none chosen, one beyond reach, by field), 409 once cancelled', async () => {
    const d = await created(s, { inviteAll: false });
    const body = { memberIds: [s.memberA1.id] };
    expect((await anonymous.post(url(d.id, '/invitations'), body)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post(url(d.id, '/invitations'), body)).statusCode).toBe(404);
    expect((await s.leader.agent.post(url(d.id, '/invitations'), body)).statusCode).toBe(403);
    expect(fieldsOf((await s.cppcc.agent.post(url(d.id, '/invitations'), {})).body)).toEqual(['memberIds']);
    expect(
      fieldsOf((await s.liaisonA.agent.post(url(d.id, '/invitations'), { memberIds: [s.memberB.id] })).body),
    ).toEqual(['memberIds']);
    expect(fieldsOf((await s.cppcc.agent.post(url(d.id, '/invitations'), { memberIds: 'x' })).body)).toEqual([
      'memberIds',
    ]);
    await s.cppcc.agent.post(url(d.id, '/cancel'));
    expect((await s.cppcc.agent.post(url(d.id, '/invitations'), body)).statusCode).toBe(409);
  });
});

describe('GET /api/trainings/invitable', () => {
  const invitable = (by: Agent, q: string) => by.get(`/api/trainings/invitable?${q}`);

  it('lists the members within the viewer’s reach, by name', async () => {
    const res = await invitable(s.liaisonA.agent, `placeId=${s.tree.townA.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = json<Wire<typeof InvitableMembers>>(res).items.map((m) => m.id);
    expect(ids.sort()).toEqual([s.memberA1.id, s.memberA2.id, s.memberV.id].sort());
    const named = json<Wire<typeof InvitableMembers>>(
      await invitable(s.cppcc.agent, `placeId=${s.tree.townA.id}&q=${s.memberB.username}`),
    );
    expect(named.items.map((m) => m.id)).toEqual([s.memberB.id]);
  });

  it('answers 401, 404, 403, 400', async () => {
    const q = `placeId=${s.tree.townA.id}`;
    expect((await invitable(anonymous, q)).statusCode).toBe(401);
    expect((await invitable(s.liaisonB.agent, q)).statusCode).toBe(404);
    expect((await invitable(s.memberA1.agent, q)).statusCode).toBe(403);
    expect(fieldsOf((await invitable(s.cppcc.agent, 'placeId=x')).body)).toEqual(['placeId']);
  });
});

describe('GET /api/trainings', () => {
  it('lists what the viewer sees, latest first, filtered', async () => {
    const scene = await trainingScene(t);
    const a = await created(scene, { title: '提案撰写培训' });
    const b = await created(scene, { title: '以会代训：月度例会', kind: 'meeting', placeId: scene.tree.villageA.id });
    const res = await scene.leader.agent.get(`/api/trainings?placeId=${scene.tree.townA.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const list = json<TrainingList>(res);
    expect(list.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    const meetings = json<TrainingList>(
      await scene.leader.agent.get(`/api/trainings?placeId=${scene.tree.townA.id}&kind=meeting`),
    );
    expect(meetings.items.map((i) => i.id)).toEqual([b.id]);
    const year = new Date(a.startsAt).getUTCFullYear();
    const byWord = json<TrainingList>(
      await scene.cppcc.agent.get(`/api/trainings?q=${encodeURIComponent('提案撰写')}&year=${year}`),
    );
    expect(byWord.items.map((i) => i.id)).toEqual([a.id]);
    const memberV = json<TrainingList>(await scene.memberV.agent.get('/api/trainings'));
    expect(memberV.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    const memberA = json<TrainingList>(await scene.memberA1.agent.get('/api/trainings'));
    expect(memberA.items.map((i) => i.id)).toEqual([a.id]); // the village's session is beneath them
    const other = json<TrainingList>(await scene.memberB.agent.get('/api/trainings'));
    expect(other.items.map((i) => i.id)).not.toContain(a.id);
  });

  it('answers 401, 400 by field, 404 for a place of another region', async () => {
    expect((await anonymous.get('/api/trainings')).statusCode).toBe(401);
    const bad = await s.cppcc.agent.get('/api/trainings?kind=lecture&year=1999&page=0');
    expect(fieldsOf(bad.body)).toEqual(['kind', 'page', 'year']);
    expect((await s.liaisonB.agent.get(`/api/trainings?placeId=${s.tree.townA.id}`)).statusCode).toBe(404);
  });
});
