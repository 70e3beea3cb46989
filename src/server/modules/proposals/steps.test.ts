import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { assign, type HandlingDetail, meeting, proposalScene, REPLY, step } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let s: Awaited<ReturnType<typeof proposalScene>>;
let anonymous: Agent;
const fieldsOf = (body: string) => (JSON.parse(body) as ErrorBody).fields?.map((f) => f.path) ?? [];
const codeOf = (body: string) => (JSON.parse(body) as ErrorBody).code;
const NO_SUCH = '00000000-0000-4000-8000-000000000000';
const HOUR = 3600_000;
const post = (agent: Agent, id: string, action: string, body: unknown) =>
  agent.post(`/api/proposals/handlings/${id}/${action}`, body);

beforeAll(async () => {
  t = await startTestApp();
  s = await proposalScene(t);
  anonymous = new Agent(t.app);
});

/** A proposal handled by department (the returned handling) and department2, proposed by the member. */
async function handling(proposer: Record<string, string> = { proposerId: '' }) {
  const outcomeId = await s.proposal();
  const body = 'proposerId' in proposer ? { proposerId: s.member.id } : proposer;
  const card = await assign(s.liaison.agent, outcomeId, {
    units: [{ unitId: s.department.id }, { unitId: s.department2.id }],
    ...body,
  });
  return card.items.find((i) => i.unit.id === s.department.id)?.id as string;
}

describe('the whole handling: reply → meet → 不满意 → re-handling → reply → meet → 基本满意 (final)', () => {
  let id: string;
  beforeAll(async () => {
    id = await handling();
  });

  it('takes the unit’s reply with its category', async () => {
    const h = await step(s.department.agent, id, 'reply', { category: 'planned', reply: '  已列入明年计划  ' });
    expect(h).toMatchObject({ status: 'replied', replyCategory: 'planned', reply: '已列入明年计划' });
    expect(h.repliedAt).not.toBeNull();
    expect(h.abilities).toEqual({ reply: false, meet: true, rate: false, rehandle: false });
  });

  it('records the meeting with the proposer', async () => {
    const metAt = new Date(Date.now() - 2 * HOUR).toISOString();
    const h = await step(s.department.agent, id, 'meet', { metAt, metWith: '区住建局 王科长', note: '在工作站面商' });
    expect(h).toMatchObject({ status: 'met', metAt, metWith: '区住建局 王科长', meetingNote: '在工作站面商' });
    // now the proposer's turn
    const proposer = json<HandlingDetail>(await s.member.agent.get(`/api/proposals/handlings/${id}`));
    expect(proposer.abilities).toEqual({ reply: false, meet: false, rate: true, rehandle: false });
  });

  it('takes the proposer’s 不满意, with why', async () => {
    const h = await step(s.member.agent, id, 'rate', { satisfaction: 'unsatisfied', note: '停车位数量不够' });
    expect(h).toMatchObject({ status: 'rated', satisfaction: 'unsatisfied', satisfactionNote: '停车位数量不够' });
    const liaison = json<HandlingDetail>(await s.liaison.agent.get(`/api/proposals/handlings/${id}`));
    expect(liaison.abilities).toEqual({ reply: false, meet: false, rate: false, rehandle: true });
  });

  it('opens the one re-handling: reply, meeting and rating asked again, with a new due date', async () => {
    const dueAt = new Date(Date.now() + 30 * 24 * HOUR).toISOString();
    const h = await step(s.liaison.agent, id, 'rehandle', { dueAt });
    expect(h).toMatchObject({
      status: 'assigned',
      rehandleCount: 1,
      dueAt,
      reply: null,
      replyCategory: null,
      metAt: null,
      satisfaction: null,
      satisfactionNote: null,
    });
    expect(h.steps.map((x) => [x.kind, x.round])).toEqual([
      ['assigned', 1],
      ['replied', 1],
      ['met', 1],
      ['rated', 1],
      ['rehandled', 2],
    ]);
  });

  it('walks the second round; a second rating is final', async () => {
    await step(s.department.agent, id, 'reply', REPLY);
    await step(s.department.agent, id, 'meet', meeting());
    const h = await step(s.member.agent, id, 'rate', { satisfaction: 'unsatisfied', note: '仍不满意' });
    expect(h.abilities.rehandle).toBe(false);
    const again = await post(s.liaison.agent, id, 'rehandle', {});
    expect(again.statusCode).toBe(409);
    expect(codeOf(again.body)).toBe('handling_rehandle_used');
    const first = h.steps.find((x) => x.kind === 'replied' && x.round === 1);
    expect(first).toMatchObject({ category: 'planned', reply: '已列入明年计划' });
    const rated = h.steps.filter((x) => x.kind === 'rated');
    expect(rated).toEqual([
      expect.objectContaining({ round: 1, satisfaction: 'unsatisfied', note: '停车位数量不够', onBehalf: false }),
      expect.objectContaining({ round: 2, satisfaction: 'unsatisfied', note: '仍不满意', onBehalf: false }),
    ]);
    expect(rated[0]?.actor).toContain(s.member.username);
  });
});

