import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/consultations';
import type { NotificationList } from '../../../shared/api/notifications';
import { auditEvents, participants, topics } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation, makeTopic, scheduleConsultation, withCouncil } from './testing';

type Detail = Wire<typeof Api.ConsultationDetail>;
type List = Wire<typeof Api.ConsultationList>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent; // township A
let member: Agent; // township A
let liaisonB: Agent; // township B: another region
const hours = (n: number) => new Date(Date.now() + n * 3600_000);
const topicStatus = async (id: string) =>
  (await t.db.select({ s: topics.status }).from(topics).where(eq(topics.id, id)))[0]?.s;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  await withCouncil(t.db, tree.villageA);
  await withCouncil(t.db, tree.townA);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
});

describe('scheduling', () => {
  it('answers 401 without a session', async () => {
    const anon = new Agent(t.app);
    expect((await anon.get('/api/consultations')).statusCode).toBe(401);
    expect((await anon.post('/api/consultations', {})).statusCode).toBe(401);
    expect((await anon.get('/api/my/invitations')).statusCode).toBe(401);
  });

  it('answers 400 with fields for bad input', async () => {
    const res = await liaison.post('/api/consultations', { topicId: 'x', form: 'party', startsAt: 'soon' });
    expect(res.statusCode).toBe(400);
    const paths = json<ErrorBody>(res).fields?.map((f) => f.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['topicId', 'placeId', 'title', 'form', 'startsAt']));
  });

  it('needs an online consultation to close after it opens', async () => {
    const topic = await makeTopic(t.db, tree.townA);
    const base = { topicId: topic.id, placeId: tree.villageA.id, form: 'online' as const };
    const missing = await liaison.post('/api/consultations', {
      ...base,
      title: '网络协商',
      startsAt: hours(1).toISOString(),
    });
    expect(missing.statusCode).toBe(400);
    expect(json<ErrorBody>(missing).code).toBe('consultation_online_needs_end');
    const backwards = await scheduleConsultation(liaison, { ...base, startsAt: hours(5), endsAt: hours(2) });
    expect(backwards.statusCode).toBe(400);
    expect(json<ErrorBody>(backwards).fields?.[0]?.path).toBe('endsAt');
    expect(await topicStatus(topic.id)).toBe('accepted'); // nothing half-written
  });

  it('answers 404 for another region’s topic, 403 to a member', async () => {
    const topic = await makeTopic(t.db, tree.townA);
    const other = await scheduleConsultation(liaisonB, { topicId: topic.id, placeId: tree.villageA.id });
    expect(other.statusCode).toBe(404);
    const byMember = await scheduleConsultation(member, { topicId: topic.id, placeId: tree.villageA.id });
    expect(byMember.statusCode).toBe(403);
  });

  it('needs a council place at the topic’s place or beneath it', async () => {
    const topic = await makeTopic(t.db, tree.villageA);
    const noCouncil = await scheduleConsultation(liaison, { topicId: topic.id, placeId: tree.gridA.id });
    expect(noCouncil.statusCode).toBe(400);
    expect(json<ErrorBody>(noCouncil).fields?.[0]?.path).toBe('placeId');
    const above = await scheduleConsultation(liaison, { topicId: topic.id, placeId: tree.townA.id });
    expect(above.statusCode).toBe(400);
    expect(json<ErrorBody>(above).code).toBe('consultation_place_not_council');
  });

  it('answers 409 for a topic not screened in, unless it is urgent (急事快议)', async () => {
    const proposed = await makeTopic(t.db, tree.townA, { status: 'proposed' });
    const res = await scheduleConsultation(liaison, { topicId: proposed.id, placeId: tree.villageA.id });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('topic_not_ready');
    const urgent = await makeTopic(t.db, tree.townA, { status: 'proposed', urgency: 'urgent' });
    const ok = await scheduleConsultation(liaison, { topicId: urgent.id, placeId: tree.villageA.id });
    expect(ok.statusCode).toBe(201);
    expect(await topicStatus(urgent.id)).toBe('in_consultation');
  });

  it('schedules with 六步议事 copied, a code and a sign-in link; the topic goes into consultation', async () => {
    const topic = await makeTopic(t.db, tree.townA);
    const res = await scheduleConsultation(liaison, { topicId: topic.id, placeId: tree.villageA.id });
    expect(res.statusCode).toBe(201);
    const d = json<Detail>(res);
    expect(d.code).toMatch(/^XS-\d{4}-\d{4}$/);
    expect(d.status).toBe('scheduled');
    expect(d.procedureName).toBe('六步议事');
    expect(d.steps.map((s) => s.name)).toEqual([
      '收集议题',
      '确定议题',
      '调研论证',
      '协商议事',
      '形成共识',
      '跟踪落实',
    ]);
    expect(d.steps.filter((s) => s.phase === 'after').map((s) => s.name)).toEqual(['跟踪落实']);
    expect(d.signInUrl).toMatch(/^http:\/\/localhost:3000\/a\/[A-Za-z0-9_-]{22,}$/);
    expect(d.publicUrl).toBeNull();
    // sign-in opens 2 hours before the start: the page knows when, to offer the code only then
    expect(d.signInWindow.opensAt).toBe(new Date(Date.parse(d.startsAt) - 2 * 3600_000).toISOString());
    expect(['not_yet', 'open']).toContain(d.signInWindow.state);
    expect(d.topic.code).toBe(topic.code);
    expect(d.abilities).toEqual({ manage: true, start: true, conclude: false, cancel: true, signIn: false });
    expect(await topicStatus(topic.id)).toBe('in_consultation');
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, d.id));
    expect(audit.map((a) => a.action)).toContain('consultation.schedule');
  });

  it('gives an online consultation a public link', async () => {
    const topic = await makeTopic(t.db, tree.townA);
    const res = await scheduleConsultation(liaison, { topicId: topic.id, placeId: tree.townA.id, form: 'online' });
    expect(res.statusCode).toBe(201);
    expect(json<Detail>(res).publicUrl).toMatch(/^http:\/\/localhost:3000\/o\/[A-Za-z0-9_-]{22,}$/);
  });
});

