import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TASK_LIMITS } from '../../../shared/api/tasks';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName } from '../../platform/docx/gongwen';
import { AppError } from '../../platform/errors';
import { readUpload } from '../../platform/http/upload';
import { photoWork } from '../../platform/images';
import { findTaskFile, storeTaskFile, uploadableTask } from './files';
import { TaskFile, TaskFileParams, TaskParams } from './schemas';

/** A task's photos and documents: upload (then cite in a step), download. */
export async function fileRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];

  r.post(
    '/api/tasks/:id/files',
    {
      schema: {
        tags,
        summary:
          'Upload one photo (JPG, PNG, WebP; re-encoded without metadata) or document (PDF, Word, Excel), ≤ 10 MB, multipart field "file"; cite its id in a step’s fileIds within a day',
        params: TaskParams,
        consumes: ['multipart/form-data'],
        response: { 201: TaskFile },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      // who may upload is checked before the upload is read: a stranger never makes us buffer 10 MB
      await uploadableTask(ctx, req.params.id);
      photoWork.assertRoom();
      const file = await readUpload(req, TASK_LIMITS.fileBytes);
      if (!file) throw new AppError(400, 'task_file_missing', {}, [{ path: 'file', key: 'required' }]);
      const stored = await storeTaskFile(ctx, config.dataDir, req.params.id, file);
      return reply.code(201).send(stored);
    },
  );

  r.get(
    '/api/tasks/:id/files/:fileId',
    { schema: { tags, summary: 'Download a task’s photo or document', params: TaskFileParams } },
    async (req, reply) => {
      const file = await findTaskFile(contextOf(req, db), config.dataDir, req.params.id, req.params.fileId);
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', attachmentName(file.originalName))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff');
      return reply.send(createReadStream(file.path));
    },
  );
}
