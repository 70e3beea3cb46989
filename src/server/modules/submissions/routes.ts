import { createReadStream } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import { makeCipher } from '../../platform/crypto';
import type { Db } from '../../platform/db';
import { submissionPhotos } from '../../platform/db/schema';
import { attachmentName } from '../../platform/docx/gongwen';
import { notFound } from '../../platform/errors';
import { XLSX_MIME } from '../../platform/xlsx-export';
import { findVisiblePlace } from '../places';
import { exportSubmissions } from './export-submissions';
import { loadSubmissionDetail } from './load';
import { photoPath } from './photos';
import { presentSummary } from './present';
import { findVisibleSubmission, listVisibleSubmissions } from './queries';
import { revealPhone } from './reveal-phone';
import {
  ActionBody,
  CreateWalkInBody,
  ExportSubmissionsQuery,
  ListSubmissionsQuery,
  PhoneResponse,
  PhotoParams,
  SortManyBody,
  SortManyResponse,
  StatsQuery,
  StatsResponse,
  SubmissionDetail,
  SubmissionListResponse,
  SubmissionParams,
} from './schemas';
import { sortMany } from './sort-many';
import { actOnSubmission } from './sort-submission';
import { submissionStats } from './stats';
import { recordWalkIn } from './walk-in';

export async function submissionRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['submissions'];
  const cipher = makeCipher(config.secret);

  const detail = async (req: Parameters<typeof contextOf>[0], id: string) => {
    const ctx = contextOf(req, db);
    const row = await findVisibleSubmission(db, ctx.actor, id);
    if (!row) throw notFound();
    return loadSubmissionDetail(db, ctx.actor, row, new Date());
  };

  r.get(
    '/api/submissions',
    {
      schema: {
        tags,
        summary: 'The inbox: submissions in your region, filtered, searched (简/繁), with counts per status',
        querystring: ListSubmissionsQuery,
        response: { 200: SubmissionListResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const now = new Date();
      const { rows, total, counts, search } = await listVisibleSubmissions(db, ctx.actor, req.query, now);
      return {
        items: rows.map((row) => presentSummary(row, now)),
        total,
        counts,
        search,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  r.get(
    '/api/submissions/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The inbox as Excel: the rows the list shows for the same query, streamed; 413 past 200,000 rows',
        querystring: ExportSubmissionsQuery,
      },
    },
    async (req, reply) => {
      const { stream, fileName } = await exportSubmissions(contextOf(req, db), req.query, new Date());
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachmentName(fileName))
        .send(stream);
    },
  );

  r.get(
    '/api/submissions/stats',
    {
      schema: {
        tags,
        summary: "Counts for a place's subtree: received, sorted, solved, overdue, satisfaction",
        querystring: StatsQuery,
        response: { 200: StatsResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const place = req.query.placeId ? await findVisiblePlace(db, ctx.actor, req.query.placeId) : undefined;
      if (req.query.placeId && !place) throw notFound();
      return submissionStats(db, ctx.actor, place?.path, new Date());
    },
  );

  r.get(
    '/api/submissions/:id',
    {
      schema: {
        tags,
        summary: 'One submission with its timeline and similar submissions',
        params: SubmissionParams,
        response: { 200: SubmissionDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.post(
    '/api/submissions',
    {
      schema: {
        tags,
        summary: 'Record a submission on a resident’s behalf (walk-in, phone, patrol, reception day)',
        body: CreateWalkInBody,
        response: { 201: SubmissionDetail },
      },
    },
    async (req, reply) => {
      const created = await recordWalkIn(contextOf(req, db), cipher, req.body);
      reply.code(201);
      return detail(req, created.id);
    },
  );

  r.post(
    '/api/submissions/:id/actions',
    {
      schema: {
        tags,
        summary: 'Sort or handle: to grid / community / township / department, merge, decline, reply, solve',
        params: SubmissionParams,
        body: ActionBody,
        response: { 200: SubmissionDetail },
      },
    },
    async (req) => {
      await actOnSubmission(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/submissions/sort-many',
    {
      schema: {
        tags,
        summary: 'Sort several items to one place (批量分办): one transaction per item, a result for each',
        body: SortManyBody,
        response: { 200: SortManyResponse },
      },
    },
    async (req) => sortMany(contextOf(req, db), req.body),
  );

  r.post(
    '/api/submissions/:id/phone',
    {
      schema: {
        tags,
        summary: "See the resident's full mobile number (audited)",
        params: SubmissionParams,
        response: { 200: PhoneResponse },
      },
    },
    async (req) => revealPhone(contextOf(req, db), cipher, req.params),
  );

  r.get(
    '/api/submissions/:id/photos/:photoId',
    {
      schema: {
        tags,
        summary: 'A photo attached to a submission',
        params: PhotoParams,
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const row = await findVisibleSubmission(db, ctx.actor, req.params.id);
      if (!row) throw notFound();
      const [photo] = await db
        .select()
        .from(submissionPhotos)
        .where(and(eq(submissionPhotos.id, req.params.photoId), eq(submissionPhotos.submissionId, row.id)));
      if (!photo) throw notFound();
      reply.header('content-type', 'image/jpeg').header('cache-control', 'private, max-age=3600');
      return reply.send(createReadStream(photoPath(config.dataDir, photo.fileName)));
    },
  );
}
