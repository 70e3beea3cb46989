import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { Wire } from '../../../shared/api/common';
import type { StatsResponse, SubmissionDetail, SubmissionListResponse } from '../../../shared/api/submissions';
import type { PublicSubmissionResponse } from '../../../shared/api/submissions-public';
import type { TopicList } from '../../../shared/api/topics';
import { submissionEvents, submissions, topics } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { ALL_MET, type Detail, type ErrorBody, giveCouncil, raiseTopic, submission } from './testing';

type List = Wire<typeof TopicList>;
type Audit = Wire<typeof AuditListResponse>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent; // township A
let member: Agent; // township A
let leader: Agent; // the district
let liaisonB: Agent; // township B
let admin: Agent;
const anon = () => new Agent(t.app);
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  await giveCouncil(t.db, tree.townA);
  await giveCouncil(t.db, tree.townB);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
});

describe('POST /api/topics', () => {
  it('raises a topic from sorted submissions, tells each resident, and audits it', async () => {
    const a = await submission(liaison, tree.villageA, '小区没有电梯，老人上下楼困难', 'to_township');
    const b = await submission(liaison, tree.gridA, '六楼老人下不了楼，希望加装电梯', 'to_community');
    const topic = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      urgency: 'major',
      submissionIds: [a.id, b.id],
    });
    expect(topic).toMatchObject({ status: 'proposed', source: 'submission', urgency: 'major', screening: null });
    expect(topic.code).toMatch(/^YT-\d{4}-\d{4}$/);
    expect(topic.place).toMatchObject({ id: tree.townA.id, kind: 'township' });
    expect(topic.submissions.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(topic.proposedBy?.displayName).toContain('liaison');
    expect(topic.abilities).toMatchObject({ screen: true, edit: true, withdraw: true, schedule: false });

    const events = await t.db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, a.id));
    const step = events.find((e) => e.kind === 'topic');
    // words, not a sentence: each reader's page writes it in their language
    expect(step).toMatchObject({ isPublic: true, note: null });
    expect(step?.data).toEqual({ topicId: topic.id, code: topic.code, title: '老旧小区加装电梯' });

    const audit = json<Audit>(await admin.get(`/api/audit?action=topic.create&entityId=${topic.id}`));
    expect(audit.total).toBe(1);
  });

  it('lets a member recommend (委员荐题) and a leader assign (党委政府点题) without submissions', async () => {
    expect((await raiseTopic(member, { placeId: tree.townA.id, source: 'member' })).source).toBe('member');
    expect((await raiseTopic(leader, { placeId: tree.townB.id, source: 'leader', urgency: 'urgent' })).urgency).toBe(
      'urgent',
    );
  });

  it('answers 401 without a session', async () => {
    expect((await anon().post('/api/topics', { placeId: tree.townA.id })).statusCode).toBe(401);
  });

  it('answers 400 field by field: a short title, and a topic from submissions without any', async () => {
    const res = await liaison.post('/api/topics', { placeId: tree.townA.id, title: '电梯', source: 'submission' });
    expect(res.statusCode).toBe(400);
    expect(
      json<ErrorBody>(res)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['submissionIds', 'title']);
    const bad = await liaison.post('/api/topics', { placeId: 'x', title: '老旧小区加装电梯', source: 'citizen' });
    expect(
      json<ErrorBody>(bad)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['placeId', 'source']);
  });

  it('answers 404 for a place in another region', async () => {
    const res = await liaisonB.post('/api/topics', {
      placeId: tree.townA.id,
      title: '老旧小区加装电梯',
      source: 'leader',
    });
    expect(res.statusCode).toBe(404);
  });

  it('answers 403 to a role raising from a source not theirs', async () => {
    const s = await submission(liaison, tree.villageA, '路口红绿灯时间太短', 'to_township');
    const asMember = await member.post('/api/topics', {
      placeId: tree.townA.id,
      title: '路口红绿灯',
      source: 'submission',
      submissionIds: [s.id],
    });
    expect(asMember.statusCode).toBe(403);
    const asLiaison = await liaison.post('/api/topics', {
      placeId: tree.townA.id,
      title: '路口红绿灯',
      source: 'leader',
    });
    expect(asLiaison.statusCode).toBe(403);
  });

  it('answers 409 at a place without a council', async () => {
    const res = await liaison.post('/api/topics', { placeId: tree.villageA.id, title: '村道硬化', source: 'member' });
    expect(res.statusCode).toBe(403); // a liaison may not recommend as a member …
    const asMember = await member.post('/api/topics', {
      placeId: tree.villageA.id,
      title: '村道硬化',
      source: 'member',
    });
    expect(asMember.statusCode).toBe(409); // … and the village has no council
    expect(json<ErrorBody>(asMember).code).toBe('topic_place_no_council');
  });

  it('refuses a submission already in a topic, naming it, and leaves nothing half-written', async () => {
    const s = await submission(liaison, tree.villageA, '垃圾站气味太大，夏天难受', 'to_township');
    await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      submissionIds: [s.id],
      title: '垃圾站异味',
    });
    const res = await liaison.post('/api/topics', {
      placeId: tree.townA.id,
      title: '垃圾站搬迁',
      source: 'submission',
      submissionIds: [s.id],
    });
    expect(res.statusCode).toBe(409);
    const body = json<ErrorBody>(res);
    expect(body.code).toBe('topic_submission_taken');
    expect(body.message).toContain(s.trackingCode);
    expect(await t.db.select().from(topics).where(eq(topics.title, '垃圾站搬迁'))).toEqual([]);
  });

  it('refuses a solved submission, one outside the council, and one the actor cannot see', async () => {
    const solved = await submission(liaison, tree.villageA, '井盖松动已经修好了', 'solve');
    const closed = await liaison.post('/api/topics', {
      placeId: tree.townA.id,
      title: '井盖松动',
      source: 'submission',
      submissionIds: [solved.id],
    });
    expect(json<ErrorBody>(closed)).toMatchObject({ code: 'topic_submission_closed' });

    const inB = await submission(liaisonB, tree.villageB, '社区菜市场占道经营', 'to_township');
    const unseen = await liaison.post('/api/topics', {
      placeId: tree.townA.id,
      title: '占道经营',
      source: 'submission',
      submissionIds: [inB.id],
    });
    expect(unseen.statusCode).toBe(400);
    expect(json<ErrorBody>(unseen)).toMatchObject({ code: 'topic_submission_missing', field: 'submissionIds' });

    const districtLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.district })).agent;
    const outside = await districtLiaison.post('/api/topics', {
      placeId: tree.townA.id,
      title: '占道经营',
      source: 'submission',
      submissionIds: [inB.id],
    });
    expect(outside.statusCode).toBe(409);
    expect(json<ErrorBody>(outside).code).toBe('topic_submission_outside');
  });
});

