import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { createCategory, listOfferedCategories } from './categories';
import { deadlineDays, setDeadlines } from './deadlines';
import { listDepartmentsFor } from './departments';
import {
  CategoryCreated,
  CategoryList,
  CreateCategoryBody,
  DeadlineDays,
  DepartmentList,
  PlaceIdQuery,
} from './schemas';

/** Categories, departments to forward to, and deadlines per level. */
export async function intakeConfigRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['submissions'];

  r.get(
    '/api/categories',
    {
      schema: {
        tags,
        summary: 'Categories offered at a place (configured there or above)',
        querystring: PlaceIdQuery,
        response: { 200: CategoryList },
      },
    },
    async (req) => listOfferedCategories(contextOf(req, db), req.query),
  );

  r.post(
    '/api/categories',
    {
      schema: {
        tags,
        summary: 'Add a category at a place (admins)',
        body: CreateCategoryBody,
        response: { 201: CategoryCreated },
      },
    },
    async (req, reply) => {
      const created = await createCategory(contextOf(req, db), req.body);
      reply.code(201);
      return created;
    },
  );

  r.get(
    '/api/departments',
    {
      schema: {
        tags,
        summary: 'Department accounts an item in this place can be forwarded to',
        querystring: PlaceIdQuery,
        response: { 200: DepartmentList },
      },
    },
    async (req) => listDepartmentsFor(contextOf(req, db), req.query),
  );

  r.get(
    '/api/settings/deadlines',
    {
      schema: { tags, summary: 'Days each level has to act on a submission', response: { 200: DeadlineDays } },
    },
    async (req) => {
      contextOf(req, db); // signed-in staff only
      return deadlineDays(db);
    },
  );

  r.put(
    '/api/settings/deadlines',
    {
      schema: {
        tags,
        summary: 'Set the days each level has (top-level admins); applies to items sorted from now on',
        body: DeadlineDays,
        response: { 200: DeadlineDays },
      },
    },
    async (req) => setDeadlines(contextOf(req, db), req.body),
  );
}
