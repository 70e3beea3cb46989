import { and, eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { CandidatesResponse, OutcomeList } from '../../../shared/api/outcomes';
import { outcomeRecipients } from '../../platform/db/schema';
import { buildAccount, buildPlace } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { buildConsultation } from '../consultations/testing';
import { CONSENSUS, draft, type OutcomeDetail, outcomeScene } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;
type List = Wire<typeof OutcomeList>;
type Candidates = Wire<typeof CandidatesResponse>;

let t: TestApp;
let s: Awaited<ReturnType<typeof outcomeScene>>;
let anonymous: Agent;
const ids = () => s.consensus.map((c) => c.id);
const fieldsOf = (body: string) => (JSON.parse(body) as ErrorBody).fields?.map((f) => f.path) ?? [];
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await startTestApp();
  s = await outcomeScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/outcomes', () => {
  it('drafts an outcome from a concluded consultation with its consensus items', async () => {
    const o = await draft(s.liaison.agent, s.held.consultationId, ids());
    expect(o.code).toMatch(/^CG-\d{4}-\d{4}$/);
    expect(o).toMatchObject({ status: 'draft', type: 'recommendation', place: { id: s.tree.townA.id } });
    expect(o.consensus.map((c) => [c.number, c.text])).toEqual([
      [1, CONSENSUS[0]],
      [2, CONSENSUS[1]],
    ]);
    expect(o.consultation.id).toBe(s.held.consultationId);
    expect(o.topic.id).toBe(s.held.topicId);
    expect(o.abilities).toEqual({ edit: true, send: true, reply: false, instruct: false, createTasks: false });
  });

  it('answers 401 without a session', async () => {
    const res = await anonymous.post('/api/outcomes', {});
    expect(res.statusCode).toBe(401);
  });

  it('answers 400 naming the fields', async () => {
    const res = await s.liaison.agent.post('/api/outcomes', {
      consultationId: s.held.consultationId,
      type: 'memo',
      title: '短',
      body: '',
      consensusItemIds: ['x'],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(['type', 'title', 'consensusItemIds.0']));
  });

  it('answers 400 on consensusItemIds for an item of another consultation', async () => {
    const other = await buildConsultation(t.db, {
      place: s.tree.townA,
      status: 'concluded',
      consensus: ['别处的共识'],
    });
    const { listConsensusItems } = await import('../consultations');
    const [foreign] = await listConsensusItems(t.db, other.consultationId);
    const res = await s.liaison.agent.post('/api/outcomes', {
      consultationId: s.held.consultationId,
      type: 'recommendation',
      title: '关于停车的建议案',
      body: '正文',
      consensusItemIds: [ids()[0], foreign?.id],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['consensusItemIds']);
  });

  it('answers 404 for a consultation in another region', async () => {
    const res = await s.liaisonB.agent.post('/api/outcomes', {
      consultationId: s.held.consultationId,
      type: 'recommendation',
      title: '关于停车的建议案',
      body: '',
      consensusItemIds: [],
    });
    expect(res.statusCode).toBe(404);
  });

  it('answers 403 to a member, who reads but does not draft', async () => {
    const res = await s.member.agent.post('/api/outcomes', {
      consultationId: s.held.consultationId,
      type: 'recommendation',
      title: '关于停车的建议案',
      body: '',
      consensusItemIds: [],
    });
    expect(res.statusCode).toBe(403);
  });

  it('answers 409 while the consultation has not concluded', async () => {
    const open = await buildConsultation(t.db, { place: s.tree.townA, status: 'in_progress' });
    const res = await s.liaison.agent.post('/api/outcomes', {
      consultationId: open.consultationId,
      type: 'recommendation',
      title: '关于停车的建议案',
      body: '',
      consensusItemIds: [],
    });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('outcome_consultation_open');
  });
});

describe('GET and PATCH /api/outcomes/:id', () => {
  let o: OutcomeDetail;
  beforeAll(async () => {
    o = await draft(s.liaison.agent, s.held.consultationId, ids(), {
      title: '关于停车的专项报告',
      type: 'special_report',
    });
  });

  it('shows the outcome to members of the region, 404 to another region, 401 without a session', async () => {
    expect(json<OutcomeDetail>(await s.member.agent.get(`/api/outcomes/${o.id}`)).abilities.send).toBe(false);
    expect((await s.liaisonB.agent.get(`/api/outcomes/${o.id}`)).statusCode).toBe(404);
    expect((await s.department.agent.get(`/api/outcomes/${o.id}`)).statusCode).toBe(404); // not sent to it yet
    expect((await anonymous.get(`/api/outcomes/${o.id}`)).statusCode).toBe(401);
    expect((await s.liaison.agent.get(`/api/outcomes/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await s.liaison.agent.get('/api/outcomes/not-a-uuid')).statusCode).toBe(400);
  });

  it('edits a draft: title, body, fewer consensus items', async () => {
    const res = await s.liaison.agent.patch(`/api/outcomes/${o.id}`, {
      title: '关于小区停车问题的专项报告',
      body: '新的正文',
      consensusItemIds: [ids()[1]],
    });
    expect(res.statusCode).toBe(200);
    const edited = json<OutcomeDetail>(res);
    expect(edited).toMatchObject({ title: '关于小区停车问题的专项报告', body: '新的正文' });
    expect(edited.consensus.map((c) => c.number)).toEqual([2]);
  });

  it('answers 400, 401, 403 and 404 on edits', async () => {
    const bad = await s.liaison.agent.patch(`/api/outcomes/${o.id}`, { title: 'x'.repeat(101) });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['title']);
    expect((await anonymous.patch(`/api/outcomes/${o.id}`, { title: '关于停车的报告' })).statusCode).toBe(401);
    expect((await s.member.agent.patch(`/api/outcomes/${o.id}`, { title: '关于停车的报告' })).statusCode).toBe(403);
    expect((await s.liaisonB.agent.patch(`/api/outcomes/${o.id}`, { title: '关于停车的报告' })).statusCode).toBe(404);
  });

  it('answers 409 once it has been sent', async () => {
    expect((await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id] })).statusCode).toBe(
      200,
    );
    const res = await s.liaison.agent.patch(`/api/outcomes/${o.id}`, { title: '关于停车的报告' });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('outcome_not_draft');
  });
});

describe('recipient candidates and sending (报送)', () => {
  let o: OutcomeDetail;
  let farDepartment: { id: string };
  beforeAll(async () => {
    o = await draft(s.liaison.agent, s.held.consultationId, ids());
    // a department of the other township does not serve township A
    farDepartment = await buildAccount(t.app, t.db, { role: 'department', place: s.tree.townB });
  });

  it('offers leaders and departments at the place or above it, with their roles', async () => {
    const res = await s.liaison.agent.get(`/api/outcomes/${o.id}/recipient-candidates`);
    expect(res.statusCode).toBe(200);
    const found = json<Candidates>(res).items;
    const byId = new Map(found.map((c) => [c.id, c]));
    expect(byId.get(s.leader.id)?.roles).toEqual([{ role: 'leader', placeName: s.tree.district.name }]);
    expect(byId.has(s.department.id)).toBe(true);
    expect(byId.has(farDepartment.id)).toBe(false);
    expect(byId.has(s.member.id)).toBe(false);
    const searched = json<Candidates>(
      await s.liaison.agent.get(
        `/api/outcomes/${o.id}/recipient-candidates?q=${encodeURIComponent(s.leader.username)}`,
      ),
    ).items;
    expect(searched.map((c) => c.id)).toEqual([s.leader.id]);
  });

  it('answers 401, 403 and 404 for candidates', async () => {
    const url = `/api/outcomes/${o.id}/recipient-candidates`;
    expect((await anonymous.get(url)).statusCode).toBe(401);
    expect((await s.member.agent.get(url)).statusCode).toBe(403);
    expect((await s.liaisonB.agent.get(url)).statusCode).toBe(404);
  });

  it('answers 400 for no recipients or someone who is not a candidate', async () => {
    const none = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [] });
    expect(none.statusCode).toBe(400);
    expect(fieldsOf(none.body)).toEqual(['accountIds']);
    for (const who of [farDepartment.id, s.member.id, NO_SUCH]) {
      const res = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id, who] });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['accountIds']);
    }
    expect(json<OutcomeDetail>(await s.liaison.agent.get(`/api/outcomes/${o.id}`)).status).toBe('draft');
  });

  it('answers 401, 403 (a member cannot send) and 404', async () => {
    const body = { accountIds: [s.leader.id] };
    expect((await anonymous.post(`/api/outcomes/${o.id}/send`, body)).statusCode).toBe(401);
    expect((await s.member.agent.post(`/api/outcomes/${o.id}/send`, body)).statusCode).toBe(403);
    expect((await s.liaisonB.agent.post(`/api/outcomes/${o.id}/send`, body)).statusCode).toBe(404);
  });
});

describe('the happy path: draft → send → replies → answered → 批示', () => {
  let o: OutcomeDetail;

  it('sends a draft to a district leader and a department', async () => {
    o = await draft(s.liaison.agent, s.held.consultationId, ids());
    const res = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, {
      accountIds: [s.leader.id, s.department.id, s.leader.id],
    });
    expect(res.statusCode).toBe(200);
    const sent = json<OutcomeDetail>(res);
    expect(sent.status).toBe('sent');
    expect(sent.sentAt).not.toBeNull();
    expect(sent.recipients.map((r) => r.account.id).sort()).toEqual([s.leader.id, s.department.id].sort());
    expect(sent.recipients.every((r) => r.readAt === null)).toBe(true);
    // recipients are no longer candidates
    const left = json<Candidates>(await s.liaison.agent.get(`/api/outcomes/${o.id}/recipient-candidates`)).items;
    expect(left.map((c) => c.id)).not.toContain(s.leader.id);
  });

  it('shows it to both in their received box, unreplied first', async () => {
    for (const who of [s.leader, s.department]) {
      const res = await who.agent.get('/api/outcomes?box=received');
      expect(res.statusCode).toBe(200);
      const list = json<List>(res);
      expect(list.items[0]).toMatchObject({ id: o.id, status: 'sent', recipientCount: 2, awaitsMyReply: true });
      expect(list.counts.unreplied).toBeGreaterThanOrEqual(1);
    }
    // a department sees only what was sent to it, even under box=all
    const all = json<List>(await s.department.agent.get('/api/outcomes'));
    expect(all.items.every((i) => i.status !== 'draft')).toBe(true);
  });

  it('marks it read when a recipient opens it', async () => {
    const seen = json<OutcomeDetail>(await s.department.agent.get(`/api/outcomes/${o.id}`));
    expect(seen.abilities).toEqual({ edit: false, send: false, reply: true, instruct: false, createTasks: false });
    expect(seen.recipients.find((r) => r.account.id === s.department.id)?.readAt).not.toBeNull();
    expect(seen.recipients.find((r) => r.account.id === s.leader.id)?.readAt).toBeNull();
  });

  it('refuses replies from those not sent it (403) and empty replies (400)', async () => {
    expect(
      (await s.liaison.agent.post(`/api/outcomes/${o.id}/reply`, { reply: '收到', verdict: 'adopted' })).statusCode,
    ).toBe(403);
    expect(
      (await s.member.agent.post(`/api/outcomes/${o.id}/reply`, { reply: '收到', verdict: 'adopted' })).statusCode,
    ).toBe(403);
    expect(
      (await s.liaisonB.agent.post(`/api/outcomes/${o.id}/reply`, { reply: '收到', verdict: 'adopted' })).statusCode,
    ).toBe(404);
    expect(
      (await anonymous.post(`/api/outcomes/${o.id}/reply`, { reply: '收到', verdict: 'adopted' })).statusCode,
    ).toBe(401);
    const empty = await s.department.agent.post(`/api/outcomes/${o.id}/reply`, { reply: '  ', verdict: 'adopted' });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty.body)).toEqual(['reply']);
  });

  it('stays sent while one recipient has replied, and is answered once both have', async () => {
    const first = await s.department.agent.post(`/api/outcomes/${o.id}/reply`, {
      reply: '已列入明年停车设施建设计划',
      verdict: 'partly_adopted',
      verdictReason: '充电设施改造需等电网扩容',
    });
    expect(first.statusCode).toBe(200);
    expect(json<OutcomeDetail>(first)).toMatchObject({ status: 'sent', repliedCount: 1 });
    const received = json<List>(await s.department.agent.get('/api/outcomes?box=received'));
    expect(received.items.find((i) => i.id === o.id)?.awaitsMyReply).toBe(false);

    const second = await s.leader.agent.post(`/api/outcomes/${o.id}/reply`, {
      reply: '同意，请住建部门牵头落实',
      verdict: 'adopted',
    });
    expect(json<OutcomeDetail>(second)).toMatchObject({ status: 'answered', repliedCount: 2 });
  });

  it('takes a leader’s instruction (批示), never a department’s', async () => {
    const dep = await s.department.agent.post(`/api/outcomes/${o.id}/instruction`, { instruction: '请办理' });
    expect(dep.statusCode).toBe(403);
    expect((await s.member.agent.post(`/api/outcomes/${o.id}/instruction`, { instruction: '请办理' })).statusCode).toBe(
      403,
    );
    expect((await anonymous.post(`/api/outcomes/${o.id}/instruction`, { instruction: '请办理' })).statusCode).toBe(401);
    expect((await s.leader.agent.post(`/api/outcomes/${o.id}/instruction`, {})).statusCode).toBe(400);
    const res = await s.leader.agent.post(`/api/outcomes/${o.id}/instruction`, {
      instruction: '建议很好，请区住建局会同街道年内完成。',
    });
    expect(res.statusCode).toBe(200);
    const done = json<OutcomeDetail>(res);
    const mine = done.recipients.find((r) => r.account.id === s.leader.id);
    expect(mine).toMatchObject({
      reply: '同意，请住建部门牵头落实',
      instruction: '建议很好，请区住建局会同街道年内完成。',
    });
    expect(mine?.readAt).not.toBeNull();
  });

  it('goes back to sent when sent to one more, who has not replied', async () => {
    const another = await buildAccount(t.app, t.db, { role: 'leader', place: s.tree.district });
    const res = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [another.id] });
    expect(json<OutcomeDetail>(res)).toMatchObject({ status: 'sent', recipientCount: 3, repliedCount: 2 });
  });

  it('lists by status, type and search for the liaison; another region sees none of it', async () => {
    const mine = json<List>(await s.liaison.agent.get(`/api/outcomes?q=${encodeURIComponent(o.code)}`));
    expect(mine.items.map((i) => i.id)).toEqual([o.id]);
    const drafts = json<List>(await s.liaison.agent.get(`/api/outcomes?status=draft&placeId=${s.tree.townA.id}`));
    expect(drafts.items.every((i) => i.status === 'draft')).toBe(true);
    expect(drafts.counts.sent).toBeGreaterThanOrEqual(1);
    expect(json<List>(await s.liaison.agent.get('/api/outcomes?type=village_rules')).total).toBe(0);
    expect(json<List>(await s.liaisonB.agent.get('/api/outcomes')).total).toBe(0);
    expect((await anonymous.get('/api/outcomes')).statusCode).toBe(401);
    expect((await s.liaison.agent.get('/api/outcomes?box=mine')).statusCode).toBe(400);
  });

  it('writes every step to the audit log', async () => {
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const res = await admin.agent.get(`/api/audit?entityId=${o.id}&pageSize=50`);
    const actions = json<Wire<typeof AuditListResponse>>(res).items.map((i) => i.action);
    expect(actions).toEqual(
      expect.arrayContaining(['outcome.create', 'outcome.send', 'outcome.reply', 'outcome.instruct']),
    );
  });
});

describe('GET /api/outcomes/:id/export.docx', () => {
  it('is a 公文-style Word file with the title, body and the consensus, addressed to the recipients', async () => {
    const place = await buildPlace(t.db, { parent: s.tree.district, kind: 'township', name: `南岭镇${Date.now()}` });
    const liaison = await buildAccount(t.app, t.db, { role: 'liaison', place });
    const held = await buildConsultation(t.db, { place, status: 'concluded', consensus: CONSENSUS });
    const { listConsensusItems } = await import('../consultations');
    const items = await listConsensusItems(t.db, held.consultationId);
    const o = await draft(
      liaison.agent,
      held.consultationId,
      items.map((i) => i.id),
    );

    const draftFile = await liaison.agent.get(`/api/outcomes/${o.id}/export.docx`);
    expect(draftFile.statusCode).toBe(200);
    const draftText = (await mammoth.extractRawText({ buffer: draftFile.rawPayload })).value;
    expect(draftText).not.toContain('政府：'); // no addressee while a draft

    await liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id, s.department.id] });
    const res = await liaison.agent.get(`/api/outcomes/${o.id}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${o.code} ${o.title}.docx`));
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    const number = Number(o.code.slice(-4));
    expect(text).toContain(`${place.name}协商议事会`);
    expect(text).toContain(`协〔${o.code.slice(3, 7)}〕${number}号`);
    expect(text).toContain('关于小区停车难的建议案');
    expect(text).toContain('小区停车位缺口较大。');
    expect(text).toContain('附：协商共识');
    expect(text).toContain(`1. ${CONSENSUS[0]}`);
    expect(text).toContain(`2. ${CONSENSUS[1]}`);
    expect(text).toContain(`${s.tree.district.name}党委、政府、department ${s.department.username}：`);
    expect(text).toContain('附：报送及答复情况');
    expect(text).toContain('尚未答复。');
    expect(text).toContain('暂无批示。');
  });

  it('carries the replies with their verdicts and the leaders’ 批示, dated in Asia/Shanghai, in the reader’s language', async () => {
    const o = await draft(s.liaison.agent, s.held.consultationId, ids());
    await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id, s.department.id] });
    const replied = await s.department.agent.post(`/api/outcomes/${o.id}/reply`, {
      reply: '已列入年度计划。\n东侧空地先行施工。',
      verdict: 'partly_adopted',
      verdictReason: '充电桩需电网改造',
    });
    expect(replied.statusCode, replied.body).toBe(200);
    const instructed = await s.leader.agent.post(`/api/outcomes/${o.id}/instruction`, {
      instruction: '请区住建局牵头办理',
    });
    expect(instructed.statusCode, instructed.body).toBe(200);
    // 16:30 UTC is half past midnight the next day in Shanghai: the document reads the Shanghai clock
    const mine = (id: string) => and(eq(outcomeRecipients.outcomeId, o.id), eq(outcomeRecipients.accountId, id));
    await t.db
      .update(outcomeRecipients)
      .set({ repliedAt: new Date('2026-03-09T16:30:00Z') })
      .where(mine(s.department.id));
    await t.db
      .update(outcomeRecipients)
      .set({ instructedAt: new Date('2026-03-11T01:05:00Z') })
      .where(mine(s.leader.id));

    const text = (
      await mammoth.extractRawText({
        buffer: (await s.liaison.agent.get(`/api/outcomes/${o.id}/export.docx`)).rawPayload,
      })
    ).value;
    for (const part of [
      '附：报送及答复情况',
      `department ${s.department.username}`,
      '答复意见：部分采纳（理由：充电桩需电网改造）',
      '答复时间：2026年3月10日 00:30',
      '答复内容：已列入年度计划。',
      '东侧空地先行施工。',
      '附：领导批示',
      `leader ${s.leader.username}（2026年3月11日 09:05）：请区住建局牵头办理`,
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('尚未答复。'); // the leader gave 批示 but has not replied

    const en = await s.liaison.agent.get(`/api/outcomes/${o.id}/export.docx`, { 'accept-language': 'en' });
    const english = (await mammoth.extractRawText({ buffer: en.rawPayload })).value;
    expect(english).toContain('Verdict: Partly adopted (reason: 充电桩需电网改造)');
    expect(english).toContain('Replied: 10 March 2026, 00:30');
    expect(english).toContain('Attached: Leaders’ instructions (批示)');
    const tw = await s.liaison.agent.get(`/api/outcomes/${o.id}/export.docx`, { 'accept-language': 'zh-TW' });
    expect((await mammoth.extractRawText({ buffer: tw.rawPayload })).value).toContain('答覆意見：部分採納');
  });

  it('answers 401 and 404', async () => {
    const o = await draft(s.liaison.agent, s.held.consultationId, []);
    expect((await anonymous.get(`/api/outcomes/${o.id}/export.docx`)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(`/api/outcomes/${o.id}/export.docx`)).statusCode).toBe(404);
  });
});
