import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden, notFound } from '../../platform/errors';
import { findVisibleOutcome, nextOutcomeStatus } from '../outcomes';
import { actOnTask } from './act-on-task';
import { supervisionBoard } from './board';
import { taskCandidates } from './candidates';
import { createTask } from './create-task';
import { documentRoutes } from './document-routes';
import { taskExportRoute } from './export-route';
import { fileRoutes } from './file-routes';
import { loadTaskDetail } from './load';
import { canTask } from './policy';
import { presentTaskSummary } from './present';
import { findVisibleTask, listVisibleTasks, tasksOfOutcome } from './queries';
import {
  Board,
  BoardQuery,
  CreateTaskBody,
  ListTasksQuery,
  OutcomeTasks,
  OutcomeTasksParams,
  OwnerCandidates,
  OwnerCandidatesQuery,
  TaskActionBody,
  TaskDetail,
  TaskList,
  TaskMilestoneParams,
  TaskParams,
  UpdateTaskBody,
} from './schemas';
import { setMilestoneDone, updateTask } from './update-task';

/** 落实 and 督办: tasks carrying outcomes out, their steps, timetable and files, and the supervision board. */
export async function taskRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];
  await taskExportRoute(app, { db });

  const detail = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    const t = await findVisibleTask(db, ctx.actor, id);
    if (!t) throw notFound();
    return loadTaskDetail(db, ctx.actor, t);
  };

  r.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: 'Tasks you can see (your region, yours, or escalated to you), by view, flag and filters, with counts',
        querystring: ListTasksQuery,
        response: { 200: TaskList },
      },
    },
    async (req) => {
      const now = new Date();
      const { rows, total, counts } = await listVisibleTasks(db, contextOf(req, db).actor, req.query, now);
      const items = rows.map((t) => presentTaskSummary(t, now));
      return { items, total, counts, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.get(
    '/api/tasks/board',
    {
      schema: {
        tags,
        summary: 'The supervision board (督办) of a place in your reach (default: your widest): views and units',
        querystring: BoardQuery,
        response: { 200: Board },
      },
    },
    async (req) => supervisionBoard(contextOf(req, db), req.query),
  );

  r.get(
    '/api/tasks/owner-candidates',
    {
      schema: {
        tags,
        summary: 'Who an outcome’s tasks can go to (kind=owner), or be escalated to (kind=leader)',
        querystring: OwnerCandidatesQuery,
        response: { 200: OwnerCandidates },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const o = await findVisibleOutcome(db, ctx.actor, req.query.outcomeId);
      if (!o) throw notFound();
      if (!canTask(ctx.actor, req.query.kind === 'leader' ? 'escalate' : 'create', o)) throw forbidden();
      return { items: await taskCandidates(db, o.placePath, { kind: req.query.kind, q: req.query.q || undefined }) };
    },
  );

  r.post(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: 'Set a task carrying out a sent outcome (or one of its consensus items), with its timetable',
        body: CreateTaskBody,
        response: { 201: TaskDetail },
      },
    },
    async (req, reply) => {
      const { id } = await createTask(contextOf(req, db), req.body);
      reply.code(201);
      return detail(req, id);
    },
  );

  r.get(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        summary: 'One task: its timeline, timetable, files and what you may do',
        params: TaskParams,
        response: { 200: TaskDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.patch(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Change an open task: title, detail, owner, co-units, deadline',
        params: TaskParams,
        body: UpdateTaskBody,
        response: { 200: TaskDetail },
      },
    },
    async (req) => {
      await updateTask(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/tasks/:id/actions',
    {
      schema: {
        tags,
        summary: 'A step: report progress, done, cannot, carry over; accept, return, urge, escalate, instruct, reopen',
        params: TaskParams,
        body: TaskActionBody,
        response: { 200: TaskDetail },
      },
    },
    async (req) => {
      await actOnTask(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  for (const [method, isDone] of [
    ['PUT', true],
    ['DELETE', false],
  ] as const) {
    r.route({
      method,
      url: '/api/tasks/:id/milestones/:milestoneId/done',
      schema: {
        tags,
        summary: isDone ? 'Tick an item of the timetable done' : 'Untick an item of the timetable',
        params: TaskMilestoneParams,
        response: { 200: TaskDetail },
      },
      handler: async (req) => {
        await setMilestoneDone(contextOf(req, db), req.params.id, req.params.milestoneId, isDone);
        return detail(req, req.params.id);
      },
    });
  }

  r.get(
    '/api/outcomes/:outcomeId/tasks',
    {
      schema: {
        tags,
        summary: 'An outcome’s tasks (落实情况) that you can see, and whether you may add one',
        params: OutcomeTasksParams,
        response: { 200: OutcomeTasks },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const o = await findVisibleOutcome(db, ctx.actor, req.params.outcomeId);
      if (!o) throw notFound();
      const now = new Date();
      const rows = await tasksOfOutcome(db, ctx.actor, o.id);
      const canCreate = canTask(ctx.actor, 'create', o) && nextOutcomeStatus(o.status, 'start_tasks') !== null;
      return { items: rows.map((t) => presentTaskSummary(t, now)), canCreate };
    },
  );

  await fileRoutes(app, { db, config });
  await documentRoutes(app, { db });
}