describe('GET /api/topics', () => {
  let mine: Detail;
  beforeAll(async () => {
    mine = await raiseTopic(member, { placeId: tree.townA.id, source: 'member', title: '社区食堂助老服务' });
  });
  const list = async (by: Agent, query = '') => {
    const res = await by.get(`/api/topics?pageSize=100&${query}`);
    expect(res.statusCode).toBe(200);
    return json<List>(res);
  };

  it('answers 401 without a session and 400 for a bad filter', async () => {
    expect((await anon().get('/api/topics')).statusCode).toBe(401);
    const res = await liaison.get('/api/topics?status=open&urgency=soon');
    expect(res.statusCode).toBe(400);
    expect(
      json<ErrorBody>(res)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['status.0', 'urgency']);
  });

  it('lists the region’s topics only, with counts per status', async () => {
    const a = await list(liaison);
    expect(a.items.every((i) => i.place.id === tree.townA.id)).toBe(true);
    expect(a.items.map((i) => i.id)).toContain(mine.id);
    expect(a.counts.proposed).toBe(a.total);
    expect((await list(liaisonB)).items.map((i) => i.id)).not.toContain(mine.id);
    const all = await list(leader);
    expect(all.total).toBeGreaterThan(a.total);
  });

  it('searches title and code, and filters by source, status (one or several) and place', async () => {
    expect((await list(liaison, `q=${encodeURIComponent('食堂')}`)).items.map((i) => i.id)).toEqual([mine.id]);
    expect((await list(liaison, `q=${mine.code}`)).items.map((i) => i.id)).toEqual([mine.id]);
    expect((await list(liaison, 'source=member')).items.every((i) => i.source === 'member')).toBe(true);
    expect((await list(liaison, 'status=accepted')).total).toBe(0);
    expect((await list(liaison, 'status=accepted,proposed')).items.map((i) => i.id)).toContain(mine.id);
    expect((await list(leader, `placeId=${tree.townB.id}`)).items.every((i) => i.place.id === tree.townB.id)).toBe(
      true,
    );
  });

  it('counts submissions and pages', async () => {
    const withSubs = (await list(liaison, 'source=submission')).items;
    expect(withSubs.some((i) => i.submissionCount === 2)).toBe(true);
    const page = json<List>(await liaison.get('/api/topics?pageSize=1&page=2'));
    expect(page).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
  });
});

