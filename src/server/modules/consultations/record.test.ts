import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/consultations';
import { participants, topics } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation, makeTopic, scheduleConsultation, withCouncil } from './testing';

type Participant = Wire<typeof Api.Participant>;
type Item = Wire<typeof Api.ConsensusItem>;
type Detail = Wire<typeof Api.ConsultationDetail>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent;
let watcher: Agent; // a member of township A: reads, does not record
let liaisonB: Agent;
const get = async (id: string) => json<Detail>(await liaison.get(`/api/consultations/${id}`));

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  await withCouncil(t.db, tree.villageA);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  watcher = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
});

describe('a consultation from scheduling to consensus', () => {
  it('invites, signs in, walks the steps, records opinions, consensus and dissent, and concludes', async () => {
    const topic = await makeTopic(t.db, tree.townA, { title: '老旧小区停车难' });
    const created = await scheduleConsultation(liaison, {
      topicId: topic.id,
      placeId: tree.villageA.id,
      startsAt: new Date(Date.now() + 3600_000),
    });
    expect(created.statusCode).toBe(201);
    const id = json<Detail>(created).id;
    const base = `/api/consultations/${id}`;

    // participants: two members with accounts, a resident representative and an expert without
    const m1 = await buildAccount(t.app, t.db, { role: 'member', place: tree.townA });
    const m2 = await buildAccount(t.app, t.db, { role: 'member', place: tree.townB });
    const invite = (body: object) => liaison.post(`${base}/participants`, body);
    const p1 = json<Participant>(await invite({ accountId: m1.id, kind: 'member' }));
    expect(p1.name).toBe(`member ${m1.username}`);
    expect((await invite({ accountId: m2.id, kind: 'member', name: '王委员' })).statusCode).toBe(201);
    const rep = await invite({ name: '张大爷', affiliation: '幸福村 3 组', kind: 'resident_rep' });
    expect(rep.statusCode).toBe(201);
    expect((await invite({ name: '李工', affiliation: '区住建局', kind: 'expert' })).statusCode).toBe(201);
    expect((await invite({ name: '李工', kind: 'expert' })).statusCode).toBe(409);
    const noName = await invite({ kind: 'expert' });
    expect(noName.statusCode).toBe(400);
    expect(json<ErrorBody>(noName).fields?.[0]?.path).toBe('name');
    expect((await invite({ name: '某某', kind: 'alien' })).statusCode).toBe(400);
    expect((await watcher.post(`${base}/participants`, { name: '某某', kind: 'expert' })).statusCode).toBe(403);
    expect((await liaisonB.post(`${base}/participants`, { name: '某某', kind: 'expert' })).statusCode).toBe(404);
    const stranger = await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA });
    const notInvitable = await invite({ accountId: stranger.id, kind: 'member' });
    expect(notInvitable.statusCode).toBe(400);
    expect(json<ErrorBody>(notInvitable).fields?.[0]?.path).toBe('accountId');

    // attendance: the liaison ticks the resident representative; the others sign in by QR
    const repId = json<Participant>(rep).id;
    const ticked = await liaison.post(`${base}/participants/${repId}/attendance`, { attended: true });
    expect(json<Participant>(ticked)).toMatchObject({ attendanceMethod: 'ticked' });
    const token = (await get(id)).signInUrl?.split('/a/')[1];
    const byName = await new Agent(t.app, {}, '127.6.0.1').post(`/api/public/attendance/${token}`, { name: '李工' });
    expect(json(byName)).toMatchObject({ name: '李工', isInvited: true });
    const bySession = await m1.agent.post(`/api/public/attendance/${token}`, { name: '随便写的名字' });
    expect(json(bySession)).toMatchObject({ name: p1.name, isInvited: true });
    const self = await m2.agent.post(`${base}/sign-in`);
    expect(self.statusCode).toBe(200);
    expect(json<Participant>(self).name).toBe('王委员');
    expect((await watcher.post(`${base}/sign-in`)).statusCode).toBe(403);
    let d = await get(id);
    expect(d).toMatchObject({ participantCount: 4, attendedCount: 4 });
    expect(d.participants.every((p) => p.attendedAt && p.isInvited)).toBe(true);

    // steps, opinions
    expect(json<Detail>(await liaison.post(`${base}/actions`, { action: 'start' })).status).toBe('in_progress');
    const [first, second] = d.steps;
    const done = await liaison.post(`${base}/steps/${second?.id}`, { completed: true, output: '确定为停车难问题' });
    expect(json<Detail['steps'][number]>(done)).toMatchObject({
      output: '确定为停车难问题',
      completedBy: { displayName: expect.any(String) },
    });
    expect((await liaison.post(`${base}/steps/${first?.id}`, { completed: 'yes' })).statusCode).toBe(400);
    expect((await watcher.post(`${base}/steps/${first?.id}`, { completed: true })).statusCode).toBe(403);
    expect((await liaison.post(`${base}/steps/${crypto.randomUUID()}`, { completed: true })).statusCode).toBe(404);
    for (const s of d.steps.filter((s) => s.isRequired))
      expect((await liaison.post(`${base}/steps/${s.id}`, { completed: true })).statusCode).toBe(200);
    const say = (body: object) => liaison.post(`${base}/opinions`, body);
    expect(
      (await say({ participantId: repId, speakerName: '张大爷', stance: 'support', text: '支持划线停车' })).statusCode,
    ).toBe(201);
    const oppose = await say({ speakerName: '李工', stance: 'oppose', text: '消防通道不能占' });
    expect(oppose.statusCode).toBe(201);
    const badSay = await say({ speakerName: '', stance: 'maybe', text: '' });
    expect(
      json<ErrorBody>(badSay)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['speakerName', 'stance', 'text']);
    const wrongPerson = await say({
      participantId: crypto.randomUUID(),
      speakerName: '某',
      stance: 'neutral',
      text: '…',
    });
    expect(json<ErrorBody>(wrongPerson).fields?.[0]?.path).toBe('participantId');
    const extra = await say({ speakerName: '路人', stance: 'neutral', text: '随便说说' });
    expect((await liaison.delete(`${base}/opinions/${json<Item>(extra).id}`)).statusCode).toBe(204);

    // consensus 1, 2, 3; deleting the second renumbers the third
    const agree = async (text: string) => json<Item>(await liaison.post(`${base}/consensus`, { text }));
    const c1 = await agree('在村委会旁划设 20 个停车位');
    const c2 = await agree('临时方案');
    const c3 = await agree('由物业负责日常管理');
    expect([c1.number, c2.number, c3.number]).toEqual([1, 2, 3]);
    expect((await liaison.delete(`${base}/consensus/${c2.id}`)).statusCode).toBe(204);
    const c4 = await agree('三个月后评估效果');
    expect(
      json<Item>(await liaison.patch(`${base}/consensus/${c1.id}`, { text: '在村委会旁划设 24 个停车位' })).text,
    ).toBe('在村委会旁划设 24 个停车位');
    d = await get(id);
    expect(d.consensus.map((i) => [i.number, i.text])).toEqual([
      [1, '在村委会旁划设 24 个停车位'],
      [2, '由物业负责日常管理'],
      [3, '三个月后评估效果'],
    ]);
    expect(c4.number).toBe(3);
    expect((await liaison.post(`${base}/consensus`, { text: '' })).statusCode).toBe(400);

    // dissent on record
    const dissent = await liaison.post(`${base}/dissents`, {
      consensusItemId: c3.id,
      holderName: '李工',
      text: '物业费用需另议',
    });
    expect(dissent.statusCode).toBe(201);
    const loose = await liaison.post(`${base}/dissents`, { holderName: '赵某', text: '再议' });
    expect((await liaison.delete(`${base}/dissents/${json<Item>(loose).id}`)).statusCode).toBe(204);
    const foreign = await liaison.post(`${base}/dissents`, {
      consensusItemId: crypto.randomUUID(),
      holderName: '某',
      text: '…',
    });
    expect(json<ErrorBody>(foreign).fields?.[0]?.path).toBe('consensusItemId');

    // conclude: the topic is concluded, the record is closed
    const concluded = await liaison.post(`${base}/actions`, { action: 'conclude' });
    expect(json<Detail>(concluded).status).toBe('concluded');
    const [row] = await t.db.select({ status: topics.status }).from(topics).where(eq(topics.id, topic.id));
    expect(row?.status).toBe('concluded');
    d = await get(id);
    expect(d.opinions.map((o) => o.speakerName)).toEqual(['张大爷', '李工']);
    expect(d.dissents).toEqual([expect.objectContaining({ holderName: '李工', consensusItemId: c3.id })]);
    for (const write of [
      liaison.post(`${base}/consensus`, { text: '再加一条' }),
      liaison.post(`${base}/opinions`, { speakerName: '某', stance: 'neutral', text: '…' }),
      liaison.post(`${base}/participants`, { name: '迟到者', kind: 'resident_rep' }),
      liaison.delete(`${base}/consensus/${c1.id}`),
      liaison.post(`${base}/steps/${first?.id}`, { completed: true }),
      liaison.post(`${base}/participants/${repId}/attendance`, { attended: false }),
    ]) {
      const res = await write;
      expect(res.statusCode).toBe(409);
      expect(json<ErrorBody>(res).code).toBe('consultation_closed');
    }
  });
});