describe('list and detail', () => {
  let id: string;
  beforeAll(async () => {
    const built = await buildConsultation(t.db, { place: tree.villageA, title: '关于广场噪音的协商', form: 'on_site' });
    id = built.consultationId;
  });

  it('lists what the actor can see, filtered', async () => {
    const all = json<List>(await liaison.get('/api/consultations?pageSize=100'));
    expect(all.items.map((i) => i.id)).toContain(id);
    const byQ = json<List>(await member.get(`/api/consultations?q=${encodeURIComponent('广场噪音')}`));
    expect(byQ.items.map((i) => i.id)).toEqual([id]);
    const byForm = json<List>(await liaison.get(`/api/consultations?form=on_site&placeId=${tree.villageA.id}`));
    expect(byForm.items.map((i) => i.id)).toEqual([id]);
    const byStatus = json<List>(await liaison.get('/api/consultations?status=concluded&pageSize=100'));
    expect(byStatus.items.map((i) => i.id)).not.toContain(id);
    const other = json<List>(await liaisonB.get('/api/consultations?pageSize=100'));
    expect(other.items.map((i) => i.id)).not.toContain(id);
    expect((await liaisonB.get(`/api/consultations?placeId=${tree.villageA.id}`)).statusCode).toBe(404);
    expect((await liaison.get('/api/consultations?status=nope')).statusCode).toBe(400);
  });

  it('shows the detail: 404 to another region, read-only to a member', async () => {
    expect((await liaisonB.get(`/api/consultations/${id}`)).statusCode).toBe(404);
    const res = await member.get(`/api/consultations/${id}`);
    expect(res.statusCode).toBe(200);
    const d = json<Detail>(res);
    expect(d.signInUrl).toBeNull();
    expect(d.abilities.manage).toBe(false);
    expect((await member.patch(`/api/consultations/${id}`, { venue: '广场' })).statusCode).toBe(403);
    expect((await liaisonB.patch(`/api/consultations/${id}`, { venue: '广场' })).statusCode).toBe(404);
  });

  it('changes the details', async () => {
    const bad = await liaison.patch(`/api/consultations/${id}`, { title: '' });
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.[0]?.path).toBe('title');
    const res = await liaison.patch(`/api/consultations/${id}`, { venue: '文化广场', preStudy: '走访了 30 户居民' });
    expect(res.statusCode).toBe(200);
    expect(json<Detail>(res).venue).toBe('文化广场');
    const cleared = await liaison.patch(`/api/consultations/${id}`, { venue: '' });
    expect(json<Detail>(cleared).venue).toBeNull();
  });
});

