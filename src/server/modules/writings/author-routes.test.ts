// The author's side of members' writings through the API: drafting, revising, submitting (the code
// it gets, the office told), reading, listing, and the Word file.
import { eq } from 'drizzle-orm';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import { memberWritings } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import {
  act,
  adopted,
  draft,
  elderCare,
  fieldsOf,
  forwarded,
  NO_SUCH,
  noticesAbout,
  returned,
  step,
  submissionAt,
  submitted,
  type WritingDetail,
  type WritingList,
  type WritingScene,
  writingScene,
} from './testing';

let t: TestApp;
let s: WritingScene;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;
const url = (id: string) => `/api/writings/${id}`;

beforeAll(async () => {
  t = await startTestApp();
  s = await writingScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/writings', () => {
  it('drafts a member’s writing at their home place, without a code, from submissions they can read', async () => {
    const source = await submissionAt(s.liaison.agent, s.tree.villageA);
    const w = await draft(s.author.agent, { title: '  关于村级养老的建议  ', submissionIds: [source.id, source.id] });
    expect(w).toMatchObject({
      code: null,
      kind: 'public_opinion',
      title: '关于村级养老的建议',
      status: 'draft',
      author: { id: s.author.id },
      place: { id: s.tree.townA.id },
      submittedAt: null,
      submissionCount: 1,
      submissions: [{ id: source.id, trackingCode: source.trackingCode }],
      abilities: { revise: true, submit: true, edit: false, adopt: false, forward: false },
    });
    expect(w.steps.map((x) => x.kind)).toEqual(['drafted']);
    expect(w.steps[0]?.actor?.id).toBe(s.author.id);
  });

  it('answers 401, 403 to anyone not a member, 400 on a submission the member cannot read', async () => {
    expect((await anonymous.post('/api/writings', elderCare())).statusCode).toBe(401);
    for (const who of [s.cppcc, s.leader, s.liaison, s.department, s.admin]) {
      const res = await who.agent.post('/api/writings', elderCare());
      expect(res.statusCode).toBe(403);
      expect(codeOf(res.body)).toBe('writing_not_writer');
    }
    const elsewhere = await submissionAt(
      (await buildAccount(t.app, t.db, { role: 'liaison', place: s.tree.townB })).agent,
      s.tree.villageB,
    );
    for (const submissionIds of [[elsewhere.id], [NO_SUCH]]) {
      const res = await s.author.agent.post('/api/writings', elderCare({ submissionIds }));
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['submissionIds']);
    }
  });

  it('answers 400 naming each field at fault', async () => {
    const res = await s.author.agent.post('/api/writings', {
      kind: 'essay',
      title: '建议',
      body: '太短',
      submissionIds: ['x'],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['body', 'kind', 'submissionIds.0', 'title']);
    expect(fieldsOf((await s.author.agent.post('/api/writings', {})).body)).toEqual(['body', 'kind', 'title']);
    const long = await s.author.agent.post(
      '/api/writings',
      elderCare({ title: '长'.repeat(101), body: '长'.repeat(20_001) }),
    );
    expect(fieldsOf(long.body)).toEqual(['body', 'title']);
  });
});

describe('GET /api/writings/:id', () => {
  it('shows a draft to its author alone: 404 to the office, readers and other members', async () => {
    const w = await draft(s.author.agent);
    expect((await s.author.agent.get(url(w.id))).statusCode).toBe(200);
    for (const who of [s.cppcc, s.leader, s.liaison, s.member, s.memberB])
      expect((await who.agent.get(url(w.id))).statusCode).toBe(404);
  });

  it('once submitted: the office, leaders and liaisons in reach read it without the author’s steps', async () => {
    const w = await submitted(s);
    for (const who of [s.cppcc, s.cppccA, s.leader, s.liaison]) {
      const res = await who.agent.get(url(w.id));
      expect(res.statusCode, res.body).toBe(200);
      const d = json<WritingDetail>(res);
      expect(d.abilities.revise).toBe(false);
      expect(d.abilities.submit).toBe(false);
    }
  });

  it('answers 401, 404 to another region, other members and no such writing, 400 on a bad id', async () => {
    const w = await submitted(s);
    expect((await anonymous.get(url(w.id))).statusCode).toBe(401);
    for (const who of [s.cppccB, s.leaderB, s.memberB, s.member, s.department, s.admin])
      expect((await who.agent.get(url(w.id))).statusCode).toBe(404);
    expect((await s.author.agent.get(url(NO_SUCH))).statusCode).toBe(404);
    expect((await s.author.agent.get(url('x'))).statusCode).toBe(400);
  });
});

