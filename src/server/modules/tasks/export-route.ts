import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { sendWorkbook } from '../../platform/list-export';
import { exportTasks } from './export-tasks';
import { ExportTasksQuery } from './schemas';

/** GET /api/tasks/export.xlsx: the tasks list as Excel. */
export async function taskExportRoute(app: FastifyInstance, { db }: { db: Db }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/tasks/export.xlsx',
    {
      schema: {
        tags: ['tasks'],
        summary: 'The tasks as Excel: the rows the list shows for the same query, streamed; 413 past 200,000',
        querystring: ExportTasksQuery,
      },
    },
    async (req, reply) => sendWorkbook(reply, await exportTasks(contextOf(req, db), req.query, new Date())),
  );
}