describe('start, conclude, cancel', () => {
  it('concludes only with the required steps done and a consensus', async () => {
    const { consultationId: id, topicId } = await buildConsultation(t.db, { place: tree.villageA });
    const act = (action: string, extra: object = {}) =>
      liaison.post(`/api/consultations/${id}/actions`, { action, ...extra });
    expect((await member.post(`/api/consultations/${id}/actions`, { action: 'start' })).statusCode).toBe(403);
    expect((await liaisonB.post(`/api/consultations/${id}/actions`, { action: 'start' })).statusCode).toBe(404);
    expect((await act('finish')).statusCode).toBe(400);
    const early = await act('conclude');
    expect(early.statusCode).toBe(409);
    expect(json<ErrorBody>(early).code).toBe('action_not_allowed');
    expect(json<Detail>(await act('start')).status).toBe('in_progress');
    const open = await act('conclude');
    expect(open.statusCode).toBe(409);
    expect(json<ErrorBody>(open).code).toBe('consultation_steps_open');
    const steps = json<Detail>(await liaison.get(`/api/consultations/${id}`)).steps;
    for (const s of steps.filter((s) => s.isRequired))
      expect((await liaison.post(`/api/consultations/${id}/steps/${s.id}`, { completed: true })).statusCode).toBe(200);
    const none = await act('conclude');
    expect(none.statusCode).toBe(409);
    expect(json<ErrorBody>(none).code).toBe('consultation_no_consensus');
    expect((await liaison.post(`/api/consultations/${id}/consensus`, { text: '增设停车位' })).statusCode).toBe(201);
    const done = await act('conclude');
    expect(done.statusCode).toBe(200);
    expect(json<Detail>(done).status).toBe('concluded');
    expect(await topicStatus(topicId)).toBe('concluded');
    const closed = await liaison.patch(`/api/consultations/${id}`, { summary: '补充' });
    expect(closed.statusCode).toBe(409);
    expect(json<ErrorBody>(closed).code).toBe('consultation_closed');
  });

  it('cancels with a reason only', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    const noReason = await liaison.post(`/api/consultations/${id}/actions`, { action: 'cancel' });
    expect(noReason.statusCode).toBe(400);
    expect(json<ErrorBody>(noReason).fields?.[0]?.path).toBe('reason');
    const res = await liaison.post(`/api/consultations/${id}/actions`, { action: 'cancel', reason: '天气原因' });
    expect(res.statusCode).toBe(200);
    expect(json<Detail>(res)).toMatchObject({ status: 'cancelled', cancelReason: '天气原因' });
    expect((await liaison.post(`/api/consultations/${id}/actions`, { action: 'start' })).statusCode).toBe(409);
  });

  describe('cancelling takes the topic out of consultation unless another one is to come', () => {
    const cancel = async (id: string) => {
      const res = await liaison.post(`/api/consultations/${id}/actions`, { action: 'cancel', reason: '改期' });
      expect(res.statusCode, res.body).toBe(200);
    };
    const schedule = async (topicId: string) => {
      const res = await scheduleConsultation(liaison, { topicId, placeId: tree.villageA.id });
      expect(res.statusCode, res.body).toBe(201);
      return json<Detail>(res).id;
    };

    it('back to accepted when it was the only one, and it may be scheduled again', async () => {
      const topic = await makeTopic(t.db, tree.villageA);
      const id = await schedule(topic.id);
      expect(await topicStatus(topic.id)).toBe('in_consultation');
      await cancel(id);
      expect(await topicStatus(topic.id)).toBe('accepted');
      await schedule(topic.id);
      expect(await topicStatus(topic.id)).toBe('in_consultation');
    });

    it('stays in consultation while another is scheduled, and leaves with the last', async () => {
      const topic = await makeTopic(t.db, tree.villageA);
      const first = await schedule(topic.id);
      const second = await schedule(topic.id);
      await cancel(first);
      expect(await topicStatus(topic.id)).toBe('in_consultation');
      expect((await liaison.post(`/api/consultations/${second}/actions`, { action: 'start' })).statusCode).toBe(200);
      await cancel(second);
      expect(await topicStatus(topic.id)).toBe('accepted');
    });

    it('back to concluded when an earlier one reached consensus', async () => {
      const earlier = await buildConsultation(t.db, { place: tree.villageA, status: 'concluded', consensus: ['增设'] });
      const followUp = await schedule(earlier.topicId);
      expect(await topicStatus(earlier.topicId)).toBe('in_consultation');
      await cancel(followUp);
      expect(await topicStatus(earlier.topicId)).toBe('concluded');
    });

    it('back to screening for an urgent topic that skipped it (急事快议)', async () => {
      const topic = await makeTopic(t.db, tree.villageA, { status: 'proposed', urgency: 'urgent' });
      const id = await schedule(topic.id);
      await cancel(id);
      expect(await topicStatus(topic.id)).toBe('proposed');
    });

    it('takes it out when its two consultations are cancelled at once', async () => {
      const topic = await makeTopic(t.db, tree.villageA);
      const ids = [await schedule(topic.id), await schedule(topic.id)];
      const results = await Promise.all(
        ids.map((id) => liaison.post(`/api/consultations/${id}/actions`, { action: 'cancel', reason: '合并召开' })),
      );
      expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
      expect(await topicStatus(topic.id)).toBe('accepted');
    });
  });
});

