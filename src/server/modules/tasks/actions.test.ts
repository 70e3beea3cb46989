import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { Wire } from '../../../shared/api/common';
import { tasks } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import type { OutcomeDetail } from '../outcomes/testing';
import {
  act,
  fieldsOf,
  inDays,
  NO_SUCH,
  noticesOf,
  sentOutcome,
  setTask,
  step,
  type TaskDetail,
  type TaskScene,
  taskScene,
} from './testing';

let t: TestApp;
let s: TaskScene;
let anonymous: Agent;

beforeAll(async () => {
  t = await startTestApp();
  s = await taskScene(t);
  anonymous = new Agent(t.app);
});

describe('POST /api/tasks/:id/actions: refusals', () => {
  let task: TaskDetail;
  beforeAll(async () => {
    task = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
  });

  it('answers 401 and 404 (another region, another department, no such task)', async () => {
    expect((await act(anonymous, task.id, 'urge', { note: '请加快' })).statusCode).toBe(401);
    expect((await act(s.liaisonB.agent, task.id, 'urge', { note: '请加快' })).statusCode).toBe(404);
    expect((await act(s.department2.agent, task.id, 'progress', { note: '进展' })).statusCode).toBe(404);
    expect((await act(s.liaison.agent, NO_SUCH, 'urge', { note: '请加快' })).statusCode).toBe(404);
  });

  it('answers 403 to a role that may not take the step', async () => {
    const table: [Agent, Parameters<typeof act>[2]][] = [
      [s.member.agent, 'progress'],
      [s.member.agent, 'urge'],
      [s.department.agent, 'urge'], // the owner does not urge themself
      [s.department.agent, 'escalate'],
      [s.leader.agent, 'progress'],
      [s.leader.agent, 'escalate'],
      [s.liaison.agent, 'instruct'], // 批示 is a leader's
    ];
    for (const [who, action] of table) {
      expect((await act(who, task.id, action, { note: '说明', leaderId: s.leader.id })).statusCode, action).toBe(403);
    }
  });

  it('answers 409 where the status does not allow the step', async () => {
    for (const action of ['accept', 'return', 'reopen'] as const) {
      const res = await act(s.liaison.agent, task.id, action, { note: '说明' });
      expect(res.statusCode, action).toBe(409);
    }
  });

  it('answers 400 naming each field: the words a step needs, the leader, the files', async () => {
    for (const action of ['progress', 'cannot', 'carry_over'] as const) {
      const res = await act(s.department.agent, task.id, action, { note: '  ' });
      expect(res.statusCode, action).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['note']);
    }
    expect(fieldsOf((await act(s.liaison.agent, task.id, 'urge')).body)).toEqual(['note']);
    expect(fieldsOf((await act(s.liaison.agent, task.id, 'escalate')).body)).toEqual(['leaderId', 'note']);
    for (const leaderId of [s.leaderB.id, s.department.id, NO_SUCH]) {
      const res = await act(s.liaison.agent, task.id, 'escalate', { note: '请督办', leaderId });
      expect(fieldsOf(res.body)).toEqual(['leaderId']);
    }
    const files = await act(s.department.agent, task.id, 'progress', { note: '进展', fileIds: [NO_SUCH] });
    expect(files.statusCode).toBe(400);
    expect(fieldsOf(files.body)).toEqual(['fileIds']);
    const unknown = await act(s.liaison.agent, task.id, 'approve' as never, { note: '好' });
    expect(fieldsOf(unknown.body)).toEqual(['action']);
    // a deadline is changed by editing the task: only reopening takes one
    const deadline = await act(s.liaison.agent, task.id, 'urge', { note: '请加快', dueAt: inDays(5) });
    expect(deadline.statusCode).toBe(400);
    expect(fieldsOf(deadline.body)).toEqual(['dueAt']);
    const after = json<TaskDetail>(await s.liaison.agent.get(`/api/tasks/${task.id}`));
    expect(after).toMatchObject({ status: 'not_started', urgeCount: 0 });
    expect(after.events.map((e) => e.kind)).toEqual(['created']); // nothing half written
  });
});

