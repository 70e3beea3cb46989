import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Dashboard, DashboardQuery } from '../../../shared/api/dashboard';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { getDashboard } from './get-dashboard';

/** 数据看板: the figures of a place and a period, its children's, the trend — each with its list's link. */
export async function dashboardRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: "A place's figures for a period, its children's and the trend by month, each linked to its list",
        querystring: DashboardQuery,
        response: { 200: Dashboard },
      },
    },
    async (req) => getDashboard(contextOf(req, db), req.query),
  );
}
