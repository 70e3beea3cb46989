import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName, DOCX_MIME } from '../../platform/docx/gongwen';
import { forbidden, notFound } from '../../platform/errors';
import { writingDocx } from './export-writing';
import { forwardWriting } from './forward-writing';
import { loadWritingDetail } from './load';
import { recipientCandidates } from './people';
import { canReviewWriting } from './policy';
import { findVisibleWriting, listVisibleWritings } from './queries';
import { adoptWriting, declineWriting, editWriting, returnWriting } from './review-writing';
import {
  CandidatesQuery,
  CreateWritingBody,
  EditWritingBody,
  ForwardWritingBody,
  ListWritingsQuery,
  ReasonBody,
  ReviseWritingBody,
  WritingCandidates,
  WritingDetail,
  WritingList,
  WritingParams,
} from './schemas';
import { submitWriting } from './submit-writing';
import { draftWriting, reviseWriting } from './write-writing';

/** 社情民意与提案: members write and submit their own; the CPPCC office reviews, adopts and forwards them. */
export async function writingRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['writings'];

  const load = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    const w = await findVisibleWriting(db, ctx.actor, id);
    if (!w) throw notFound();
    return { ctx, w };
  };
  const detail = async (req: FastifyRequest, id: string) => {
    const { ctx, w } = await load(req, id);
    return loadWritingDetail(db, ctx.actor, w);
  };

  r.get(
    '/api/writings',
    {
      schema: {
        tags,
        summary: 'Writings you see: your own (box=mine), those in your reach, those forwarded to you (box=received)',
        querystring: ListWritingsQuery,
        response: { 200: WritingList },
      },
    },
    async (req) => {
      const { rows, total, counts } = await listVisibleWritings(db, contextOf(req, db).actor, req.query);
      return { items: rows, total, counts, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.post(
    '/api/writings',
    {
      schema: {
        tags,
        summary: 'Draft a 社情民意 or 提案 of your own (members), optionally from submissions you can read',
        body: CreateWritingBody,
        response: { 201: WritingDetail },
      },
    },
    async (req, reply) => {
      const { id } = await draftWriting(contextOf(req, db), req.body);
      reply.code(201);
      return detail(req, id);
    },
  );

  r.get(
    '/api/writings/:id',
    {
      schema: {
        tags,
        summary: 'One writing with its steps, recipients and what you may do',
        params: WritingParams,
        response: { 200: WritingDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.patch(
    '/api/writings/:id',
    {
      schema: {
        tags,
        summary: 'The author revises a draft or a returned writing (409 under review or once reviewed)',
        params: WritingParams,
        body: ReviseWritingBody,
        response: { 200: WritingDetail },
      },
    },
    async (req) => {
      await reviseWriting(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/writings/:id/submit',
    {
      schema: {
        tags,
        summary: 'The author submits (or resubmits) it for review; the first time gives it its code',
        params: WritingParams,
        response: { 200: WritingDetail },
      },
    },
    async (req) => {
      await submitWriting(contextOf(req, db), req.params.id);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/writings/:id/edit',
    {
      schema: {
        tags,
        summary: 'The office edits the title or text under review or once adopted; kept as a version note',
        params: WritingParams,
        body: EditWritingBody,
        response: { 200: WritingDetail },
      },
    },
    async (req) => {
      await editWriting(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  const reasoned = [
    ['return', returnWriting, 'The office returns it to the author for changes (退回), saying why'],
    ['decline', declineWriting, 'The office declines it (不予采用), saying why'],
  ] as const;
  for (const [step, take, summary] of reasoned)
    r.post(
      `/api/writings/:id/${step}`,
      { schema: { tags, summary, params: WritingParams, body: ReasonBody, response: { 200: WritingDetail } } },
      async (req) => {
        await take(contextOf(req, db), req.params.id, req.body.reason);
        return detail(req, req.params.id);
      },
    );

  r.post(
    '/api/writings/:id/adopt',
    {
      schema: {
        tags,
        summary: 'The office adopts it (采用): it counts for the author and may be forwarded',
        params: WritingParams,
        response: { 200: WritingDetail },
      },
    },
    async (req) => {
      await adoptWriting(contextOf(req, db), req.params.id);
      return detail(req, req.params.id);
    },
  );

  r.get(
    '/api/writings/:id/recipient-candidates',
    {
      schema: {
        tags,
        summary: 'Leaders and departments at the writing’s place or above it, not yet forwarded it',
        params: WritingParams,
        querystring: CandidatesQuery,
        response: { 200: WritingCandidates },
      },
    },
    async (req) => {
      const { ctx, w } = await load(req, req.params.id);
      if (!canReviewWriting(ctx.actor, w)) throw forbidden();
      return { items: await recipientCandidates(db, w, { q: req.query.q || undefined }) };
    },
  );

  r.post(
    '/api/writings/:id/forward',
    {
      schema: {
        tags,
        summary: 'The office forwards an adopted writing (报送) to leaders and departments; they are told',
        params: WritingParams,
        body: ForwardWritingBody,
        response: { 200: WritingDetail },
      },
    },
    async (req) => {
      await forwardWriting(contextOf(req, db), req.params.id, req.body.accountIds);
      return detail(req, req.params.id);
    },
  );

  r.get(
    '/api/writings/:id/export.docx',
    {
      schema: { tags, summary: 'The writing as a 公文-style Word document', params: WritingParams },
    },
    async (req, reply) => {
      const { ctx, w } = await load(req, req.params.id);
      const { buffer, fileName } = await writingDocx(db, ctx.actor, w, ctx.locale);
      reply.header('content-type', DOCX_MIME).header('content-disposition', attachmentName(fileName));
      return reply.send(buffer);
    },
  );
}
