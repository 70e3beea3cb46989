import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { TaskList } from '../../../shared/api/tasks';
import { auditEvents } from '../../platform/db/schema';
import { actorWith } from '../../testing/actors';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { columnOf, expectTextCell, exportedSheet } from '../../testing/xlsx';
import { exportTasks } from './export-tasks';
import { inDays, setTask, type TaskScene, taskScene } from './testing';

let t: TestApp;
let s: TaskScene;
const URL = '/api/tasks/export.xlsx';

beforeAll(async () => {
  t = await startTestApp();
  s = await taskScene(t);
  const outcomeId = s.outcome.id;
  await setTask(s.liaison.agent, { outcomeId, ownerId: s.department.id, title: '-5 个车位先行划线施工' });
  await setTask(s.liaison.agent, { outcomeId, ownerId: s.department.id, title: '规范电动车充电', dueAt: inDays(3) });
  await setTask(s.liaison.agent, { outcomeId, ownerId: s.department2.id, title: '增设充电桩二十个' });
});

const list = async (by: Agent, query: string) => {
  const res = await by.get(`/api/tasks?pageSize=100&${query}`);
  expect(res.statusCode).toBe(200);
  return json<Wire<typeof TaskList>>(res);
};

describe('GET /api/tasks/export.xlsx', () => {
  it('answers 401 without a session', async () => {
    expect((await new Agent(t.app).get(URL)).statusCode).toBe(401);
  });

  it.each([
    ['status=nope', 'status'],
    ['view=everything', 'view'],
    ['flag=blue', 'flag'],
    ['ownerId=x', 'ownerId'],
  ])('answers 400 for %s, by field', async (query, path) => {
    const res = await s.liaison.agent.get(`${URL}?${query}`);
    expect(res.statusCode).toBe(400);
    expect(json<Wire<typeof ErrorBody>>(res).fields?.map((f) => f.path)).toContain(path);
  });

  it.each(['', 'q=充电', 'flag=yellow', 'view=due_soon', 'status=not_started', 'ownerId=DEPT2'])(
    'has exactly the rows the list counts for %j',
    async (raw) => {
      const query = raw.replace('DEPT2', s.department2.id);
      const expected = await list(s.liaison.agent, query);
      const { rows } = await exportedSheet(s.liaison.agent, `${URL}?${query}`);
      expect(rows).toHaveLength(expected.total);
      expect(columnOf(rows, 1)).toEqual(expected.items.map((i) => i.code).sort());
    },
  );

  it('gives a unit its own tasks with mine=true', async () => {
    const expected = await list(s.department2.agent, 'mine=true');
    const { rows } = await exportedSheet(s.department2.agent, `${URL}?mine=true`);
    expect(columnOf(rows, 2)).toEqual(['增设充电桩二十个']);
    expect(rows).toHaveLength(expected.total);
  });

  it('leaves out another region’s tasks and audits the export', async () => {
    expect((await exportedSheet(s.liaisonB.agent, URL)).rows).toHaveLength(0);
    expect((await exportedSheet(s.liaison.agent, URL)).rows).toHaveLength(3);
    const audits = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'task.export'), eq(auditEvents.actorId, s.liaison.id)));
    expect(audits.map((a) => a.after)).toContainEqual(expect.objectContaining({ count: 3 }));
  });

  it('writes the reader’s language and a title like a formula as text', async () => {
    const { header, rows } = await exportedSheet(s.liaison.agent, `${URL}?q=车位`, { 'accept-language': 'en' });
    expect(header.slice(0, 5)).toEqual(['Code', 'Task', 'Status', 'Flag', 'Responsible']);
    const [row] = rows;
    expectTextCell(row?.getCell(2), '-5 个车位先行划线施工');
    expect(row?.getCell(3).value).toBe('Not started');
    expect(row?.getCell(8).value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('refuses with 413 past the row limit', async () => {
    const actor = actorWith(s.liaison.id, ['liaison', s.tree.townA.path]);
    const ctx = { db: t.db, actor, locale: 'en' as const, ip: null };
    await expect(exportTasks(ctx, { mine: false }, new Date(), 2)).rejects.toMatchObject({
      status: 413,
      code: 'export_too_large',
    });
  });
});
