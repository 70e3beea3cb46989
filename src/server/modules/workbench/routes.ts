import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { loadWorkbench } from './load-workbench';
import { Workbench } from './schemas';

/** 工作台: what waits for the signed-in person, role by role, and the recent activity of their region. */
export async function workbenchRoutes(app: FastifyInstance, { db }: { db: Db }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/workbench',
    {
      schema: {
        tags: ['workbench'],
        summary:
          'What waits for you in each role you hold, with counts and the console list of each; recent activity in your region',
        response: { 200: Workbench },
      },
    },
    async (req) => loadWorkbench(contextOf(req, db)),
  );
}