describe('POST …/reply', () => {
  let id: string;
  beforeAll(async () => {
    id = await handling();
  });

  it('answers 401, 404 (another region, no such handling), 403 (another unit, the liaison)', async () => {
    expect((await post(anonymous, id, 'reply', REPLY)).statusCode).toBe(401);
    expect((await post(s.liaisonB.agent, id, 'reply', REPLY)).statusCode).toBe(404);
    expect((await post(s.farDepartment.agent, id, 'reply', REPLY)).statusCode).toBe(404);
    expect((await post(s.department.agent, NO_SUCH, 'reply', REPLY)).statusCode).toBe(404);
    expect((await post(s.department2.agent, id, 'reply', REPLY)).statusCode).toBe(403);
    expect((await post(s.liaison.agent, id, 'reply', REPLY)).statusCode).toBe(403);
  });

  it('answers 400 naming the fields', async () => {
    const res = await post(s.department.agent, id, 'reply', { category: 'solved', reply: '  ' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(['category', 'reply']);
    const long = await post(s.department.agent, id, 'reply', { category: 'adopted', reply: '字'.repeat(4001) });
    expect(fieldsOf(long.body)).toEqual(['reply']);
  });

  it('answers 409 once replied', async () => {
    await step(s.department.agent, id, 'reply', REPLY);
    const res = await post(s.department.agent, id, 'reply', REPLY);
    expect(res.statusCode).toBe(409);
    expect(codeOf(res.body)).toBe('handling_step_done');
  });
});

describe('POST …/meet', () => {
  let id: string;
  beforeAll(async () => {
    id = await handling();
  });

  it('answers 409 before the reply', async () => {
    const res = await post(s.department.agent, id, 'meet', meeting());
    expect(res.statusCode).toBe(409);
    expect(codeOf(res.body)).toBe('handling_not_replied');
  });

  it('answers 401, 404, 403 (another unit, the proposer)', async () => {
    await step(s.department.agent, id, 'reply', REPLY);
    expect((await post(anonymous, id, 'meet', meeting())).statusCode).toBe(401);
    expect((await post(s.liaisonB.agent, id, 'meet', meeting())).statusCode).toBe(404);
    expect((await post(s.department2.agent, id, 'meet', meeting())).statusCode).toBe(403);
    expect((await post(s.member.agent, id, 'meet', meeting())).statusCode).toBe(403);
  });

  it('answers 400 naming the fields: missing, malformed, later than now', async () => {
    const bad = await post(s.department.agent, id, 'meet', { metAt: '昨天', metWith: '', note: 'x'.repeat(2001) });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['metAt', 'metWith', 'note']);
    const later = new Date(Date.now() + 2 * HOUR).toISOString();
    const future = await post(s.department.agent, id, 'meet', { metAt: later, metWith: '王科长' });
    expect(future.statusCode).toBe(400);
    expect(fieldsOf(future.body)).toEqual(['metAt']);
    const h = json<HandlingDetail>(await s.department.agent.get(`/api/proposals/handlings/${id}`));
    expect(h.status).toBe('replied');
  });

  it('answers 409 once met', async () => {
    await step(s.department.agent, id, 'meet', { ...meeting(), note: '' });
    const res = await post(s.department.agent, id, 'meet', meeting());
    expect(res.statusCode).toBe(409);
    expect(codeOf(res.body)).toBe('handling_step_done');
  });
});

describe('POST …/rate', () => {
  let id: string;
  let named: string; // a proposer without an account
  beforeAll(async () => {
    id = await handling();
    named = await handling({ proposer: '市政协 李委员' });
  });

  it('answers 409 before the meeting', async () => {
    const res = await post(s.member.agent, id, 'rate', { satisfaction: 'satisfied' });
    expect(res.statusCode).toBe(409);
    expect(codeOf(res.body)).toBe('handling_not_met');
  });

  it('answers 401, 404, 403 (another member, the unit, a liaison for a member with an account)', async () => {
    await step(s.department.agent, id, 'reply', REPLY);
    await step(s.department.agent, id, 'meet', meeting());
    const body = { satisfaction: 'satisfied' };
    expect((await post(anonymous, id, 'rate', body)).statusCode).toBe(401);
    expect((await post(s.liaisonB.agent, id, 'rate', body)).statusCode).toBe(404);
    expect((await post(s.member2.agent, id, 'rate', body)).statusCode).toBe(403);
    expect((await post(s.department.agent, id, 'rate', body)).statusCode).toBe(403);
    expect((await post(s.liaison.agent, id, 'rate', body)).statusCode).toBe(403);
  });

  it('answers 400 naming the fields; 不满意 needs a note', async () => {
    const bad = await post(s.member.agent, id, 'rate', { satisfaction: 'happy' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['satisfaction']);
    const why = await post(s.member.agent, id, 'rate', { satisfaction: 'unsatisfied', note: '  ' });
    expect(why.statusCode).toBe(400);
    expect(fieldsOf(why.body)).toEqual(['note']);
  });

  it('takes the member’s 满意 once (409 after)', async () => {
    const h = await step(s.member.agent, id, 'rate', { satisfaction: 'satisfied' });
    expect(h).toMatchObject({ status: 'rated', satisfaction: 'satisfied', satisfactionNote: null });
    expect(h.abilities).toEqual({ reply: false, meet: false, rate: false, rehandle: false });
    const again = await post(s.member.agent, id, 'rate', { satisfaction: 'satisfied' });
    expect(again.statusCode).toBe(409);
    expect(codeOf(again.body)).toBe('handling_step_done');
    const rehandle = await post(s.liaison.agent, id, 'rehandle', {});
    expect(rehandle.statusCode).toBe(409);
    expect(codeOf(rehandle.body)).toBe('handling_not_unsatisfied');
  });

  it('lets the liaison record it for a proposer without an account, on their behalf', async () => {
    await step(s.department.agent, named, 'reply', REPLY);
    await step(s.department.agent, named, 'meet', meeting());
    expect((await post(s.member.agent, named, 'rate', { satisfaction: 'satisfied' })).statusCode).toBe(403);
    const h = await step(s.liaison.agent, named, 'rate', { satisfaction: 'basically_satisfied', note: '电话回访' });
    expect(h.satisfaction).toBe('basically_satisfied');
    expect(h.steps.at(-1)).toMatchObject({ kind: 'rated', onBehalf: true, note: '电话回访' });
  });
});

describe('POST …/rehandle', () => {
  let id: string;
  beforeAll(async () => {
    id = await handling();
  });

  it('answers 409 while open', async () => {
    const res = await post(s.liaison.agent, id, 'rehandle', {});
    expect(res.statusCode).toBe(409);
    expect(codeOf(res.body)).toBe('handling_not_unsatisfied');
  });

  it('answers 401, 404, 403 (the unit, the proposer, a leader) and 400', async () => {
    await step(s.department.agent, id, 'reply', REPLY);
    await step(s.department.agent, id, 'meet', meeting());
    await step(s.member.agent, id, 'rate', { satisfaction: 'unsatisfied', note: '答复不具体' });
    expect((await post(anonymous, id, 'rehandle', {})).statusCode).toBe(401);
    expect((await post(s.liaisonB.agent, id, 'rehandle', {})).statusCode).toBe(404);
    for (const who of [s.department, s.member, s.leader])
      expect((await post(who.agent, id, 'rehandle', {})).statusCode).toBe(403);
    const shape = await post(s.liaison.agent, id, 'rehandle', { dueAt: 'next month' });
    expect(fieldsOf(shape.body)).toEqual(['dueAt']);
    const past = await post(s.liaison.agent, id, 'rehandle', { dueAt: new Date(Date.now() - HOUR).toISOString() });
    expect(past.statusCode).toBe(400);
    expect(fieldsOf(past.body)).toEqual(['dueAt']);
  });

  it('re-handles, due three months on by default', async () => {
    const h = await step(s.liaison.agent, id, 'rehandle', {});
    expect(h).toMatchObject({ status: 'assigned', rehandleCount: 1, isOverdue: false });
    const days = (new Date(h.dueAt).getTime() - Date.now()) / (24 * HOUR);
    expect(days).toBeGreaterThan(88);
    expect(days).toBeLessThan(93);
  });
});
