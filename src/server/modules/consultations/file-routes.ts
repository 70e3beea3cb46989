import { createReadStream } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { consultations } from '../../platform/db/schema';
import { attachmentName, DOCX_MIME } from '../../platform/docx/gongwen';
import { AppError } from '../../platform/errors';
import { readUpload } from '../../platform/http/upload';
import { qrPng } from '../../platform/qr';
import { manageable, readable } from './access';
import { attachFile, findFile, removeFile } from './attachments';
import { renderMinutes } from './minutes';
import { signInLink } from './present';
import { ConsultationParams, FileInfo } from './schemas';

const FileParams = ConsultationParams.extend({ fid: z.uuid() });

/** Attachments, the minutes (会议纪要, Word) and the attendance QR code. */
export async function fileRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['consultations'];

  r.post(
    '/api/consultations/:id/files',
    {
      schema: {
        tags,
        summary: 'Attach a document or photo (multipart field "file"; PDF, Word, Excel, JPG, PNG; ≤ 5 MB)',
        params: ConsultationParams,
        consumes: ['multipart/form-data'],
        response: { 201: FileInfo },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      // who may attach is checked before the upload is read: a stranger never makes us buffer 5 MB
      await manageable(ctx, req.params.id);
      const file = await readUpload(req);
      if (!file) throw new AppError(400, 'consultation_file_missing', {}, [{ path: 'file', key: 'required' }]);
      const row = await attachFile(ctx, config.dataDir, req.params.id, { fileName: file.filename, data: file.data });
      return reply.code(201).send(row);
    },
  );

  r.get(
    '/api/consultations/:id/files/:fid',
    { schema: { tags, summary: 'Download an attachment', params: FileParams } },
    async (req, reply) => {
      const file = await findFile(contextOf(req, db), config.dataDir, req.params.id, req.params.fid);
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', attachmentName(file.fileName))
        .header('cache-control', 'private, no-store');
      return reply.send(createReadStream(file.path));
    },
  );

  r.delete(
    '/api/consultations/:id/files/:fid',
    { schema: { tags, summary: 'Remove an attachment', params: FileParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeFile(contextOf(req, db), config.dataDir, req.params.id, req.params.fid);
      return reply.code(204).send(null);
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