describe('invitations', () => {
  it('lists invitable accounts of the district and shows the invitation to an invitee of another township', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    const guest = await buildAccount(t.app, t.db, { role: 'member', place: tree.townB });
    expect((await member.get(`/api/consultations/${id}/invitable`)).statusCode).toBe(403);
    const found = await liaison.get(`/api/consultations/${id}/invitable?q=${guest.username}`);
    expect(found.statusCode).toBe(200);
    const items = json<Wire<typeof Api.InvitableList>>(found).items;
    expect(items).toEqual([{ ...items[0], id: guest.id, roles: [{ role: 'member', placeName: tree.townB.name }] }]);

    expect((await guest.agent.get(`/api/consultations/${id}`)).statusCode).toBe(404);
    const add = await liaison.post(`/api/consultations/${id}/participants`, { accountId: guest.id, kind: 'member' });
    expect(add.statusCode).toBe(201);
    const again = await liaison.post(`/api/consultations/${id}/participants`, { accountId: guest.id, kind: 'member' });
    expect(again.statusCode).toBe(409);
    // the invitee hears of it once, in the bell, with the meeting's code, title and who invited
    const notices = json<Wire<typeof NotificationList>>(await guest.agent.get('/api/notifications'));
    expect(notices.items.filter((n) => n.entityId === id)).toEqual([
      expect.objectContaining({
        kind: 'invited',
        entityType: 'consultation',
        params: expect.objectContaining({
          code: expect.any(String),
          title: expect.any(String),
          actor: expect.any(String),
        }),
      }),
    ]);
    expect(notices.unread).toBeGreaterThanOrEqual(1);
    const after = json<Wire<typeof Api.InvitableList>>(
      await liaison.get(`/api/consultations/${id}/invitable?q=${guest.username}`),
    );
    expect(after.items).toEqual([]);

    const mine = json<List>(await guest.agent.get('/api/my/invitations'));
    expect(mine.items.map((i) => i.id)).toEqual([id]);
    const detail = await guest.agent.get(`/api/consultations/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(json<Detail>(detail).abilities).toMatchObject({ manage: false, signIn: true });
    expect(json<List>(await guest.agent.get('/api/consultations')).items.map((i) => i.id)).toEqual([id]);
  });

  it('offers the district’s CPPCC office as an invitee (工作人员), not another district’s nor an administrator', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    const office = await buildAccount(t.app, t.db, { role: 'cppcc', place: tree.district });
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: tree.district });
    const elsewhere = await buildTree(t.db);
    const away = await buildAccount(t.app, t.db, { role: 'cppcc', place: elsewhere.district });
    const search = async (q: string) =>
      json<Wire<typeof Api.InvitableList>>(await liaison.get(`/api/consultations/${id}/invitable?q=${q}`)).items;
    expect((await search(office.username)).map((i) => [i.id, i.roles])).toEqual([
      [office.id, [{ role: 'cppcc', placeName: tree.district.name }]],
    ]);
    expect(await search(admin.username)).toEqual([]);
    expect(await search(away.username)).toEqual([]);
    const add = await liaison.post(`/api/consultations/${id}/participants`, { accountId: office.id, kind: 'staff' });
    expect(add.statusCode, add.body).toBe(201);
    const refused = await liaison.post(`/api/consultations/${id}/participants`, { accountId: away.id, kind: 'staff' });
    expect(refused.statusCode).toBe(400);
    const notices = json<Wire<typeof NotificationList>>(await office.agent.get('/api/notifications'));
    expect(notices.items.filter((n) => n.entityId === id).map((n) => n.kind)).toEqual(['invited']);
  });

  it('orders upcoming invitations first, then past ones', async () => {
    const guest = await buildAccount(t.app, t.db, { role: 'member', place: tree.townB });
    const made: Record<string, string> = {};
    for (const [name, startsAt, status] of [
      ['past', hours(-72), 'concluded'],
      ['later', hours(48), 'scheduled'],
      ['soon', hours(2), 'scheduled'],
      ['cancelled', hours(24), 'cancelled'],
    ] as const) {
      const c = await buildConsultation(t.db, { place: tree.villageA, startsAt, status });
      const res = await liaison.post(`/api/consultations/${c.consultationId}/participants`, {
        accountId: guest.id,
        kind: 'member',
      });
      // closed ones refuse new participants (409): put the invitation in directly
      if (res.statusCode === 409) {
        await t.db.insert(participants).values({
          consultationId: c.consultationId,
          accountId: guest.id,
          name: 'guest',
          kind: 'member',
        });
      }
      made[name] = c.consultationId;
    }
    const items = json<List>(await guest.agent.get('/api/my/invitations')).items.map((i) => i.id);
    expect(items).toEqual([made.soon, made.later, made.cancelled, made.past]);
  });
});
