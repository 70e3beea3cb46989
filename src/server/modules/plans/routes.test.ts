import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { Wire } from '../../../shared/api/common';
import type { PlanItem, PlanResponse } from '../../../shared/api/plans';
import { grants } from '../../platform/db/schema';
import { buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { ALL_MET, type Detail, type ErrorBody, giveCouncil, raiseTopic } from '../topics/testing';

type Item = Wire<typeof PlanItem>;
type Plan = Wire<typeof PlanResponse>;
type Audit = Wire<typeof AuditListResponse>;

const YEAR = 2026;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent; // township A: raises and screens
let leader: Agent; // the district: decides the plan
let districtLiaison: Agent; // the district: proposes, does not decide
let otherLeader: Agent; // another district
let admin: Agent;
let accepted: Detail[];
let proposedOnly: Detail;
const anon = () => new Agent(t.app);
const planPath = (year = YEAR, district = tree.district.id) => `/api/plans/${district}/${year}`;

async function acceptedTopic(title: string) {
  const topic = await raiseTopic(leader, {
    placeId: tree.townA.id,
    source: 'leader',
    title,
    description: `${title}的说明`,
  });
  const res = await liaison.post(`/api/topics/${topic.id}/screening`, { criteria: ALL_MET, decision: 'accept' });
  expect(res.statusCode).toBe(200);
  return json<Detail>(res);
}
const propose = (by: Agent, body: Record<string, unknown>, path = `${planPath()}/items`) => by.post(path, body);

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  await giveCouncil(t.db, tree.townA);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  districtLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.district })).agent;
  otherLeader = (await buildAccount(t.app, t.db, { role: 'leader', place: await buildPlace(t.db) })).agent;
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  accepted = [
    await acceptedTopic('老旧小区加装电梯'),
    await acceptedTopic('农贸市场周边交通治理'),
    await acceptedTopic('社区养老服务站建设'),
    await acceptedTopic('背街小巷环境整治'),
  ];
  proposedOnly = await raiseTopic(leader, { placeId: tree.townA.id, source: 'leader', title: '公园绿地改造' });
});

describe('GET /api/plans/:districtId/:year', () => {
  it('answers 401, 400, 404 in another region or for a place that is not a district', async () => {
    expect((await anon().get(planPath())).statusCode).toBe(401);
    const bad = await leader.get(`/api/plans/${tree.district.id}/1900`);
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.[0]?.path).toBe('year');
    expect((await otherLeader.get(planPath())).statusCode).toBe(404);
    const town = await leader.get(planPath(YEAR, tree.townA.id));
    expect(town.statusCode).toBe(404);
    expect(json<ErrorBody>(town).code).toBe('plan_not_district');
  });

  it('shows an empty plan with what the actor may do', async () => {
    const plan = json<Plan>(await leader.get(planPath(2030)));
    expect(plan).toEqual({
      district: { id: tree.district.id, name: tree.district.name },
      year: 2030,
      items: [],
      counts: { proposed: 0, approved: 0, returned: 0 },
      abilities: { propose: true, decide: true },
    });
    expect(json<Plan>(await districtLiaison.get(planPath(2030))).abilities).toEqual({ propose: true, decide: false });
  });
});

