import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { OutcomeTasks, OwnerCandidates } from '../../../shared/api/tasks';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { draft, type OutcomeDetail } from '../outcomes/testing';
import {
  fieldsOf,
  inDays,
  NO_SUCH,
  noticesOf,
  sentOutcome,
  setTask,
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

describe('POST /api/tasks', () => {
  it('sets a task with its timetable; the outcome is being carried out and the owner is told', async () => {
    const task = await setTask(s.liaison.agent, {
      outcomeId: s.outcome.id,
      consensusItemId: s.consensus[0]?.id,
      ownerId: s.department.id,
      detail: '会同街道制定停车位建设方案',
      coUnits: ['东湖街道', '区交警大队', '东湖街道'],
      milestones: [{ title: '完成选址', dueAt: inDays(10) }, { title: '完成施工' }],
    });
    expect(task.code).toMatch(/^RW-\d{4}-\d{4}$/);
    expect(task).toMatchObject({
      status: 'not_started',
      flag: 'green',
      reasons: [],
      owner: { id: s.department.id },
      outcome: { id: s.outcome.id, status: 'carrying_out' },
      place: { id: s.tree.townA.id, kind: 'township' },
      consensusItem: { id: s.consensus[0]?.id, text: s.consensus[0]?.text },
      coUnits: ['东湖街道', '区交警大队'],
      milestoneCount: 2,
      milestonesDone: 0,
      createdBy: { id: s.liaison.id },
    });
    expect(task.milestones.map((m) => [m.position, m.title])).toEqual([
      [1, '完成选址'],
      [2, '完成施工'],
    ]);
    expect(task.events.map((e) => [e.kind, e.data?.owner])).toEqual([
      ['created', `department ${s.department.username}`],
    ]);
    expect(task.abilities).toEqual({
      edit: true,
      actions: ['progress', 'done', 'cannot', 'carry_over', 'urge', 'escalate'],
      upload: true,
      tickMilestones: true,
      sheet: true,
    });
    const outcome = json<OutcomeDetail>(await s.liaison.agent.get(`/api/outcomes/${s.outcome.id}`));
    expect(outcome).toMatchObject({ status: 'carrying_out', taskCount: 1, tasksAccepted: 0 });
    expect((await noticesOf(t, s.department.id, task.id)).map((n) => [n.kind, n.params])).toEqual([
      [
        'task_assigned',
        { code: task.code, title: task.title, actor: `liaison ${s.liaison.username}`, dueAt: task.dueAt },
      ],
    ]);
    expect(await noticesOf(t, s.liaison.id, task.id)).toEqual([]); // never the actor
  });

  it('answers 401, 404 for an outcome of another region, 403 to those who do not set tasks', async () => {
    const body = { outcomeId: s.outcome.id, ownerId: s.department.id, title: '任务', dueAt: inDays(5) };
    expect((await anonymous.post('/api/tasks', body)).statusCode).toBe(401);
    expect((await s.liaisonB.agent.post('/api/tasks', body)).statusCode).toBe(404);
    expect((await s.liaison.agent.post('/api/tasks', { ...body, outcomeId: NO_SUCH })).statusCode).toBe(404);
    for (const who of [s.member, s.leader, s.department]) {
      expect((await who.agent.post('/api/tasks', body)).statusCode).toBe(403);
    }
  });

  it('answers 409 on a draft outcome', async () => {
    const o = await draft(s.liaison.agent, s.held.consultationId, []);
    const res = await s.liaison.agent.post('/api/tasks', {
      outcomeId: o.id,
      ownerId: s.department.id,
      title: '任务',
      dueAt: inDays(5),
    });
    expect(res.statusCode).toBe(409);
    expect(json<Wire<typeof ErrorBody>>(res).code).toBe('task_outcome_not_sent');
  });

  it('answers 400 naming each field the schema refuses', async () => {
    const res = await s.liaison.agent.post('/api/tasks', {
      outcomeId: s.outcome.id,
      ownerId: 'x',
      title: '短',
      dueAt: 'tomorrow',
      coUnits: ['a'],
      milestones: [{ title: '' }],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['coUnits.0', 'dueAt', 'milestones.0.title', 'ownerId', 'title']);
  });

  it('answers 400 on an owner outside the outcome’s reach, or a consensus item not the outcome’s', async () => {
    const farDepartment = await buildAccount(t.app, t.db, { role: 'department', place: s.tree.townB });
    for (const ownerId of [s.liaisonB.id, farDepartment.id, NO_SUCH]) {
      const res = await s.liaison.agent.post('/api/tasks', {
        outcomeId: s.outcome.id,
        ownerId,
        consensusItemId: NO_SUCH,
        title: '任务标题',
        dueAt: inDays(5),
      });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['consensusItemId', 'ownerId']);
    }
  });
});

describe('owner candidates', () => {
  const url = (kind = 'owner', q = '') => `/api/tasks/owner-candidates?outcomeId=${s.outcome.id}&kind=${kind}${q}`;

  it('offers departments serving the reach and people within the township; leaders reaching the place', async () => {
    const owners = json<Wire<typeof OwnerCandidates>>(await s.liaison.agent.get(url())).items;
    const ids = owners.map((c) => c.id);
    for (const who of [s.department, s.department2, s.villageLiaison, s.liaison, s.member])
      expect(ids).toContain(who.id);
    expect(ids).not.toContain(s.liaisonB.id);
    expect(ids).not.toContain(s.leaderB.id);
    expect(owners.find((c) => c.id === s.villageLiaison.id)).toMatchObject({
      role: 'liaison',
      place: { id: s.tree.villageA.id },
    });
    const leaders = json<Wire<typeof OwnerCandidates>>(await s.liaison.agent.get(url('leader'))).items;
    expect(leaders.map((c) => c.id)).toContain(s.leader.id);
    expect(leaders.map((c) => c.id)).not.toContain(s.leaderB.id);
    expect(leaders.every((c) => c.role === 'leader')).toBe(true);
    const found = json<Wire<typeof OwnerCandidates>>(
      await s.liaison.agent.get(url('owner', `&q=${s.department2.username}`)),
    ).items;
    expect(found.map((c) => c.id)).toEqual([s.department2.id]);
  });

  it('offers the CPPCC office serving the reach as an owner, which then carries the task out', async () => {
    const office = await buildAccount(t.app, t.db, { role: 'cppcc', place: s.tree.district });
    const elsewhere = await buildTree(t.db);
    const away = await buildAccount(t.app, t.db, { role: 'cppcc', place: elsewhere.district });
    const search = async (q: string) =>
      json<Wire<typeof OwnerCandidates>>(await s.liaison.agent.get(url('owner', `&q=${q}`))).items;
    expect((await search(office.username)).map((c) => [c.id, c.role, c.place.id])).toEqual([
      [office.id, 'cppcc', s.tree.district.id],
    ]);
    expect(await search(away.username)).toEqual([]);
    const task = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: office.id });
    const mine = json<{ items: { id: string }[] }>(await office.agent.get('/api/tasks?mine=true'));
    expect(mine.items.map((i) => i.id)).toContain(task.id);
    const refused = await s.liaison.agent.post('/api/tasks', {
      outcomeId: s.outcome.id,
      ownerId: away.id,
      title: '跟踪提案办理',
      dueAt: inDays(30),
    });
    expect(refused.statusCode).toBe(400);
  });

  it('answers 401, 404, 403 and 400', async () => {
    expect((await anonymous.get(url())).statusCode).toBe(401);
    expect((await s.liaisonB.agent.get(url())).statusCode).toBe(404);
    expect((await s.member.agent.get(url())).statusCode).toBe(403);
    expect((await s.leader.agent.get(url('leader'))).statusCode).toBe(403);
    const bad = await s.liaison.agent.get('/api/tasks/owner-candidates?outcomeId=x&kind=boss');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['kind', 'outcomeId']);
  });
});

