import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TRAINING_LIMITS } from '../../../shared/api/trainings';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName } from '../../platform/docx/gongwen';
import { AppError } from '../../platform/errors';
import { readUpload } from '../../platform/http/upload';
import { qrPng } from '../../platform/qr';
import { manageable } from './access';
import { attachMaterial, findMaterial, removeMaterial } from './files';
import { checkInLink } from './present';
import { TrainingFile, TrainingFileParams, TrainingParams } from './schemas';

/** A session's materials (课件) and its sign-in QR code. */
export async function trainingFileRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['trainings'];

  r.post(
    '/api/trainings/:id/files',
    {
      schema: {
        tags,
        summary: 'Add a material (multipart field "file"; PDF, Word, Excel, PowerPoint, JPG, PNG; ≤ 20 MB)',
        params: TrainingParams,
        consumes: ['multipart/form-data'],
        response: { 201: TrainingFile },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      // who may add is checked before the upload is read: a stranger never makes us buffer 20 MB
      await manageable(ctx, req.params.id);
      const file = await readUpload(req, TRAINING_LIMITS.fileBytes);
      if (!file) throw new AppError(400, 'training_file_missing', {}, [{ path: 'file', key: 'required' }]);
      const row = await attachMaterial(ctx, config.dataDir, req.params.id, {
        fileName: file.filename,
        data: file.data,
      });
      return reply.code(201).send(row);
    },
  );

  r.get(
    '/api/trainings/:id/files/:fileId',
    { schema: { tags, summary: 'Download a material', params: TrainingFileParams } },
    async (req, reply) => {
      const file = await findMaterial(contextOf(req, db), config.dataDir, req.params.id, req.params.fileId);
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', attachmentName(file.fileName))
        .header('cache-control', 'private, no-store');
      return reply.send(createReadStream(file.path));
    },
  );

  r.delete(
    '/api/trainings/:id/files/:fileId',
    { schema: { tags, summary: 'Remove a material', params: TrainingFileParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await removeMaterial(contextOf(req, db), config.dataDir, req.params.id, req.params.fileId);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/trainings/:id/sign-in-qr.png',
    { schema: { tags, summary: 'The sign-in QR code (PNG) opening the check-in page', params: TrainingParams } },
    async (req, reply) => {
      const t = await manageable(contextOf(req, db), req.params.id);
      const png = await qrPng(checkInLink(config.publicUrl, t.checkinToken));
      reply
        .header('content-type', 'image/png')
        .header('content-disposition', `attachment; filename="training-sign-in-${t.id.slice(0, 8)}.png"`);
      return reply.send(png);
    },
  );
}
