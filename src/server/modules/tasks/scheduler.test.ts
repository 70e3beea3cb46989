import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { outcomes, tasks } from '../../platform/db/schema';
import { runJobOnce } from '../../platform/jobs';
import { startTestApp, type TestApp } from '../../testing/harness';
import { raiseReminders, reminderKeys, taskJobs } from './scheduler';
import { inDays, noticesOf, sentOutcome, setTask, step, type TaskScene, taskScene } from './testing';

let t: TestApp;
let s: TaskScene;

beforeAll(async () => {
  t = await startTestApp();
  s = await taskScene(t);
});

const kinds = async (accountId: string, entityId: string) =>
  (await noticesOf(t, accountId, entityId)).map((n) => n.kind).filter((k) => k !== 'task_assigned');

describe('the reminders (临期、逾期、回头看)', () => {
  it('warns the owner and the liaison of a deadline within three days, once however often it runs', async () => {
    const soon = await setTask(s.liaison.agent, {
      outcomeId: s.outcome.id,
      ownerId: s.department.id,
      dueAt: inDays(2),
    });
    const later = await setTask(s.liaison.agent, {
      outcomeId: s.outcome.id,
      ownerId: s.department.id,
      dueAt: inDays(5),
    });
    await raiseReminders(t.db);
    await raiseReminders(t.db);
    for (const who of [s.department.id, s.liaison.id]) {
      expect(await kinds(who, soon.id)).toEqual(['task_due_soon']);
      expect(await kinds(who, later.id)).toEqual([]);
    }
    expect((await noticesOf(t, s.department.id, soon.id)).at(-1)?.params).toEqual({
      code: soon.code,
      title: soon.title,
      dueAt: soon.dueAt, // the date line of the bell and the email
    });
  });

  it('warns again of a deadline coming when the deadline moves: a new deadline, a new key', async () => {
    const task = await setTask(s.liaison.agent, {
      outcomeId: s.outcome.id,
      ownerId: s.department.id,
      dueAt: inDays(2),
    });
    await raiseReminders(t.db);
    expect(await kinds(s.department.id, task.id)).toEqual(['task_due_soon']);
    const moved = await s.liaison.agent.patch(`/api/tasks/${task.id}`, { dueAt: inDays(2.5) });
    expect(moved.statusCode).toBe(200);
    await raiseReminders(t.db);
    await raiseReminders(t.db);
    expect(await kinds(s.department.id, task.id)).toEqual(['task_due_soon', 'task_due_soon']);
    const dueAt = new Date('2026-06-30T15:59:59.999Z');
    expect(reminderKeys.dueSoon(task.id, dueAt)).toBe(`task:${task.id}:due_soon:2026-06-30T15:59:59.999Z`);
  });

  it('warns of a passed deadline once, and again when a new deadline passes too', async () => {
    const late = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
    await t.db
      .update(tasks)
      .set({ dueAt: new Date(Date.now() - 3_600_000) })
      .where(eq(tasks.id, late.id));
    await raiseReminders(t.db);
    await raiseReminders(t.db);
    expect(await kinds(s.department.id, late.id)).toEqual(['task_overdue']);
    expect(await kinds(s.liaison.id, late.id)).toEqual(['task_overdue']);
    const [lateRow] = await t.db.select({ dueAt: tasks.dueAt }).from(tasks).where(eq(tasks.id, late.id));
    expect((await noticesOf(t, s.liaison.id, late.id)).at(-1)?.params).toMatchObject({
      dueAt: lateRow?.dueAt.toISOString(),
    });

    const extended = await s.liaison.agent.patch(`/api/tasks/${late.id}`, { dueAt: inDays(10) });
    expect(extended.statusCode).toBe(200);
    await raiseReminders(t.db);
    expect(await kinds(s.department.id, late.id)).toEqual(['task_overdue']); // not overdue now
    await t.db
      .update(tasks)
      .set({ dueAt: new Date(Date.now() - 60_000) })
      .where(eq(tasks.id, late.id));
    await raiseReminders(t.db);
    await raiseReminders(t.db);
    expect(await kinds(s.department.id, late.id)).toEqual(['task_overdue', 'task_overdue']);
  });

  it('leaves tasks reported done or accepted alone', async () => {
    const done = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
    await step(s.department.agent, done.id, 'done');
    await t.db
      .update(tasks)
      .set({ dueAt: new Date(Date.now() - 60_000) })
      .where(eq(tasks.id, done.id));
    await raiseReminders(t.db);
    expect(await kinds(s.department.id, done.id)).toEqual([]);
  });

  it('tells the outcome’s author when its revisit (回头看) is due, once per revisit date', async () => {
    const o = await sentOutcome(s);
    const task = await setTask(s.liaison.agent, { outcomeId: o.id, ownerId: s.department.id });
    await step(s.department.agent, task.id, 'done');
    await step(s.liaison.agent, task.id, 'accept');
    await raiseReminders(t.db);
    expect(await kinds(s.liaison.id, o.id)).toEqual([]); // three months to go
    const due = new Date(Date.now() - 60_000);
    await t.db.update(outcomes).set({ reviewDueAt: due }).where(eq(outcomes.id, o.id));
    await raiseReminders(t.db);
    await raiseReminders(t.db);
    const told = await noticesOf(t, s.liaison.id, o.id);
    expect(told.filter((n) => n.kind === 'revisit_due').map((n) => n.params)).toEqual([
      { code: o.code, title: o.title, dueAt: due.toISOString() },
    ]);
    expect(reminderKeys.revisit(o.id, due)).toBe(`outcome:${o.id}:revisit:${due.toISOString()}`);
  });

  it('runs as a periodic job: once per period across instances', async () => {
    const [job] = taskJobs('/nonexistent');
    if (!job) throw new Error('no reminders job');
    const first = await runJobOnce(t.db, job);
    const second = await runJobOnce(t.db, job);
    expect(first).not.toBeNull();
    expect(second).toBeNull(); // this period was claimed
  });
});
