import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { sendWorkbook } from '../../platform/list-export';
import { exportOutcomes } from './export-outcomes';
import { ExportOutcomesQuery } from './schemas';

/** GET /api/outcomes/export.xlsx: the outcomes list as Excel. */
export async function outcomeExportRoute(app: FastifyInstance, { db }: { db: Db }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/outcomes/export.xlsx',
    {
      schema: {
        tags: ['outcomes'],
        summary: 'The outcomes as Excel: the rows the list shows for the same query, streamed; 413 past 200,000',
        querystring: ExportOutcomesQuery,
      },
    },
    async (req, reply) => sendWorkbook(reply, await exportOutcomes(contextOf(req, db), req.query, new Date())),
  );
}
