import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { consultations } from '../../platform/db/schema';
import { attachmentName, DOCX_MIME } from '../../platform/docx/gongwen';
import { attachmentRoutes } from '../../platform/http/attachment-routes';
import { qrPng } from '../../platform/qr';
import { manageable, readable } from './access';
import { attachments, MAX_FILE_BYTES } from './attachments';
import { renderMinutes } from './minutes';
import { signInLink } from './present';
import { ConsultationParams } from './schemas';

/** Attachments, the minutes (会议纪要, Word) and the attendance QR code. */
export async function fileRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consultations'];

  attachmentRoutes(
    app,
    { db, config },
    {
      base: '/api/consultations',
      tags,
      store: attachments,
      maxBytes: MAX_FILE_BYTES,
      missingCode: 'consultation_file_missing',
      mayAttach: manageable,
      summaries: {
        add: 'Attach a document or photo (multipart field "file"; PDF, Word, Excel, JPG, PNG; ≤ 5 MB)',
        download: 'Download an attachment',
        remove: 'Remove an attachment',
      },
    },
  );

  r.get(
    '/api/consultations/:id/minutes.docx',
    { schema: { tags, summary: '会议纪要: the minutes as a Word document in 公文 style', params: ConsultationParams } },
    async (req, reply) => {
      const c = await readable(contextOf(req, db), req.params.id);
      const { buffer, fileName } = await renderMinutes(db, c.id);
      reply.header('content-type', DOCX_MIME).header('content-disposition', attachmentName(fileName));
      return reply.send(buffer);
    },
  );

  r.get(
    '/api/consultations/:id/sign-in-qr.png',
    { schema: { tags, summary: 'The attendance QR code (PNG) opening the sign-in page', params: ConsultationParams } },
    async (req, reply) => {
      const c = await manageable(contextOf(req, db), req.params.id);
      const [row] = await db
        .select({ token: consultations.signInToken })
        .from(consultations)
        .where(eq(consultations.id, c.id));
      const png = await qrPng(signInLink(config.publicUrl, row?.token ?? ''));
      reply
        .header('content-type', 'image/png')
        .header('content-disposition', `attachment; filename="sign-in-${c.code}.png"`);
      return reply.send(png);
    },
  );
}