describe('GET and PATCH /api/topics/:id', () => {
  let topic: Detail;
  beforeAll(async () => {
    topic = await raiseTopic(member, { placeId: tree.townA.id, source: 'member', title: '学校门口接送拥堵' });
  });

  it('answers 401, 404 in another region, and the detail', async () => {
    expect((await anon().get(`/api/topics/${topic.id}`)).statusCode).toBe(401);
    expect((await liaisonB.get(`/api/topics/${topic.id}`)).statusCode).toBe(404);
    expect((await liaison.get(`/api/topics/${NO_SUCH}`)).statusCode).toBe(404);
    const d = json<Detail>(await liaison.get(`/api/topics/${topic.id}`));
    expect(d).toMatchObject({
      id: topic.id,
      title: '学校门口接送拥堵',
      plan: null,
      consultations: [],
      submissions: [],
    });
    expect(json<Detail>(await member.get(`/api/topics/${topic.id}`)).abilities).toEqual({
      screen: false,
      edit: false,
      withdraw: false,
      reopen: false,
      schedule: false,
      proposeToPlan: false,
    });
  });

  it('rewords a topic: 401, 404, 400, 403, then 200 and audited', async () => {
    const path = `/api/topics/${topic.id}`;
    expect((await anon().patch(path, { title: '学校门口接送难' })).statusCode).toBe(401);
    expect((await liaisonB.patch(path, { title: '学校门口接送难' })).statusCode).toBe(404);
    const bad = await liaison.patch(path, { title: '难', urgency: 'soon' });
    expect(bad.statusCode).toBe(400);
    expect(
      json<ErrorBody>(bad)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['title', 'urgency']);
    expect((await member.patch(path, { title: '学校门口接送难' })).statusCode).toBe(403);
    const ok = await liaison.patch(path, { title: '学校门口接送难', urgency: 'urgent' });
    expect(ok.statusCode).toBe(200);
    expect(json<Detail>(ok)).toMatchObject({ title: '学校门口接送难', urgency: 'urgent', description: '居民多次反映' });
    expect(json<Audit>(await admin.get(`/api/audit?action=topic.update&entityId=${topic.id}`)).total).toBe(1);
  });

  it('answers 409 once the topic is past shaping', async () => {
    const other = await raiseTopic(member, { placeId: tree.townA.id, source: 'member', title: '公园健身器材老化' });
    expect((await liaison.post(`/api/topics/${other.id}/actions`, { action: 'withdraw' })).statusCode).toBe(200);
    const res = await liaison.patch(`/api/topics/${other.id}`, { title: '公园健身器材更新' });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res)).toMatchObject({ code: 'action_not_allowed' });
    expect(json<ErrorBody>(res).message).toContain('已撤回');
  });
});