describe('POST /api/plans/:districtId/:year/items', () => {
  it('answers 401, 400, 404 and 403', async () => {
    const body = { topicId: accepted[0]?.id };
    expect((await propose(anon(), body)).statusCode).toBe(401);
    const bad = await propose(leader, { topicId: 'x', plannedMonth: 13 });
    expect(bad.statusCode).toBe(400);
    expect(
      json<ErrorBody>(bad)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['plannedMonth', 'topicId']);
    expect((await propose(otherLeader, body)).statusCode).toBe(404);
    // the township liaison does not reach the district's plan at all
    expect((await propose(liaison, body)).statusCode).toBe(404);
    // a district liaison proposes, but only a leader approves
    expect((await propose(districtLiaison, { ...body, approve: true })).statusCode).toBe(403);
  });

  it('proposes an accepted topic, and refuses it twice in one year (409)', async () => {
    const res = await propose(districtLiaison, { topicId: accepted[0]?.id, plannedMonth: 5, note: '结合民生实事' });
    expect(res.statusCode).toBe(201);
    expect(json<Item>(res)).toMatchObject({
      status: 'proposed',
      plannedMonth: 5,
      note: '结合民生实事',
      topic: { id: accepted[0]?.id, title: '老旧小区加装电梯' },
      decidedBy: null,
    });
    const twice = await propose(leader, { topicId: accepted[0]?.id });
    expect(twice.statusCode).toBe(409);
    expect(json<ErrorBody>(twice)).toMatchObject({ code: 'plan_item_exists' });
    expect(json<ErrorBody>(twice).message).toContain('2026');
    const detail = json<Detail>(await leader.get(`/api/topics/${accepted[0]?.id}`));
    expect(detail.plan).toMatchObject({ year: YEAR, status: 'proposed' });
  });

  it('refuses a topic not yet accepted, and one of another district (409)', async () => {
    const notReady = await propose(leader, { topicId: proposedOnly.id });
    expect(notReady.statusCode).toBe(409);
    expect(json<ErrorBody>(notReady)).toMatchObject({ code: 'plan_topic_not_ready' });

    // a leader of two districts sees both; a topic belongs to its own district's plan
    const otherTree = await buildTree(t.db);
    await giveCouncil(t.db, otherTree.townA);
    const both = await buildAccount(t.app, t.db, { role: 'leader', place: tree.district });
    await t.db.insert(grants).values({ accountId: both.id, placeId: otherTree.district.id, role: 'leader' });
    const elsewhere = await raiseTopic(both.agent, {
      placeId: otherTree.townA.id,
      source: 'leader',
      title: '跨区议题',
    });
    const res = await propose(both.agent, { topicId: elsewhere.id });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('plan_topic_outside');
  });

  it('lets a leader propose and approve in one step', async () => {
    const res = await propose(leader, { topicId: accepted[1]?.id, plannedMonth: 2, approve: true });
    expect(json<Item>(res)).toMatchObject({ status: 'approved', plannedMonth: 2 });
    expect(json<Item>(res).decidedBy).not.toBeNull();
  });

  it('checks the topic under its lock: withdrawn first, it is refused; racing a withdrawal, never a 500', async () => {
    const path = `${planPath(YEAR + 1)}/items`;
    const gone = await acceptedTopic('村口道路硬化');
    expect((await liaison.post(`/api/topics/${gone.id}/actions`, { action: 'withdraw' })).statusCode).toBe(200);
    const refused = await propose(leader, { topicId: gone.id }, path);
    expect(refused.statusCode).toBe(409);
    expect(json<ErrorBody>(refused)).toMatchObject({ code: 'plan_topic_not_ready' });

    const raced = await acceptedTopic('河道清淤');
    const [proposal, withdrawal] = await Promise.all([
      propose(leader, { topicId: raced.id }, path),
      liaison.post(`/api/topics/${raced.id}/actions`, { action: 'withdraw' }),
    ]);
    expect(withdrawal.statusCode).toBe(200);
    expect([201, 409]).toContain(proposal.statusCode);
    if (proposal.statusCode === 409) expect(json<ErrorBody>(proposal).code).toBe('plan_topic_not_ready');
  });
});