describe('the record’s guards', () => {
  it('answers 401 without a session and 404 to another region', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    expect((await new Agent(t.app).post(`/api/consultations/${id}/consensus`, { text: '共识' })).statusCode).toBe(401);
    expect((await liaisonB.post(`/api/consultations/${id}/consensus`, { text: '共识' })).statusCode).toBe(404);
    expect((await liaisonB.get(`/api/consultations/${id}`)).statusCode).toBe(404);
    expect((await watcher.post(`/api/consultations/${id}/consensus`, { text: '共识' })).statusCode).toBe(403);
  });

  it('takes a participant off the list, keeping their opinions under their name', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    const base = `/api/consultations/${id}`;
    const p = json<Participant>(await liaison.post(`${base}/participants`, { name: '孙阿姨', kind: 'resident_rep' }));
    await liaison.post(`${base}/opinions`, {
      participantId: p.id,
      speakerName: '孙阿姨',
      stance: 'suggestion',
      text: '晚上要有路灯',
    });
    expect((await watcher.delete(`${base}/participants/${p.id}`)).statusCode).toBe(403);
    expect((await liaison.delete(`${base}/participants/${p.id}`)).statusCode).toBe(204);
    expect((await liaison.delete(`${base}/participants/${p.id}`)).statusCode).toBe(404);
    const d = await get(id);
    expect(d.participants).toEqual([]);
    expect(d.opinions).toEqual([expect.objectContaining({ speakerName: '孙阿姨', participantId: null })]);
  });

  it('refuses writes on a cancelled consultation', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA, status: 'cancelled' });
    const res = await liaison.post(`/api/consultations/${id}/dissents`, { holderName: '某', text: '…' });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('consultation_closed');
  });
});

