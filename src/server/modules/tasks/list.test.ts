import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Board, TaskList } from '../../../shared/api/tasks';
import { tasks } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { fieldsOf, inDays, NO_SUCH, setTask, step, type TaskDetail, type TaskScene, taskScene } from './testing';

type List = Wire<typeof TaskList>;
type BoardBody = Wire<typeof Board>;

let t: TestApp;
let s: TaskScene;
let anonymous: Agent;
let overdue: TaskDetail;
let soon: TaskDetail;
let calm: TaskDetail;
let finished: TaskDetail;

beforeAll(async () => {
  t = await startTestApp();
  s = await taskScene(t);
  anonymous = new Agent(t.app);
  const outcomeId = s.outcome.id;
  overdue = await setTask(s.liaison.agent, { outcomeId, ownerId: s.department.id, title: '修订制种合同' });
  await t.db
    .update(tasks)
    .set({ dueAt: new Date(Date.now() - 86_400_000) })
    .where(eq(tasks.id, overdue.id));
  await step(s.liaison.agent, overdue.id, 'urge', { note: '请加快' });
  soon = await setTask(s.liaison.agent, {
    outcomeId,
    ownerId: s.department2.id,
    title: '公示扣款标准',
    dueAt: inDays(3),
  });
  calm = await setTask(s.liaison.agent, { outcomeId, ownerId: s.department2.id, title: '组建统防统治服务队' });
  finished = await setTask(s.liaison.agent, { outcomeId, ownerId: s.department.id, title: '结算时限纳入信用评价' });
  await step(s.department.agent, finished.id, 'done');
});

const list = async (who: Agent, query = '') => {
  const res = await who.get(`/api/tasks?outcomeId=${s.outcome.id}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<List>(res);
};
const codes = (l: List) => l.items.map((i) => i.code);

describe('GET /api/tasks', () => {
  it('lists open tasks by deadline with their flags, and counts each view and flag', async () => {
    const all = await list(s.liaison.agent);
    expect(codes(all)).toEqual([overdue.code, soon.code, calm.code, finished.code]);
    expect(all.items[0]).toMatchObject({
      flag: 'red',
      reasons: ['overdue', 'urged'],
      urgeCount: 1,
      awaitsAnswer: true,
    });
    expect(all.items[1]).toMatchObject({ flag: 'yellow', reasons: ['due_soon'] });
    expect(all.items[3]).toMatchObject({ status: 'done', flag: 'green', reasons: [] });
    expect(all.counts.views).toMatchObject({ open: 3, overdue: 1, due_soon: 1, urged: 1, to_accept: 1, closed: 0 });
    expect(all.counts.flags).toEqual({ red: 1, yellow: 1, green: 2 });
  });

  it('filters by view, flag, status, owner, search and "mine"; counts stay those of the other filters', async () => {
    const red = await list(s.liaison.agent, '&flag=red');
    expect(codes(red)).toEqual([overdue.code]);
    expect(red.total).toBe(1);
    expect(red.counts.flags.green).toBe(2);
    expect(codes(await list(s.liaison.agent, '&view=to_accept'))).toEqual([finished.code]);
    expect(codes(await list(s.liaison.agent, `&status=not_started&ownerId=${s.department2.id}`))).toEqual([
      soon.code,
      calm.code,
    ]);
    expect(codes(await list(s.liaison.agent, `&q=${encodeURIComponent('扣款')}`))).toEqual([soon.code]);
    expect(codes(await list(s.liaison.agent, `&q=${encodeURIComponent(s.department2.username)}`))).toEqual([
      soon.code,
      calm.code,
    ]);
    expect(codes(await list(s.department.agent, '&mine=true'))).toEqual([overdue.code, finished.code]);
    expect(codes(await list(s.liaison.agent, '&mine=true'))).toEqual([]);
    expect(codes(await list(s.liaison.agent, `&placeId=${s.tree.townB.id}`))).toEqual([]);
    const paged = await list(s.liaison.agent, '&pageSize=2&page=2');
    expect(codes(paged)).toEqual([calm.code, finished.code]);
    expect(paged.total).toBe(4);
  });

  it('shows a department its own tasks, a leader their region, another region nothing', async () => {
    expect(codes(await list(s.department2.agent))).toEqual([soon.code, calm.code]);
    expect(codes(await list(s.leader.agent))).toHaveLength(4);
    expect((await list(s.liaisonB.agent)).total).toBe(0);
  });

  it('answers 401 and 400 by field', async () => {
    expect((await anonymous.get('/api/tasks')).statusCode).toBe(401);
    const bad = await s.liaison.agent.get('/api/tasks?view=late&flag=blue&status=x&placeId=y&pageSize=0');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['flag', 'pageSize', 'placeId', 'status', 'view']);
  });
});

describe('GET /api/tasks/board', () => {
  it('shows the region of the viewer’s widest role by default, with each unit’s counts', async () => {
    const res = await s.liaison.agent.get('/api/tasks/board');
    expect(res.statusCode, res.body).toBe(200);
    const board = json<BoardBody>(res);
    expect(board).toMatchObject({
      place: { id: s.tree.townA.id, kind: 'township' },
      dueSoonDays: 7,
      stalledDays: 14,
    });
    expect(board.views).toMatchObject({ open: 3, overdue: 1, due_soon: 1, to_accept: 1 });
    expect(board.units).toEqual([
      {
        owner: { id: s.department.id, displayName: `department ${s.department.username}` },
        open: 1,
        overdue: 1,
        dueSoon: 0,
        stalled: 0,
        done: 1,
      },
      {
        owner: { id: s.department2.id, displayName: `department ${s.department2.username}` },
        open: 2,
        overdue: 0,
        dueSoon: 1,
        stalled: 0,
        done: 0,
      },
    ]);
  });

  it('shows a place beneath for the asking; 404 beyond the viewer’s reach; 403 to a department', async () => {
    const village = json<BoardBody>(await s.liaison.agent.get(`/api/tasks/board?placeId=${s.tree.villageA.id}`));
    expect(village.place.id).toBe(s.tree.villageA.id);
    expect(village.units).toEqual([]);
    const district = json<BoardBody>(await s.leader.agent.get(`/api/tasks/board?placeId=${s.tree.district.id}`));
    expect(district.views.open).toBe(3);
    expect((await s.liaison.agent.get(`/api/tasks/board?placeId=${s.tree.district.id}`)).statusCode).toBe(404);
    expect((await s.liaison.agent.get(`/api/tasks/board?placeId=${NO_SUCH}`)).statusCode).toBe(404);
    expect((await s.department.agent.get('/api/tasks/board')).statusCode).toBe(403);
    expect((await anonymous.get('/api/tasks/board')).statusCode).toBe(401);
    const bad = await s.liaison.agent.get('/api/tasks/board?placeId=nope');
    expect(fieldsOf(bad.body)).toEqual(['placeId']);
  });
});
