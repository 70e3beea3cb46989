import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { REVISIT_LIMITS } from '../../../shared/api/revisits';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { readUpload } from '../../platform/http/upload';
import { photoWork } from '../../platform/images';
import { findVisibleOutcome } from '../outcomes';
import { dueRevisits } from './due';
import { loadOutcomeRevisits } from './load';
import { findRevisitPhoto, photoOutcome, storeRevisitPhoto } from './photos';
import { canRevisit } from './policy';
import { recordRevisit } from './record-revisit';
import {
  DueRevisits,
  DueRevisitsQuery,
  OutcomeRevisits,
  RecordRevisitBody,
  ReviewDateBody,
  RevisitOutcomeParams,
  RevisitPhoto,
  RevisitPhotoParams,
} from './schemas';
import { setReviewDate } from './set-review-date';

/** 回头看: an outcome's review date and revisits with their photos, and the revisits due in a region. */
export async function revisitRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['revisits'];

  /** The outcome's revisits as the viewer sees them: 404 unseen, 403 to those who do not read them. */
  const revisitsOf = async (req: FastifyRequest, outcomeId: string) => {
    const { actor } = contextOf(req, db);
    const o = await findVisibleOutcome(db, actor, outcomeId);
    if (!o) throw notFound();
    if (!canRevisit(actor, 'read', o)) throw forbidden();
    return loadOutcomeRevisits(db, actor, o);
  };

  r.get(
    '/api/outcomes/:id/revisits',
    {
      schema: {
        tags,
        summary: 'An outcome’s review date and revisits (回头看), newest first, and what you may do',
        params: RevisitOutcomeParams,
        response: { 200: OutcomeRevisits },
      },
    },
    async (req) => revisitsOf(req, req.params.id),
  );

  r.post(
    '/api/outcomes/:id/revisits',
    {
      schema: {
        tags,
        summary:
          'Record a revisit of a carried-out outcome; when the problem is back, the task named reopens and the outcome is carried out again',
        params: RevisitOutcomeParams,
        body: RecordRevisitBody,
        response: { 201: OutcomeRevisits },
      },
    },
    async (req, reply) => {
      await recordRevisit(contextOf(req, db), req.params.id, req.body);
      reply.code(201);
      return revisitsOf(req, req.params.id);
    },
  );

  r.put(
    '/api/outcomes/:id/review-date',
    {
      schema: {
        tags,
        summary: 'Set a carried-out outcome’s review date (回头看), not in the past',
        params: RevisitOutcomeParams,
        body: ReviewDateBody,
        response: { 200: OutcomeRevisits },
      },
    },
    async (req) => {
      await setReviewDate(contextOf(req, db), req.params.id, req.body);
      return revisitsOf(req, req.params.id);
    },
  );

  r.post(
    '/api/outcomes/:id/revisit-photos',
    {
      schema: {
        tags,
        summary:
          'Upload one photo of a revisit (JPG, PNG, WebP; re-encoded without metadata), ≤ 10 MB, multipart field "file"; cite its id in photoIds within a day',
        params: RevisitOutcomeParams,
        consumes: ['multipart/form-data'],
        response: { 201: RevisitPhoto },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      // who may upload is checked before the upload is read: a stranger never makes us buffer 10 MB
      await photoOutcome(ctx, req.params.id);
      photoWork.assertRoom();
      const file = await readUpload(req, REVISIT_LIMITS.photoBytes);
      if (!file) throw new AppError(400, 'revisit_photo_missing', {}, [{ path: 'file', key: 'required' }]);
      const stored = await storeRevisitPhoto(ctx, config.dataDir, req.params.id, file.data);
      return reply.code(201).send(stored);
    },
  );

  r.get(
    '/api/outcomes/:id/revisit-photos/:photoId',
    { schema: { tags, summary: 'A photo of a revisit (JPEG)', params: RevisitPhotoParams } },
    async (req, reply) => {
      const path = await findRevisitPhoto(contextOf(req, db), config.dataDir, req.params.id, req.params.photoId);
      reply
        .header('content-type', 'image/jpeg')
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff');
      return reply.send(createReadStream(path));
    },
  );

  r.get(
    '/api/revisits/due',
    {
      schema: {
        tags,
        summary:
          'Revisits due in your region (or beneath a place of it): carried-out outcomes whose review date has come or comes within 14 days, oldest first',
        querystring: DueRevisitsQuery,
        response: { 200: DueRevisits },
      },
    },
    async (req) => dueRevisits(contextOf(req, db), req.query),
  );
}