describe('urge → escalate → 批示 → progress → done → accept: the outcome is carried out', () => {
  let o: OutcomeDetail;
  let a: TaskDetail;
  let b: TaskDetail;
  beforeAll(async () => {
    o = await sentOutcome(s);
    a = await setTask(s.liaison.agent, { outcomeId: o.id, ownerId: s.department.id });
    b = await setTask(s.liaison.agent, { outcomeId: o.id, ownerId: s.department2.id });
  });

  it('urges (催办): the owner must answer, and is told', async () => {
    const urged = await step(s.liaison.agent, a.id, 'urge', { note: '请于本周内报送进展' });
    expect(urged).toMatchObject({ urgeCount: 1, awaitsAnswer: true, flag: 'yellow', reasons: ['urged'] });
    const again = await step(s.leader.agent, a.id, 'urge', { note: '请抓紧' }); // a leader in reach urges too
    expect(again.urgeCount).toBe(2);
    const told = await noticesOf(t, s.department.id, a.id);
    expect(told.filter((n) => n.kind === 'task_urged').map((n) => n.params)).toEqual([
      { code: a.code, title: a.title, actor: `liaison ${s.liaison.username}`, note: '请于本周内报送进展' },
      { code: a.code, title: a.title, actor: `leader ${s.leader.username}`, note: '请抓紧' },
    ]);
  });

  it('escalates (督办) to a leader, who then sees the task and writes 批示', async () => {
    const leaderC = await buildAccount(t.app, t.db, { role: 'leader', place: s.tree.district });
    const escalated = await step(s.liaison.agent, a.id, 'escalate', { note: '多次催办未果', leaderId: leaderC.id });
    expect(escalated.escalatedTo).toEqual({ id: leaderC.id, displayName: `leader ${leaderC.username}` });
    expect(escalated.reasons).toContain('escalated');
    expect(escalated.events.at(-1)).toMatchObject({
      kind: 'escalated',
      note: '多次催办未果',
      data: { leader: `leader ${leaderC.username}` },
    });
    expect((await noticesOf(t, leaderC.id, a.id)).map((n) => n.kind)).toEqual(['task_escalated']);
    const forLeader = json<TaskDetail>(await leaderC.agent.get(`/api/tasks/${a.id}`));
    expect(forLeader.abilities.actions).toEqual(['urge', 'instruct']);
    await step(leaderC.agent, a.id, 'instruct', { note: '请区农业农村局本月内办结' });
    for (const who of [s.department.id, s.liaison.id])
      expect((await noticesOf(t, who, a.id)).map((n) => n.kind)).toContain('task_instructed');
    expect((await noticesOf(t, leaderC.id, a.id)).map((n) => n.kind)).toEqual(['task_escalated']); // not their own
  });

  it('the owner answers the urge with progress', async () => {
    const answered = await step(s.department.agent, a.id, 'progress', { note: '已约谈种业公司，合同修订中' });
    expect(answered).toMatchObject({ status: 'in_progress', awaitsAnswer: false, urgeCount: 2 });
    expect(answered.lastProgressAt).not.toBeNull();
    expect(answered.reasons).toEqual(['escalated']);
    expect(answered.events.at(-1)).toMatchObject({
      kind: 'progress',
      note: '已约谈种业公司，合同修订中',
      actor: `department ${s.department.username}`,
      data: { from: 'not_started', to: 'in_progress' },
    });
    expect((await noticesOf(t, s.liaison.id, a.id)).map((n) => n.kind)).toContain('task_progress');
  });

  it('done → returned → done → accepted; the last acceptance carries the outcome out', async () => {
    await step(s.department.agent, a.id, 'done');
    const returned = await step(s.liaison.agent, a.id, 'return', { note: '合同未公示，请补充' });
    expect(returned).toMatchObject({ status: 'in_progress', finishedAt: null });
    expect((await noticesOf(t, s.department.id, a.id)).map((n) => n.kind)).toContain('task_returned');
    const done = await step(s.department.agent, a.id, 'done');
    expect(done.finishedAt).not.toBeNull();
    expect(done.abilities.actions).toEqual([]);
    const accepted = await step(s.liaison.agent, a.id, 'accept');
    expect(accepted).toMatchObject({
      status: 'accepted',
      acceptedBy: { id: s.liaison.id },
      flag: 'green',
      reasons: [],
    });
    expect((await noticesOf(t, s.department.id, a.id)).map((n) => n.kind)).toContain('task_accepted');
    expect(json<OutcomeDetail>(await s.liaison.agent.get(`/api/outcomes/${o.id}`))).toMatchObject({
      status: 'carrying_out', // task b is still open
      taskCount: 2,
      tasksAccepted: 1,
    });

    const cannot = await step(s.department2.agent, b.id, 'cannot', { note: '涉及省级审批，本级无法办理' });
    expect(cannot).toMatchObject({ status: 'cannot', statusReason: '涉及省级审批，本级无法办理' });
    expect((await noticesOf(t, s.liaison.id, b.id)).map((n) => n.kind)).toContain('task_done');
    await step(s.liaison.agent, b.id, 'accept');
    const carried = json<OutcomeDetail>(await s.liaison.agent.get(`/api/outcomes/${o.id}`));
    expect(carried).toMatchObject({ status: 'carried_out', taskCount: 2, tasksAccepted: 2 });
    const months = (Date.parse(carried.reviewDueAt ?? '') - Date.parse(carried.carriedOutAt ?? '')) / 86_400_000;
    expect(months).toBeGreaterThanOrEqual(89);
    expect(months).toBeLessThanOrEqual(92);
  });

  it('reopens only with a new deadline later than now: 400 naming dueAt, nothing written', async () => {
    const note = '回头看发现合同未执行';
    const cases: [Record<string, unknown>, string[]][] = [
      [{ note }, ['dueAt']],
      [{ note, dueAt: inDays(-1) }, ['dueAt']],
      [{ note, dueAt: new Date(Date.now() - 1000).toISOString() }, ['dueAt']],
      [{ note, dueAt: 'next month' }, ['dueAt']],
      [{ dueAt: inDays(30) }, ['note']],
    ];
    for (const [extra, fields] of cases) {
      const res = await act(s.liaison.agent, a.id, 'reopen', extra);
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(fieldsOf(res.body), JSON.stringify(extra)).toEqual(fields);
    }
    const after = json<TaskDetail>(await s.liaison.agent.get(`/api/tasks/${a.id}`));
    expect(after).toMatchObject({ status: 'accepted', outcome: { status: 'carried_out' } });
    expect(after.events.at(-1)?.kind).toBe('accepted');
  });

  it('reopens (回头看 found it back) with its new deadline: open again, not overdue, the outcome too', async () => {
    // months on, the old deadline has long passed
    await t.db
      .update(tasks)
      .set({ dueAt: new Date(Date.now() - 101 * 86_400_000) })
      .where(eq(tasks.id, a.id));
    const dueAt = inDays(30);
    const reopened = await step(s.liaison.agent, a.id, 'reopen', { note: '回头看发现合同未执行', dueAt });
    expect(reopened).toMatchObject({
      status: 'in_progress',
      dueAt,
      acceptedAt: null,
      awaitsAnswer: false,
      flag: 'green',
      outcome: { status: 'carrying_out' },
    });
    expect(reopened.reasons).not.toContain('overdue');
    expect(reopened.events.at(-1)).toMatchObject({
      kind: 'reopened',
      note: '回头看发现合同未执行',
      data: { from: 'accepted', to: 'in_progress', dueAt },
    });
    expect((await noticesOf(t, s.department.id, a.id)).at(-1)).toMatchObject({
      kind: 'task_returned',
      params: { code: a.code, title: a.title, actor: `liaison ${s.liaison.username}`, note: '回头看发现合同未执行' },
    });
  });

  it('writes every step to the audit log, the outcome’s moves too', async () => {
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const audit = async (id: string) =>
      json<Wire<typeof AuditListResponse>>(await admin.agent.get(`/api/audit?entityId=${id}&pageSize=50`)).items.map(
        (i) => i.action,
      );
    expect((await audit(a.id)).sort()).toEqual(
      [
        'task.create',
        'task.urge',
        'task.urge',
        'task.escalate',
        'task.instruct',
        'task.progress',
        'task.done',
        'task.return',
        'task.done',
        'task.accept',
        'task.reopen',
      ].sort(),
    );
    expect(await audit(o.id)).toEqual(
      expect.arrayContaining(['outcome.start_tasks', 'outcome.all_accepted', 'outcome.reopen']),
    );
  });
});