describe('steps held after the meeting (跟踪落实, 成果转化 …)', () => {
  it('keeps them out of the meeting record; the meeting concludes without them; its outcomes carry them out', async () => {
    const procedures = json<{ items: { id: string; builtInKey: string | null }[] }>(
      await liaison.get('/api/procedures'),
    ).items;
    const micro = procedures.find((p) => p.builtInKey === 'five_step_micro');
    const topic = await makeTopic(t.db, tree.townA, { title: '菜市场门口占道经营' });
    const created = await scheduleConsultation(liaison, {
      topicId: topic.id,
      placeId: tree.villageA.id,
      procedureId: micro?.id,
    });
    expect(created.statusCode).toBe(201);
    const id = json<Detail>(created).id;
    const base = `/api/consultations/${id}`;
    let d = await get(id);
    expect(d.steps.map((s) => [s.name, s.isRequired, s.phase])).toEqual([
      ['说事征题', false, 'meeting'],
      ['调研定题', true, 'meeting'],
      ['议事协商', true, 'meeting'],
      ['成果转化', true, 'after'],
      ['评议反馈', false, 'after'],
    ]);
    expect(d.outcomes).toEqual([]);
    const convert = d.steps.find((s) => s.name === '成果转化');
    expect((await liaison.post(`${base}/actions`, { action: 'start' })).statusCode).toBe(200);

    // completing (or touching) an after-step in the meeting record: 409, said in the reader's language
    const refused = await liaison.post(`${base}/steps/${convert?.id}`, { completed: true, output: '已转化' });
    expect(refused.statusCode).toBe(409);
    expect(json<ErrorBody>(refused)).toEqual({
      code: 'consultation_step_after_meeting',
      message: '“成果转化”在会后由成果落实任务完成，不在会议记录中办理',
    });
    const en = await liaison.post(`${base}/steps/${convert?.id}`, { completed: false }, { 'accept-language': 'en' });
    expect(en.statusCode).toBe(409);
    expect(json<ErrorBody>(en).message).toBe(
      '“成果转化” is carried out after the meeting, by the outcome’s tasks, not in the meeting record',
    );
    expect((await watcher.post(`${base}/steps/${convert?.id}`, { completed: true })).statusCode).toBe(403);
    expect((await liaisonB.post(`${base}/steps/${convert?.id}`, { completed: true })).statusCode).toBe(404);

    // the meeting's own required steps and a consensus item are enough to conclude
    for (const s of d.steps.filter((s) => s.isRequired && s.phase === 'meeting'))
      expect((await liaison.post(`${base}/steps/${s.id}`, { completed: true })).statusCode).toBe(200);
    const item = json<Item>(await liaison.post(`${base}/consensus`, { text: '划定临时摊位，早晚错峰经营' }));
    const concluded = await liaison.post(`${base}/actions`, { action: 'conclude' });
    expect(concluded.statusCode).toBe(200);
    d = json<Detail>(concluded);
    expect(d.status).toBe('concluded');
    expect(d.steps.filter((s) => s.phase === 'after').every((s) => s.completedAt === null)).toBe(true);

    // its outcome is where the after-steps are carried out: listed for those who read outcomes
    const outcome = await liaison.post('/api/outcomes', {
      consultationId: id,
      type: 'agreement',
      title: '关于菜市场门口错峰经营的约定',
      body: '划定临时摊位，早晚错峰经营。',
      consensusItemIds: [item.id],
    });
    expect(outcome.statusCode).toBe(201);
    const { code } = json<{ code: string }>(outcome);
    expect((await get(id)).outcomes).toEqual([
      { id: expect.any(String), code, title: '关于菜市场门口错峰经营的约定', status: 'draft' },
    ]);
    expect(json<Detail>(await watcher.get(base)).outcomes.map((o) => o.code)).toEqual([code]);
  });

  it('does not list the outcomes to an invitee who may not read them', async () => {
    const { consultationId: id } = await buildConsultation(t.db, {
      place: tree.villageA,
      status: 'concluded',
      consensus: ['增设路灯'],
    });
    const dept = await buildAccount(t.app, t.db, { role: 'department', place: tree.townA });
    await t.db.insert(participants).values({ consultationId: id, name: '住建办', kind: 'staff', accountId: dept.id });
    const [item] = json<Detail>(await liaison.get(`/api/consultations/${id}`)).consensus;
    const drafted = await liaison.post('/api/outcomes', {
      consultationId: id,
      type: 'recommendation',
      title: '关于增设路灯的建议',
      body: '增设路灯。',
      consensusItemIds: [item?.id],
    });
    expect(drafted.statusCode).toBe(201);
    expect(json<Detail>(await liaison.get(`/api/consultations/${id}`)).outcomes).toHaveLength(1);
    const seen = await dept.agent.get(`/api/consultations/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(json<Detail>(seen).outcomes).toEqual([]);
  });
});