describe('deciding, re-proposing and removing plan items', () => {
  let returned: Item;
  let proposal: Item;
  beforeAll(async () => {
    returned = json<Item>(await propose(districtLiaison, { topicId: accepted[2]?.id, plannedMonth: 9 }));
    proposal = json<Item>(await propose(districtLiaison, { topicId: accepted[3]?.id }));
  });
  const decide = (by: Agent, id: string, body: Record<string, unknown>) =>
    by.post(`/api/plan-items/${id}/decision`, body);

  it('answers 401, 404, 400 (a return needs a reason) and 403 (leaders decide)', async () => {
    expect((await decide(anon(), returned.id, { decision: 'approve' })).statusCode).toBe(401);
    expect((await decide(otherLeader, returned.id, { decision: 'approve' })).statusCode).toBe(404);
    const bad = await decide(leader, returned.id, { decision: 'return' });
    expect(bad.statusCode).toBe(400);
    expect(json<ErrorBody>(bad).fields?.[0]?.path).toBe('reason');
    expect((await decide(districtLiaison, returned.id, { decision: 'approve' })).statusCode).toBe(403);
  });

  it('returns with a reason, then 409 on a second decision; re-proposes; approves', async () => {
    const res = await decide(leader, returned.id, { decision: 'return', reason: '与区级重点工作重复' });
    expect(json<Item>(res)).toMatchObject({ status: 'returned', decisionReason: '与区级重点工作重复' });
    const again = await decide(leader, returned.id, { decision: 'approve' });
    expect(again.statusCode).toBe(409);
    expect(json<ErrorBody>(again).code).toBe('action_not_allowed');

    const path = `/api/plan-items/${returned.id}/repropose`;
    expect((await anon().post(path)).statusCode).toBe(401);
    expect((await otherLeader.post(path)).statusCode).toBe(404);
    expect((await districtLiaison.post(path, { plannedMonth: 0 })).statusCode).toBe(400);
    const back = await districtLiaison.post(path, { plannedMonth: 10, note: '调整到四季度' });
    expect(json<Item>(back)).toMatchObject({ status: 'proposed', plannedMonth: 10, decisionReason: null });
    expect((await districtLiaison.post(path)).statusCode).toBe(409);

    expect(json<Item>(await decide(leader, returned.id, { decision: 'approve' })).status).toBe('approved');
    expect(json<Audit>(await admin.get(`/api/audit?action=plan.return&entityId=${returned.id}`)).total).toBe(1);
  });

  it('removes a proposal; an approved item stays (409)', async () => {
    const path = `/api/plan-items/${proposal.id}`;
    expect((await anon().delete(path)).statusCode).toBe(401);
    expect((await otherLeader.delete(path)).statusCode).toBe(404);
    expect((await leader.delete('/api/plan-items/nope')).statusCode).toBe(400);
    // the township liaison sees the item through its topic, but the plan is kept at the district
    expect((await liaison.delete(path)).statusCode).toBe(403);
    expect((await leader.delete(`/api/plan-items/${returned.id}`)).statusCode).toBe(409);
    // returned, then taken out
    await decide(leader, proposal.id, { decision: 'return', reason: '暂缓' });
    expect((await districtLiaison.delete(path)).statusCode).toBe(204);
    expect((await leader.get(path)).statusCode).toBe(404);
  });

  it('lists the year by month with counts', async () => {
    const plan = json<Plan>(await leader.get(planPath()));
    expect(plan.items.map((i) => [i.topic.title, i.plannedMonth, i.status])).toEqual([
      ['农贸市场周边交通治理', 2, 'approved'],
      ['老旧小区加装电梯', 5, 'proposed'],
      ['社区养老服务站建设', 10, 'approved'],
    ]);
    expect(plan.counts).toEqual({ proposed: 1, approved: 2, returned: 0 });
  });
});

describe('GET /api/plans/:districtId/:year/export.docx', () => {
  it('answers 401 and 404 in another region', async () => {
    expect((await anon().get(`${planPath()}/export.docx`)).statusCode).toBe(401);
    expect((await otherLeader.get(`${planPath()}/export.docx`)).statusCode).toBe(404);
  });

  it('exports the approved topics as a 公文-style Word document', async () => {
    const res = await leader.get(`${planPath()}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`${tree.district.name}政协2026年度协商计划`),
    );
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain(`${tree.district.name}政协2026年度协商计划`);
    expect(value).toContain('共列入议题2项');
    expect(value).toContain('一、第一季度（1—3月）');
    expect(value).toContain('（一）农贸市场周边交通治理');
    expect(value).toContain('二、第四季度（10—12月）');
    expect(value).toContain('（二）社区养老服务站建设');
    expect(value).toContain('计划时间：10月');
    expect(value).not.toContain('老旧小区加装电梯'); // proposed, not approved
    expect(value).not.toContain('背街小巷环境整治'); // returned and removed
  });

  it('says so when nothing is approved yet', async () => {
    const res = await leader.get(`${planPath(2031)}/export.docx`);
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain('尚无经审定的议题');
  });
});