describe('linking and unlinking submissions', () => {
  let topic: Detail;
  let first: { id: string; trackingCode: string };
  let second: { id: string; trackingCode: string };
  beforeAll(async () => {
    first = await submission(liaison, tree.villageA, '菜市场周边停车难，经常堵车', 'to_township');
    second = await submission(liaison, tree.villageA, '菜市场门口车辆乱停乱放', 'to_township');
    topic = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      title: '菜市场周边停车',
      submissionIds: [first.id],
    });
  });
  const path = () => `/api/topics/${topic.id}/submissions`;

  it('links: 401, 404, 400, 403, then 200 (again: no change)', async () => {
    expect((await anon().post(path(), { submissionIds: [second.id] })).statusCode).toBe(401);
    expect((await liaisonB.post(path(), { submissionIds: [second.id] })).statusCode).toBe(404);
    const bad = await liaison.post(path(), { submissionIds: [] });
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.[0]?.path).toBe('submissionIds');
    expect((await member.post(path(), { submissionIds: [second.id] })).statusCode).toBe(403);
    const ok = await liaison.post(path(), { submissionIds: [second.id] });
    expect(ok.statusCode).toBe(200);
    expect(json<Detail>(ok).submissions.map((s) => s.id)).toEqual([first.id, second.id]);
    const again = await liaison.post(path(), { submissionIds: [second.id] });
    expect(json<Detail>(again).submissions).toHaveLength(2);
  });

  it('answers 409 when a submission is in another topic', async () => {
    const other = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      title: '菜市场停车收费',
      submissionIds: [(await submission(liaison, tree.villageA, '停车收费不合理', 'to_township')).id],
    });
    const res = await liaison.post(`/api/topics/${other.id}/submissions`, { submissionIds: [first.id] });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).message).toContain(first.trackingCode);
  });

  it('unlinks: 401, 404, 403, 200, and keeps the last one (409)', async () => {
    const one = `${path()}/${second.id}`;
    expect((await anon().delete(one)).statusCode).toBe(401);
    expect((await liaisonB.delete(one)).statusCode).toBe(404);
    expect((await liaison.delete(`${path()}/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await liaison.delete(`${path()}/not-a-uuid`)).statusCode).toBe(400);
    expect((await member.delete(one)).statusCode).toBe(403);
    const ok = await liaison.delete(one);
    expect(ok.statusCode).toBe(200);
    expect(json<Detail>(ok).submissions.map((s) => s.id)).toEqual([first.id]);
    const last = await liaison.delete(`${path()}/${first.id}`);
    expect(last.statusCode).toBe(409);
    expect(json<ErrorBody>(last).code).toBe('topic_last_submission');
    // the freed submission may feed another topic
    const relinked = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      title: '乱停乱放整治',
      submissionIds: [second.id],
    });
    expect(relinked.submissions).toHaveLength(1);
  });
});

describe('POST /api/topics/:id/actions', () => {
  let topic: Detail;
  beforeAll(async () => {
    topic = await raiseTopic(member, { placeId: tree.townA.id, source: 'member', title: '背街小巷路面破损' });
  });
  const path = () => `/api/topics/${topic.id}/actions`;

  it('answers 401, 404, 400, 403 and 409', async () => {
    expect((await anon().post(path(), { action: 'withdraw' })).statusCode).toBe(401);
    expect((await liaisonB.post(path(), { action: 'withdraw' })).statusCode).toBe(404);
    expect((await liaison.post(path(), { action: 'archive' })).statusCode).toBe(400);
    expect((await member.post(path(), { action: 'withdraw' })).statusCode).toBe(403);
    const res = await liaison.post(path(), { action: 'reopen' });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('action_not_allowed');
  });

  it('withdraws and reopens', async () => {
    const withdrawn = await liaison.post(path(), { action: 'withdraw', reason: '已由街道直接解决' });
    expect(json<Detail>(withdrawn)).toMatchObject({ status: 'withdrawn', abilities: { reopen: true, edit: false } });
    const reopened = await liaison.post(path(), { action: 'reopen' });
    expect(json<Detail>(reopened).status).toBe('proposed');
    expect(json<Audit>(await admin.get(`/api/audit?action=topic.withdraw&entityId=${topic.id}`)).total).toBe(1);
  });
});

describe('POST /api/topics/:id/screening', () => {
  let topic: Detail;
  beforeAll(async () => {
    topic = await raiseTopic(member, { placeId: tree.townA.id, source: 'member', title: '小区充电桩不够用' });
  });
  const path = (id = topic.id) => `/api/topics/${id}/screening`;
  const weak = { ...ALL_MET, leadership_priority: false, broad_relevance: false, cppcc_capable: false };

  it('answers 401, 404, 400 (all six criteria are required) and 403', async () => {
    const body = { criteria: ALL_MET, decision: 'accept' };
    expect((await anon().post(path(), body)).statusCode).toBe(401);
    expect((await liaisonB.post(path(), body)).statusCode).toBe(404);
    const bad = await liaison.post(path(), { criteria: { small_scope: true }, decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
    const fields = json<ErrorBody>(bad).fields?.map((f) => f.path) ?? [];
    expect(fields).toContain('decision');
    expect(fields).toContain('criteria.cppcc_capable');
    expect((await member.post(path(), body)).statusCode).toBe(403);
  });

  it('asks a reason to reject, and to accept on fewer than four criteria', async () => {
    const reject = await liaison.post(path(), { criteria: ALL_MET, decision: 'reject' });
    expect(reject.statusCode).toBe(400);
    expect(json<ErrorBody>(reject)).toMatchObject({ code: 'topic_reject_reason_required', field: 'reason' });
    const weakAccept = await liaison.post(path(), { criteria: weak, decision: 'accept', reason: ' ' });
    expect(weakAccept.statusCode).toBe(400);
    expect(json<ErrorBody>(weakAccept).message).toContain('3/6');
  });

  it('accepts, recording the checklist, the screener and the reason; then 409', async () => {
    const res = await liaison.post(path(), {
      criteria: weak,
      decision: 'accept',
      reason: '群众反映集中，街道已列入年度实事',
    });
    expect(res.statusCode).toBe(200);
    const d = json<Detail>(res);
    expect(d.status).toBe('accepted');
    expect(d.screening).toMatchObject({
      criteria: weak,
      decision: 'accept',
      reason: '群众反映集中，街道已列入年度实事',
    });
    expect(d.screening?.screenedBy).not.toBeNull();
    expect(d.abilities).toMatchObject({ screen: false, schedule: true });
    const again = await leader.post(path(), { criteria: ALL_MET, decision: 'reject', reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(json<Audit>(await admin.get(`/api/audit?action=topic.screen&entityId=${topic.id}`)).total).toBe(1);
  });

  it('lets a leader reject with a reason; reopening clears the screening', async () => {
    const other = await raiseTopic(leader, { placeId: tree.townA.id, source: 'leader', title: '全区统一更换路灯' });
    const res = await leader.post(path(other.id), { criteria: ALL_MET, decision: 'reject', reason: '不属于街道事权' });
    expect(json<Detail>(res)).toMatchObject({ status: 'rejected', screening: { decision: 'reject' } });
    const reopened = json<Detail>(await liaison.post(`/api/topics/${other.id}/actions`, { action: 'reopen' }));
    expect(reopened).toMatchObject({ status: 'proposed', screening: null });
  });
});

describe('two liaisons turning the same submission into topics at once', () => {
  it('links it once and answers the others 409 naming it, never 500', async () => {
    const s = await submission(liaison, tree.villageA, '小区化粪池堵塞，污水外溢', 'to_township');
    const body = (n: number) => ({
      placeId: tree.townA.id,
      source: 'submission',
      title: `化粪池堵塞${n}`,
      submissionIds: [s.id],
    });
    const results = await Promise.all([1, 2, 3, 4].map((n) => liaison.post('/api/topics', body(n))));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(json<ErrorBody>(r)).toMatchObject({ code: 'topic_submission_taken' });
    }
  });
});

describe('a rejected or withdrawn topic lets go of its submissions', () => {
  const steps = async (code: string) =>
    json<Wire<typeof PublicSubmissionResponse>>(
      await new Agent(t.app, {}, '127.9.0.9').get(`/api/public/submissions/${code}`),
    ).steps;
  const act = (id: string, action: string) => liaison.post(`/api/topics/${id}/actions`, { action });

  it('on withdraw: the residents are told, the items may feed another topic, and a reopened topic starts empty', async () => {
    const a = await submission(liaison, tree.villageA, '小区门口人行道砖块松动', 'to_township');
    const b = await submission(liaison, tree.villageA, '人行道砖块翘起来绊倒老人', 'to_township');
    const topic = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      title: '人行道破损',
      submissionIds: [a.id, b.id],
    });
    const withdrawn = await act(topic.id, 'withdraw');
    expect(json<Detail>(withdrawn)).toMatchObject({ status: 'withdrawn', submissions: [] });
    const last = (await steps(a.trackingCode)).at(-1);
    expect(last?.kind).toBe('topic_unlinked');
    expect(last).toMatchObject({ note: null, params: { code: topic.code, title: '人行道破损', reason: 'withdrawn' } });
    const audit = json<Audit>(await admin.get(`/api/audit?action=topic.withdraw&entityId=${topic.id}`));
    // the audit record's `after` is free-form on the wire; a withdrawal lists the submissions it let go
    const after = audit.items[0]?.after as { released?: string[] } | undefined;
    expect(after?.released?.sort()).toEqual([a.id, b.id].sort());
    // another topic may take one of them up
    const other = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      title: '人行道整修',
      submissionIds: [a.id],
    });
    expect(other.submissions.map((s) => s.id)).toEqual([a.id]);
    // reopened with none: it may be linked again, then screened
    const reopened = await act(topic.id, 'reopen');
    expect(json<Detail>(reopened)).toMatchObject({ status: 'proposed', submissions: [] });
    const linked = await liaison.post(`/api/topics/${topic.id}/submissions`, { submissionIds: [b.id] });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(json<Detail>(linked).submissions.map((s) => s.id)).toEqual([b.id]);
    expect((await steps(b.trackingCode)).map((s) => s.kind).slice(-3)).toEqual(['topic', 'topic_unlinked', 'topic']);
    const screened = await liaison.post(`/api/topics/${topic.id}/screening`, { criteria: ALL_MET, decision: 'accept' });
    expect(screened.statusCode, screened.body).toBe(200);
    expect(json<Detail>(screened).status).toBe('accepted');
  });

  it('on reject: released in the same step, and a reopened empty topic may be screened at once', async () => {
    const a = await submission(liaison, tree.villageA, '菜园子被人占了种花，想要回来', 'to_township');
    const topic = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      title: '公共菜园',
      submissionIds: [a.id],
    });
    const res = await leader.post(`/api/topics/${topic.id}/screening`, {
      criteria: ALL_MET,
      decision: 'reject',
      reason: '属于物业管理事项',
    });
    expect(json<Detail>(res)).toMatchObject({ status: 'rejected', submissions: [] });
    const last = (await steps(a.trackingCode)).at(-1);
    expect(last).toMatchObject({ kind: 'topic_unlinked', note: null, params: { reason: 'rejected' } });
    const events = await t.db.select().from(submissionEvents).where(eq(submissionEvents.submissionId, a.id));
    expect(events.filter((e) => e.kind === 'topic_unlinked')).toMatchObject([{ isPublic: true }]);
    expect(json<Detail>(await act(topic.id, 'reopen'))).toMatchObject({ status: 'proposed', submissions: [] });
    const screened = await liaison.post(`/api/topics/${topic.id}/screening`, {
      criteria: ALL_MET,
      decision: 'reject',
      reason: '仍属物业管理事项',
    });
    expect(json<Detail>(screened).status).toBe('rejected');
    // and it was free all along to feed another topic
    expect(
      (
        await raiseTopic(liaison, {
          placeId: tree.townA.id,
          source: 'submission',
          title: '公共菜园归还',
          submissionIds: [a.id],
        })
      ).submissions,
    ).toHaveLength(1);
  });
});

describe('the submission’s clock stops while its topic is deliberated', () => {
  type Summary = Wire<typeof SubmissionDetail>;
  type Inbox = Wire<typeof SubmissionListResponse>;
  type Stats = Wire<typeof StatsResponse>;
  const DAY = 86_400_000;
  const clockOf = async (id: string) => {
    const [row] = await t.db
      .select({ dueAt: submissions.dueAt, clockStoppedAt: submissions.clockStoppedAt })
      .from(submissions)
      .where(eq(submissions.id, id));
    return row as { dueAt: Date | null; clockStoppedAt: Date | null };
  };
  const setClock = (id: string, change: { dueAt?: Date; clockStoppedAt?: Date }) =>
    t.db.update(submissions).set(change).where(eq(submissions.id, id));
  const detail = async (by: Agent, id: string) => json<Summary>(await by.get(`/api/submissions/${id}`));
  // sorted to the township, submissions move to its place
  const inboxB = async (query: string) =>
    json<Inbox>(await liaisonB.get(`/api/submissions?placeId=${tree.townB.id}&${query}`)).items.map((i) => i.id);
  const overdueB = async () =>
    json<Stats>(await liaisonB.get(`/api/submissions/stats?placeId=${tree.townB.id}`)).overdue;

  it('stops when a topic is raised from it: not overdue, not in the overdue filter or count, last by due date', async () => {
    const late = await submission(liaisonB, tree.villageB, '村口垃圾站满了没人清运', 'to_township');
    const running = await submission(liaisonB, tree.villageB, '村道路灯坏了两盏', 'to_township');
    await setClock(late.id, { dueAt: new Date(Date.now() - DAY) });
    const mine = async (query: string) => (await inboxB(query)).filter((id) => id === late.id || id === running.id);
    expect(await mine('overdue=true')).toEqual([late.id]);
    const overdue = await overdueB();
    expect(overdue).toBeGreaterThanOrEqual(1);
    expect(await mine('sort=due')).toEqual([late.id, running.id]);

    const topic = await raiseTopic(liaisonB, {
      placeId: tree.townB.id,
      source: 'submission',
      title: '村口垃圾站清运',
      submissionIds: [late.id],
    });
    const stopped = await clockOf(late.id);
    expect(stopped.clockStoppedAt).toBeInstanceOf(Date);
    expect(await detail(liaisonB, late.id)).toMatchObject({
      isOverdue: false,
      clockStoppedAt: stopped.clockStoppedAt?.toISOString(),
    });
    expect(await mine('overdue=true')).toEqual([]);
    expect(await overdueB()).toBe(overdue - 1);
    expect(await mine('sort=due')).toEqual([running.id, late.id]);
    expect((await detail(liaisonB, running.id)).clockStoppedAt).toBeNull();

    // sorted on while deliberated: the new level's deadline starts stopped
    const sorted = await liaisonB.post(`/api/submissions/${late.id}/actions`, {
      action: 'to_community',
      placeId: tree.villageB.id,
    });
    expect(sorted.statusCode).toBe(200);
    const moved = await clockOf(late.id);
    expect(moved.clockStoppedAt?.getTime()).toBeGreaterThanOrEqual(stopped.clockStoppedAt?.getTime() ?? 0);
    expect(moved.dueAt?.getTime()).toBeGreaterThan(Date.now());

    // withdrawn after standing still three days, one day past due: the deadline moves on three days
    await setClock(late.id, { dueAt: new Date(Date.now() - DAY), clockStoppedAt: new Date(Date.now() - 3 * DAY) });
    const started = Date.now();
    expect((await liaisonB.post(`/api/topics/${topic.id}/actions`, { action: 'withdraw' })).statusCode).toBe(200);
    const again = await clockOf(late.id);
    expect(again.clockStoppedAt).toBeNull();
    const dueIn = (again.dueAt?.getTime() ?? 0) - started;
    expect(dueIn).toBeGreaterThan(2 * DAY - 60_000);
    expect(dueIn).toBeLessThan(2 * DAY + 60_000);
    expect(await mine('overdue=true')).toEqual([]);
    expect((await detail(liaisonB, late.id)).isOverdue).toBe(false);
  });

  it('stops when linked to a topic, and runs again when unlinked', async () => {
    const a = await submission(liaison, tree.villageA, '老年食堂菜价偏高', 'to_township');
    const b = await submission(liaison, tree.villageA, '老年食堂离家太远', 'to_township');
    const topic = await raiseTopic(liaison, {
      placeId: tree.townA.id,
      source: 'submission',
      title: '老年食堂',
      submissionIds: [a.id],
    });
    const running = await clockOf(b.id);
    expect(running.clockStoppedAt).toBeNull();
    expect((await liaison.post(`/api/topics/${topic.id}/submissions`, { submissionIds: [b.id] })).statusCode).toBe(200);
    const stopped = await clockOf(b.id);
    expect(stopped.clockStoppedAt).toBeInstanceOf(Date);
    expect(stopped.dueAt).toEqual(running.dueAt);
    expect((await detail(liaison, b.id)).clockStoppedAt).not.toBeNull();

    // it stood still for a day (and the moments of this test): the deadline moves on by as much
    const stoppedAt = (stopped.clockStoppedAt?.getTime() ?? 0) - DAY;
    await setClock(b.id, { clockStoppedAt: new Date(stoppedAt) });
    const t0 = Date.now();
    expect((await liaison.delete(`/api/topics/${topic.id}/submissions/${b.id}`)).statusCode).toBe(200);
    const t1 = Date.now();
    const after = await clockOf(b.id);
    expect(after.clockStoppedAt).toBeNull();
    const moved = (after.dueAt?.getTime() ?? 0) - (running.dueAt?.getTime() ?? 0);
    expect(moved).toBeGreaterThanOrEqual(t0 - stoppedAt);
    expect(moved).toBeLessThanOrEqual(t1 - stoppedAt);
    expect((await detail(liaison, b.id)).clockStoppedAt).toBeNull();
  });
});