describe('carry over (续办) and the timetable', () => {
  it('carries a task over with its reason; the liaison accepts or returns it', async () => {
    const task = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
    const over = await step(s.department.agent, task.id, 'carry_over', { note: '资金列入明年预算' });
    expect(over).toMatchObject({ status: 'carried_over', statusReason: '资金列入明年预算', flag: 'green' });
    expect(over.abilities.actions).toEqual([]);
    const back = await step(s.liaison.agent, task.id, 'return', { note: '请先完成今年可做的部分' });
    expect(back).toMatchObject({ status: 'in_progress', statusReason: null });
  });

  it('ticks and unticks an item: PUT and DELETE …/done', async () => {
    const task = await setTask(s.liaison.agent, {
      outcomeId: s.outcome.id,
      ownerId: s.department.id,
      milestones: [{ title: '登记造册' }, { title: '完成发证' }],
    });
    const first = task.milestones[0]?.id as string;
    const url = `/api/tasks/${task.id}/milestones/${first}/done`;
    const ticked = await s.department.agent.request('PUT', url);
    expect(ticked.statusCode, ticked.body).toBe(200);
    const after = json<TaskDetail>(ticked);
    expect(after).toMatchObject({ status: 'in_progress', milestonesDone: 1 });
    expect(after.milestones[0]?.doneAt).not.toBeNull();
    expect(after.events.at(-1)).toMatchObject({ kind: 'milestone_done', data: { milestone: '登记造册', done: true } });
    expect(json<TaskDetail>(await s.department.agent.request('PUT', url)).events).toHaveLength(after.events.length);
    const unticked = json<TaskDetail>(await s.liaison.agent.delete(url));
    expect(unticked).toMatchObject({ milestonesDone: 0 });
    expect(unticked.milestones[0]?.doneAt).toBeNull();
    // unticking is a step on the same item, not an edit of the task
    expect(unticked.events.at(-1)).toMatchObject({
      kind: 'milestone_done',
      data: { milestone: '登记造册', done: false },
    });
    expect(unticked.events.filter((e) => e.kind === 'edited')).toEqual([]);

    expect((await anonymous.request('PUT', url)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.request('PUT', url)).statusCode).toBe(404);
    expect((await s.member.agent.request('PUT', url)).statusCode).toBe(403);
    expect((await s.leader.agent.delete(url)).statusCode).toBe(403);
    expect(
      (await s.department.agent.request('PUT', `/api/tasks/${task.id}/milestones/${NO_SUCH}/done`)).statusCode,
    ).toBe(404);
    expect((await s.department.agent.request('PUT', `/api/tasks/${task.id}/milestones/x/done`)).statusCode).toBe(400);
    await step(s.department.agent, task.id, 'done');
    expect((await s.department.agent.request('PUT', url)).statusCode).toBe(409);
  });
});
