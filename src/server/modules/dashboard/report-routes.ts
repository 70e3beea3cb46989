import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DashboardReportQuery } from '../../../shared/api/dashboard-report';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName, DOCX_MIME } from '../../platform/docx/gongwen';
import { exportPeriodicReport } from './periodic-report';

/** 月报/季报/年报: the dashboard's figures of a calendar period as a 公文-style Word document. */
export async function dashboardReportRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/dashboard/report.docx',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'The periodic report (month, quarter or year holding `date`) of a place, in Word, in the reader’s language',
        querystring: DashboardReportQuery,
      },
    },
    async (req, reply) => {
      const doc = await exportPeriodicReport(contextOf(req, db), req.query);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', attachmentName(doc.fileName))
        .header('cache-control', 'private, no-store')
        .send(doc.buffer);
    },
  );
}
