import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttachedFile, AttachmentParams, IdParams } from '../../../shared/api/common';
import type { ErrorCode } from '../../../shared/error-messages';
import type { attachmentStore } from '../attachments';
import type { Config } from '../config';
import { type Ctx, contextOf } from '../context';
import type { Db } from '../db';
import { attachmentName } from '../docx/gongwen';
import { AppError } from '../errors';
import { readUpload } from './upload';

type Spec = {
  /** The records' path: `/api/trainings` serves /api/trainings/:id/files and /api/trainings/:id/files/:fileId. */
  base: string;
  tags: string[];
  store: Pick<ReturnType<typeof attachmentStore>, 'attach' | 'find' | 'remove'>;
  maxBytes: number;
  /** The 400's code when the request carries no file. */
  missingCode: ErrorCode;
  /** Who may attach, checked before the upload is read: a stranger never makes us buffer it. */
  mayAttach: (ctx: Ctx, id: string) => Promise<unknown>;
  summaries: { add: string; download: string; remove: string };
};

/** Upload (multipart field "file"), download and remove the files attached to a kind of record. */
export function attachmentRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }, spec: Spec) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { tags, store } = spec;

  r.post(
    `${spec.base}/:id/files`,
    {
      schema: {
        tags,
        summary: spec.summaries.add,
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 201: AttachedFile },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      await spec.mayAttach(ctx, req.params.id);
      const file = await readUpload(req, spec.maxBytes);
      if (!file) throw new AppError(400, spec.missingCode, {}, [{ path: 'file', key: 'required' }]);
      const row = await store.attach(ctx, config.dataDir, req.params.id, { fileName: file.filename, data: file.data });
      return reply.code(201).send(row);
    },
  );

  r.get(
    `${spec.base}/:id/files/:fileId`,
    { schema: { tags, summary: spec.summaries.download, params: AttachmentParams } },
    async (req, reply) => {
      const file = await store.find(contextOf(req, db), config.dataDir, req.params.id, req.params.fileId);
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', attachmentName(file.fileName))
        .header('cache-control', 'private, no-store');
      return reply.send(createReadStream(file.path));
    },
  );

  r.delete(
    `${spec.base}/:id/files/:fileId`,
    {
      schema: { tags, summary: spec.summaries.remove, params: AttachmentParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await store.remove(contextOf(req, db), config.dataDir, req.params.id, req.params.fileId);
      return reply.code(204).send(null);
    },
  );
}
