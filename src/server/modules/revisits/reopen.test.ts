// 回头看 found the problem back: the task opens again with a new deadline, the outcome is carried out again.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { Wire } from '../../../shared/api/common';
import { tasks } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { json, startTestApp, type TestApp } from '../../testing/harness';
import type { OutcomeDetail } from '../outcomes/testing';
import { raiseReminders } from '../tasks';
import { setTask, step, type TaskDetail } from '../tasks/testing';
import {
  allWell,
  carriedOutOutcome,
  inDays,
  noticesOf,
  type OutcomeRevisits,
  type RevisitScene,
  record,
  revisitScene,
} from './testing';

let t: TestApp;
let s: RevisitScene;

beforeAll(async () => {
  t = await startTestApp();
  s = await revisitScene(t);
});

describe('a revisit finding the problem back', () => {
  let o: Awaited<ReturnType<typeof carriedOutOutcome>>;
  let second: TaskDetail;
  const back = { isProblemBack: true, findings: '水渠再次淤塞，下游农田缺水', residentsView: '村民希望尽快清淤' };
  const dueAt = inDays(30);

  beforeAll(async () => {
    o = await carriedOutOutcome(s);
    // months on, the task's old deadline has long passed
    await t.db
      .update(tasks)
      .set({ dueAt: new Date(Date.now() - 101 * 86_400_000) })
      .where(eq(tasks.id, o.task.id));
    // a second task, to another department, accepted too: only the one named reopens
    second = await setTask(s.liaison.agent, { outcomeId: o.outcome.id, ownerId: s.department2.id });
    await step(s.department2.agent, second.id, 'done');
    await step(s.liaison.agent, second.id, 'accept');
  });

  it('reopens the task named with its new deadline and takes the outcome back to 落实中, its review date cleared', async () => {
    const res = await record(s.liaison.agent, o.outcome.id, allWell({ ...back, taskId: o.task.id, dueAt }));
    expect(res.statusCode, res.body).toBe(201);
    const r = json<OutcomeRevisits>(res);
    expect(r).toMatchObject({
      outcome: { status: 'carrying_out' },
      reviewDueAt: null,
      reviewState: 'none',
      abilities: { record: false, setReviewDate: false },
      reopenableTasks: [],
    });
    expect(r.items[0]).toMatchObject({
      isProblemBack: true,
      findings: back.findings,
      residentsView: back.residentsView,
      task: { id: o.task.id, code: o.task.code, title: o.task.title },
    });

    const task = json<TaskDetail>(await s.liaison.agent.get(`/api/tasks/${o.task.id}`));
    expect(task).toMatchObject({
      status: 'in_progress',
      acceptedAt: null,
      dueAt,
      awaitsAnswer: false,
      outcome: { status: 'carrying_out' },
    });
    // on track: not red with 逾期 from the deadline it had before
    expect(task).toMatchObject({ flag: 'green', reasons: [] });
    expect(task.events.at(-1)).toMatchObject({
      kind: 'reopened',
      note: back.findings,
      actor: `liaison ${s.liaison.username}`,
      data: { from: 'accepted', to: 'in_progress', dueAt },
    });
    expect(json<TaskDetail>(await s.liaison.agent.get(`/api/tasks/${second.id}`)).status).toBe('accepted');
    expect(json<OutcomeDetail>(await s.liaison.agent.get(`/api/outcomes/${o.outcome.id}`))).toMatchObject({
      status: 'carrying_out',
      reviewDueAt: null,
      tasksAccepted: 1,
    });
  });

  it('tells the task’s owner, with what was found', async () => {
    const notices = await noticesOf(t, s.department.id, o.task.id);
    expect(notices.at(-1)).toMatchObject({
      kind: 'task_returned',
      params: { code: o.task.code, title: o.task.title, actor: `liaison ${s.liaison.username}`, note: back.findings },
    });
    expect((await noticesOf(t, s.department2.id, second.id)).map((n) => n.kind)).not.toContain('task_returned');
  });

  it('the reminders warn of no passed deadline: the new one is a month away', async () => {
    await raiseReminders(t.db);
    for (const who of [s.department.id, s.liaison.id]) {
      const kinds = (await noticesOf(t, who, o.task.id)).map((n) => n.kind);
      expect(kinds).not.toContain('task_overdue');
      expect(kinds).not.toContain('task_due_soon');
    }
  });

  it('no second revisit while it is being carried out again (409)', async () => {
    const res = await record(s.liaison.agent, o.outcome.id, allWell());
    expect(res.statusCode).toBe(409);
  });

  it('carried out again: a new review date three months on, the revisit kept', async () => {
    await step(s.department.agent, o.task.id, 'done');
    await step(s.liaison.agent, o.task.id, 'accept');
    const r = json<OutcomeRevisits>(await s.liaison.agent.get(`/api/outcomes/${o.outcome.id}/revisits`));
    expect(r).toMatchObject({ outcome: { status: 'carried_out' }, reviewState: 'later' });
    const months = (Date.parse(r.reviewDueAt ?? '') - Date.now()) / 86_400_000;
    expect(months).toBeGreaterThanOrEqual(88);
    expect(r.items.map((i) => i.isProblemBack)).toEqual([true]);
    expect(r.reopenableTasks.map((x) => x.id).sort()).toEqual([o.task.id, second.id].sort());
  });

  it('writes the revisit, the task’s reopening and the outcome’s move to the audit log', async () => {
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const actions = async (entityId: string) =>
      json<Wire<typeof AuditListResponse>>(
        await admin.agent.get(`/api/audit?entityId=${entityId}&pageSize=100`),
      ).items.map((i) => i.action);
    const r = json<OutcomeRevisits>(await s.liaison.agent.get(`/api/outcomes/${o.outcome.id}/revisits`));
    expect(await actions(r.items[0]?.id ?? '')).toEqual(['revisit.record']);
    expect(await actions(o.task.id)).toContain('task.reopen');
    expect(await actions(o.outcome.id)).toEqual(expect.arrayContaining(['outcome.reopen', 'outcome.all_accepted']));
  });
});