describe('PATCH /api/writings/:id', () => {
  it('the author revises a draft: trimmed, only what changed in the audit log', async () => {
    const w = await draft(s.author.agent);
    const res = await s.author.agent.patch(url(w.id), {
      kind: 'proposal',
      title: ' 关于养老服务站的提案 ',
      body: w.body,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json<WritingDetail>(res)).toMatchObject({ kind: 'proposal', title: '关于养老服务站的提案', body: w.body });
    const log = json<Wire<typeof AuditListResponse>>(await auditOf(w.id));
    const revise = log.items.find((i) => i.action === 'writing.revise');
    expect(revise?.before).toEqual({ kind: 'public_opinion', title: w.title });
    expect(revise?.after).toEqual({ kind: 'proposal', title: '关于养老服务站的提案' });
  });

  it('revises a returned one, but not its kind: its code says which it is', async () => {
    const w = await returned(s);
    const ok = await s.author.agent.patch(url(w.id), { body: '补充：全镇 60 岁以上留守老人 1,200 余人。' });
    expect(ok.statusCode, ok.body).toBe(200);
    const kind = await s.author.agent.patch(url(w.id), { kind: 'proposal' });
    expect(kind.statusCode).toBe(409);
    expect(JSON.parse(kind.body)).toMatchObject({ code: 'writing_kind_fixed', field: 'kind' });
  });

  it('answers 401, 404 unseen, 403 to readers of a returned one, 409 under review or after, 400 by field', async () => {
    const w = await returned(s);
    expect((await anonymous.patch(url(w.id), { title: '新的标题内容' })).statusCode).toBe(401);
    for (const who of [s.cppccB, s.member])
      expect((await who.agent.patch(url(w.id), { title: '新的标题内容' })).statusCode).toBe(404);
    for (const who of [s.cppcc, s.leader, s.liaison])
      expect((await who.agent.patch(url(w.id), { title: '新的标题内容' })).statusCode).toBe(403);
    for (const other of [await submitted(s), await adopted(s), await forwarded(s)]) {
      const res = await s.author.agent.patch(url(other.id), { title: '新的标题内容' });
      expect(res.statusCode).toBe(409);
      expect(codeOf(res.body)).toBe('writing_locked');
    }
    const bad = await s.author.agent.patch(url(w.id), { kind: 'x', title: '短', body: '短', submissionIds: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['body', 'kind', 'submissionIds', 'title']);
    const unseen = await s.author.agent.patch(url(w.id), { submissionIds: [NO_SUCH] });
    expect(unseen.statusCode).toBe(400);
    expect(fieldsOf(unseen.body)).toEqual(['submissionIds']);
  });
});

describe('POST /api/writings/:id/submit', () => {
  it('gives it its code on the first submission, tells the office in reach; a resubmission keeps it', async () => {
    const w = await draft(s.author.agent);
    const sub = await step(s.author.agent, w.id, 'submit');
    expect(sub.code).toMatch(/^SQ-\d{4}-\d{4}$/);
    expect(sub).toMatchObject({ status: 'submitted', abilities: { revise: false, submit: false } });
    expect(sub.submittedAt).not.toBeNull();
    for (const office of [s.cppcc, s.cppccA])
      expect(await noticesAbout(t, office.id, w.id)).toMatchObject([
        { kind: 'writing_submitted', entityType: 'writing', params: { code: sub.code, title: w.title } },
      ]);
    for (const other of [s.cppccB, s.leader, s.author]) expect(await noticesAbout(t, other.id, w.id)).toEqual([]);

    await step(s.cppcc.agent, w.id, 'return', { reason: '请补充数据' });
    const again = await step(s.author.agent, w.id, 'submit');
    expect(again).toMatchObject({ code: sub.code, submittedAt: sub.submittedAt, status: 'submitted' });
    expect(again.steps.map((x) => [x.kind, x.kind === 'submitted' && x.isResubmission])).toEqual([
      ['drafted', false],
      ['submitted', false],
      ['returned', false],
      ['submitted', true],
    ]);
    expect((await noticesAbout(t, s.cppccA.id, w.id)).map((n) => n.kind)).toEqual([
      'writing_submitted',
      'writing_submitted',
    ]);
    const proposal = await submitted(s, { kind: 'proposal' });
    expect(proposal.code).toMatch(/^TA-\d{4}-\d{4}$/);
  });

  it('answers 401, 404 unseen, 403 to readers, 409 once submitted', async () => {
    const w = await returned(s);
    expect((await act(anonymous, w.id, 'submit')).statusCode).toBe(401);
    for (const who of [s.cppccB, s.member]) expect((await act(who.agent, w.id, 'submit')).statusCode).toBe(404);
    for (const who of [s.cppcc, s.leader, s.liaison])
      expect((await act(who.agent, w.id, 'submit')).statusCode).toBe(403);
    expect((await act(s.author.agent, NO_SUCH, 'submit')).statusCode).toBe(404);
    expect((await act(s.author.agent, 'x', 'submit')).statusCode).toBe(400);
    for (const other of [await submitted(s), await adopted(s)]) {
      const res = await act(s.author.agent, other.id, 'submit');
      expect(res.statusCode).toBe(409);
      expect(codeOf(res.body)).toBe('writing_already_submitted');
    }
  });
});

describe('GET /api/writings', () => {
  it('lists a member’s own (box=mine) with counts per status; others’ never', async () => {
    const scene = await writingScene(t);
    const d = await draft(scene.author.agent, { title: '草稿中的养老建议' });
    const sub = await submitted(scene, { title: '待审的养老建议' });
    await draft(scene.member.agent, { title: '另一位委员的草稿' });
    const res = await scene.author.agent.get('/api/writings?box=mine');
    expect(res.statusCode, res.body).toBe(200);
    const list = json<WritingList>(res);
    expect(list.items.map((i) => i.id).sort()).toEqual([d.id, sub.id].sort());
    expect(list).toMatchObject({ total: 2, counts: { draft: 1, submitted: 1, adopted: 0 } });
    expect(list.items.find((i) => i.id === d.id)?.code).toBeNull();
    const theirs = json<WritingList>(await scene.member.agent.get('/api/writings'));
    expect(theirs.items.map((i) => i.title)).toEqual(['另一位委员的草稿']);
  });

  it('shows the office its queue (submitted, oldest first), by kind, year and search; never a draft', async () => {
    const scene = await writingScene(t);
    await draft(scene.author.agent);
    const first = await submitted(scene, { title: '第一篇待审稿件' });
    const second = await submitted(scene, { kind: 'proposal', title: '第二篇待审提案' });
    await adopted(scene);
    const get = async (q: string) => json<WritingList>(await scene.cppcc.agent.get(`/api/writings?${q}`));
    const queue = await get('status=submitted');
    expect(queue.items.map((i) => i.id)).toEqual([first.id, second.id]);
    expect(queue.counts).toMatchObject({ draft: 0, submitted: 2, adopted: 1 });
    expect((await get('kind=proposal')).items.map((i) => i.id)).toEqual([second.id]);
    const year = new Date().getFullYear();
    expect((await get(`year=${year}`)).total).toBe(3);
    expect((await get(`year=${year - 1}`)).total).toBe(0);
    expect((await get(`q=${encodeURIComponent(second.code ?? '')}`)).items.map((i) => i.id)).toEqual([second.id]);
    expect((await get(`q=${encodeURIComponent('第一篇')}`)).items.map((i) => i.id)).toEqual([first.id]);
    expect((await get(`q=${encodeURIComponent(scene.author.username)}`)).total).toBe(3);
    const paged = await get('pageSize=1&page=2');
    expect(paged).toMatchObject({ page: 2, pageSize: 1, total: 3 });
    expect(paged.items).toHaveLength(1);
    // another township's office and a member of township A see none of them
    expect((await scene.cppccB.agent.get('/api/writings').then((r) => json<WritingList>(r))).total).toBe(0);
    expect((await scene.member.agent.get('/api/writings').then((r) => json<WritingList>(r))).total).toBe(0);
  });

  it('shows a recipient what was forwarded to them (box=received), and nothing else', async () => {
    const scene = await writingScene(t);
    const w = await forwarded(scene);
    await submitted(scene);
    const mine = json<WritingList>(await scene.leader.agent.get('/api/writings?box=received'));
    expect(mine.items.map((i) => i.id)).toEqual([w.id]);
    expect(json<WritingList>(await scene.leader.agent.get('/api/writings')).total).toBe(2); // in reach, too
  });

  it('answers 401 and 400 naming each field', async () => {
    expect((await anonymous.get('/api/writings')).statusCode).toBe(401);
    const res = await s.author.agent.get('/api/writings?box=x&kind=x&status=x&year=1999&q=&page=0&pageSize=500');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['box', 'kind', 'page', 'pageSize', 'q', 'status', 'year']);
  });
});

describe('GET /api/writings/:id/export.docx', () => {
  it('is a 公文-style Word file with its masthead, number, author, text and where it stands', async () => {
    const source = await submissionAt(s.liaison.agent, s.tree.villageA);
    const w = await forwarded(s, { submissionIds: [source.id] });
    // the leader it went to reads the submission behind it, and so does the office (cppcc reads submissions in reach)
    const res = await s.leader.agent.get(`${url(w.id)}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${w.code} ${w.title}.docx`));
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    const [, year, number] = /^SQ-(\d{4})-(\d{4})$/.exec(w.code ?? '') ?? [];
    for (const part of [
      '社情民意信息',
      `社情〔${year}〕${Number(number)}号`,
      w.title,
      `leader ${s.leader.username}：`,
      `反映人：member ${s.author.username}（${s.tree.townA.name}）`,
      `来源诉求：${source.trackingCode}`,
      w.body,
      '办理情况：已采用并报送',
      `政协${s.tree.district.name}委员会办公室`,
    ])
      expect(text).toContain(part);
    const office = (
      await mammoth.extractRawText({ buffer: (await s.cppcc.agent.get(`${url(w.id)}/export.docx`)).rawPayload })
    ).value;
    expect(office).toContain(w.title);
    expect(office).toContain(`来源诉求：${source.trackingCode}`);
    const en = await s.cppcc.agent.get(`${url(w.id)}/export.docx`, { 'accept-language': 'en' });
    expect((await mammoth.extractRawText({ buffer: en.rawPayload })).value).toContain('Status: Adopted and forwarded');
  });

  it('exports the author’s draft without a number; answers 401 and 404 to those who cannot read it', async () => {
    const d = await draft(s.author.agent, { kind: 'proposal' });
    const res = await s.author.agent.get(`${url(d.id)}/export.docx`);
    expect(res.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    expect(text).toContain('政协提案');
    expect(text).toContain('提案人：');
    expect(text).not.toContain('〔');
    expect((await anonymous.get(`${url(d.id)}/export.docx`)).statusCode).toBe(401);
    for (const who of [s.cppcc, s.cppccB])
      expect((await who.agent.get(`${url(d.id)}/export.docx`)).statusCode).toBe(404);
  });
});

const auditOf = async (id: string) => {
  const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
  return admin.agent.get(`/api/audit?entityId=${id}&pageSize=50`);
};

describe('what is stored', () => {
  it('keeps no code for a draft (the one index allows many), then the code and the first submission date', async () => {
    const [w, other] = [await draft(s.author.agent), await draft(s.author.agent)];
    const rowOf = async (id: string) => (await t.db.select().from(memberWritings).where(eq(memberWritings.id, id)))[0];
    expect(await rowOf(w.id)).toMatchObject({ code: null, submittedAt: null });
    expect(await rowOf(other.id)).toMatchObject({ code: null });
    const sub = await step(s.author.agent, w.id, 'submit');
    expect(await rowOf(w.id)).toMatchObject({ code: sub.code, submittedAt: new Date(sub.submittedAt ?? '') });
  });
});
