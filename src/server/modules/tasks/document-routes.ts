import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName, DOCX_MIME } from '../../platform/docx/gongwen';
import { implementationReport } from './implementation-report';
import { ReportParams, TaskParams } from './schemas';
import { supervisionSheet } from './supervision-sheet';

const sendDocx = (reply: FastifyReply, doc: { buffer: Buffer; fileName: string }) =>
  reply
    .header('content-type', DOCX_MIME)
    .header('content-disposition', attachmentName(doc.fileName))
    .header('cache-control', 'private, no-store')
    .send(doc.buffer);

/** The follow-through's 公文 in Word: a task's 督办单 and an outcome's 落实情况报告, in the reader's language. */
export async function documentRoutes(app: FastifyInstance, { db }: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];

  r.get(
    '/api/tasks/:id/supervision-sheet.docx',
    {
      schema: {
        tags,
        summary: 'The task’s 督办单 (supervision sheet) as a 公文-style Word document: for those who press it',
        params: TaskParams,
      },
    },
    async (req, reply) => sendDocx(reply, await supervisionSheet(contextOf(req, db), req.params.id)),
  );

  r.get(
    '/api/outcomes/:id/implementation-report.docx',
    {
      schema: {
        tags,
        summary: 'A sent outcome’s 落实情况报告: replies, 批示, tasks, revisits and 三评, as a Word document',
        params: ReportParams,
      },
    },
    async (req, reply) => sendDocx(reply, await implementationReport(contextOf(req, db), req.params.id)),
  );
}
