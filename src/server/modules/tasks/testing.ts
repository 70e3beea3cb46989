// Test fixtures for tasks: an outcome of township A sent to a district leader and department, the
// people around it, and helpers to set tasks and take steps through the API.
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { CreateTaskBody, TaskAction, TaskDetail as TaskDetailSchema } from '../../../shared/api/tasks';
import { notifications } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { type Agent, json, type TestApp } from '../../testing/harness';
import { draft, type OutcomeDetail, outcomeScene } from '../outcomes/testing';

export type TaskDetail = Wire<typeof TaskDetailSchema>;
export const fieldsOf = (body: string) =>
  ((JSON.parse(body) as Wire<typeof ErrorBody>).fields?.map((f) => f.path) ?? []).sort();
export const NO_SUCH = '00000000-0000-4000-8000-000000000000';
export const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

/**
 * outcomeScene (township A's liaison and member, a district leader and department, township B's
 * liaison) plus a second district department, a village liaison under township A, a leader of
 * township B, and a sent outcome of township A.
 */
export async function taskScene(t: TestApp) {
  const s = await outcomeScene(t);
  const [department2, villageLiaison, leaderB] = await Promise.all([
    buildAccount(t.app, t.db, { role: 'department', place: s.tree.district }),
    buildAccount(t.app, t.db, { role: 'liaison', place: s.tree.villageA }),
    buildAccount(t.app, t.db, { role: 'leader', place: s.tree.townB }),
  ]);
  const scene = { ...s, department2, villageLiaison, leaderB };
  return { ...scene, outcome: await sentOutcome(scene) };
}
export type TaskScene = Awaited<ReturnType<typeof taskScene>>;

/** A new outcome of township A, drafted and sent to the district leader and department. */
export async function sentOutcome(s: Awaited<ReturnType<typeof outcomeScene>>): Promise<OutcomeDetail> {
  const o = await draft(
    s.liaison.agent,
    s.held.consultationId,
    s.consensus.map((c) => c.id),
  );
  const res = await s.liaison.agent.post(`/api/outcomes/${o.id}/send`, { accountIds: [s.leader.id, s.department.id] });
  expect(res.statusCode, res.body).toBe(200);
  return json<OutcomeDetail>(res);
}

type CreateTask = Wire<typeof CreateTaskBody>;

/** Sets a task on the outcome through the API (201 expected). */
export async function setTask(agent: Agent, body: Partial<CreateTask> & Pick<CreateTask, 'outcomeId' | 'ownerId'>) {
  const res = await agent.post('/api/tasks', {
    title: '督促种业公司修订制种合同',
    dueAt: inDays(30),
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<TaskDetail>(res);
}

/** Takes a step on a task through the API; its response. */
export const act = (agent: Agent, id: string, action: TaskAction, extra: Record<string, unknown> = {}) =>
  agent.post(`/api/tasks/${id}/actions`, { action, ...extra });

/** Takes a step that must succeed; the task after it. */
export async function step(agent: Agent, id: string, action: TaskAction, extra: Record<string, unknown> = {}) {
  const res = await act(agent, id, action, extra);
  expect(res.statusCode, res.body).toBe(200);
  return json<TaskDetail>(res);
}

/** The notices a person has about a record, oldest first. */
export async function noticesOf(t: TestApp, accountId: string, entityId: string) {
  const rows = await t.db
    .select({ kind: notifications.kind, params: notifications.params, createdAt: notifications.createdAt })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), eq(notifications.entityId, entityId)))
    .orderBy(notifications.createdAt);
  return rows;
}