describe('GET and PATCH /api/tasks/:id', () => {
  let task: TaskDetail;
  beforeAll(async () => {
    task = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
  });

  it('shows the task to the region and its owner, 404 elsewhere', async () => {
    const forMember = json<TaskDetail>(await s.member.agent.get(`/api/tasks/${task.id}`));
    expect(forMember.abilities).toEqual({
      edit: false,
      actions: [],
      upload: false,
      tickMilestones: false,
      sheet: false,
    });
    const forOwner = json<TaskDetail>(await s.department.agent.get(`/api/tasks/${task.id}`));
    expect(forOwner.abilities.actions).toEqual(['progress', 'done', 'cannot', 'carry_over']);
    expect((await s.department2.agent.get(`/api/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await s.liaisonB.agent.get(`/api/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await s.liaison.agent.get(`/api/tasks/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await s.liaison.agent.get('/api/tasks/nope')).statusCode).toBe(400);
    expect((await anonymous.get(`/api/tasks/${task.id}`)).statusCode).toBe(401);
  });

  it('changes title, deadline and owner; the new owner is told and sees it, the old one no longer', async () => {
    const dueAt = inDays(3);
    const res = await s.liaison.agent.patch(`/api/tasks/${task.id}`, {
      title: '督促种业公司修订合同并公示',
      dueAt,
      ownerId: s.department2.id,
      coUnits: [],
    });
    expect(res.statusCode, res.body).toBe(200);
    const changed = json<TaskDetail>(res);
    expect(changed).toMatchObject({ title: '督促种业公司修订合同并公示', owner: { id: s.department2.id } });
    expect(changed.flag).toBe('yellow');
    expect(changed.reasons).toEqual(['due_soon']);
    // what changed, in the form's order, with the new values the timeline names (coUnits stayed empty)
    expect(changed.events.at(-1)).toMatchObject({ kind: 'edited' });
    expect(changed.events.at(-1)?.data).toEqual({
      fields: ['title', 'ownerId', 'dueAt'],
      title: '督促种业公司修订合同并公示',
      owner: `department ${s.department2.username}`,
      dueAt,
    });
    expect((await noticesOf(t, s.department2.id, task.id)).map((n) => [n.kind, n.params])).toEqual([
      [
        'task_assigned',
        {
          code: task.code,
          title: '督促种业公司修订合同并公示',
          actor: `liaison ${s.liaison.username}`,
          dueAt,
        },
      ],
    ]);
    expect((await s.department.agent.get(`/api/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await s.department2.agent.get(`/api/tasks/${task.id}`)).statusCode).toBe(200);
  });

  it('answers 400, 401, 403, 404 on edits, and 409 once the task is reported done', async () => {
    const bad = await s.liaison.agent.patch(`/api/tasks/${task.id}`, { title: 'x', ownerId: 'y' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['ownerId', 'title']);
    const foreign = await s.liaison.agent.patch(`/api/tasks/${task.id}`, { ownerId: s.liaisonB.id });
    expect(fieldsOf(foreign.body)).toEqual(['ownerId']);
    expect((await anonymous.patch(`/api/tasks/${task.id}`, { title: '新的任务标题' })).statusCode).toBe(401);
    expect((await s.department2.agent.patch(`/api/tasks/${task.id}`, { title: '新的任务标题' })).statusCode).toBe(403);
    expect((await s.member.agent.patch(`/api/tasks/${task.id}`, { title: '新的任务标题' })).statusCode).toBe(403);
    expect((await s.liaisonB.agent.patch(`/api/tasks/${task.id}`, { title: '新的任务标题' })).statusCode).toBe(404);
    expect((await s.department2.agent.post(`/api/tasks/${task.id}/actions`, { action: 'done' })).statusCode).toBe(200);
    const late = await s.liaison.agent.patch(`/api/tasks/${task.id}`, { title: '新的任务标题' });
    expect(late.statusCode).toBe(409);
  });
});

describe('GET /api/outcomes/:outcomeId/tasks', () => {
  it('lists the outcome’s tasks to the region, only their own to a department', async () => {
    const o = await sentOutcome(s);
    const a = await setTask(s.liaison.agent, { outcomeId: o.id, ownerId: s.department.id, dueAt: inDays(40) });
    const b = await setTask(s.liaison.agent, { outcomeId: o.id, ownerId: s.department2.id, dueAt: inDays(20) });
    const forLiaison = json<Wire<typeof OutcomeTasks>>(await s.liaison.agent.get(`/api/outcomes/${o.id}/tasks`));
    expect(forLiaison.items.map((i) => i.id)).toEqual([b.id, a.id]); // the nearest deadline first
    expect(forLiaison.canCreate).toBe(true);
    const forDepartment = json<Wire<typeof OutcomeTasks>>(await s.department.agent.get(`/api/outcomes/${o.id}/tasks`));
    expect(forDepartment).toEqual({ items: [expect.objectContaining({ id: a.id })], canCreate: false });
    expect((await s.liaisonB.agent.get(`/api/outcomes/${o.id}/tasks`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/outcomes/${o.id}/tasks`)).statusCode).toBe(401);
    expect((await s.liaison.agent.get('/api/outcomes/x/tasks')).statusCode).toBe(400);
  });

  it('writes the task’s creation to the audit log', async () => {
    const task = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
    const admin = await buildAccount(t.app, t.db, { role: 'admin', place: s.tree.district });
    const audit = json<Wire<typeof AuditListResponse>>(await admin.agent.get(`/api/audit?entityId=${task.id}`));
    expect(audit.items.map((i) => i.action)).toEqual(['task.create']);
  });
});
