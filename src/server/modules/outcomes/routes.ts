import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { attachmentName, DOCX_MIME } from '../../platform/docx/gongwen';
import { forbidden, notFound } from '../../platform/errors';
import { instructOnOutcome, replyToOutcome } from './answer-outcome';
import { caseFile } from './case-file';
import { draftOutcome, reviseOutcome } from './draft-outcome';
import { outcomeDocx } from './export-outcome';
import { outcomeExportRoute } from './export-route';
import { loadOutcomeDetail } from './load';
import { canOutcome } from './policy';
import { findVisibleOutcome, listVisibleOutcomes, markRead } from './queries';
import { recipientCandidates } from './recipients';
import {
  CandidatesQuery,
  CandidatesResponse,
  CaseFileQuery,
  CaseFileResponse,
  CreateOutcomeBody,
  InstructionBody,
  ListOutcomesQuery,
  OutcomeDetail,
  OutcomeList,
  OutcomeParams,
  ReplyBody,
  SendOutcomeBody,
  UpdateOutcomeBody,
} from './schemas';
import { sendOutcome } from './send-outcome';

/** 协商成果: drafting, 报送, replies and 批示, the Word file, and the case file (案卷) across the loop. */
export async function outcomeRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['outcomes'];
  await outcomeExportRoute(app, { db });

  const load = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    const o = await findVisibleOutcome(db, ctx.actor, id);
    if (!o) throw notFound();
    return { ctx, o };
  };
  /** The detail as the actor sees it; a recipient opening it marks it read (the first time). */
  const detail = async (req: FastifyRequest, id: string) => {
    const { ctx, o } = await load(req, id);
    if (o.mine && !o.mine.readAt) await markRead(db, o.mine.id);
    return loadOutcomeDetail(db, ctx.actor, o);
  };

  r.get(
    '/api/outcomes',
    {
      schema: {
        tags,
        summary: 'Outcomes in your region, or those sent to you (box=received, unreplied first)',
        querystring: ListOutcomesQuery,
        response: { 200: OutcomeList },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      const { rows, total, counts } = await listVisibleOutcomes(db, ctx.actor, req.query);
      return { items: rows, total, counts, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  r.post(
    '/api/outcomes',
    {
      schema: {
        tags,
        summary: 'Draft an outcome from a concluded consultation, carrying some of its consensus items',
        body: CreateOutcomeBody,
        response: { 201: OutcomeDetail },
      },
    },
    async (req, reply) => {
      const { id } = await draftOutcome(contextOf(req, db), req.body);
      reply.code(201);
      return detail(req, id);
    },
  );

  r.get(
    '/api/outcomes/:id',
    {
      schema: {
        tags,
        summary: 'One outcome with its consensus, sources, recipients, replies and instructions',
        params: OutcomeParams,
        response: { 200: OutcomeDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  r.patch(
    '/api/outcomes/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft (409 once sent)',
        params: OutcomeParams,
        body: UpdateOutcomeBody,
        response: { 200: OutcomeDetail },
      },
    },
    async (req) => {
      await reviseOutcome(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.get(
    '/api/outcomes/:id/recipient-candidates',
    {
      schema: {
        tags,
        summary: 'Leaders and departments at the outcome’s place or above it, not yet sent it',
        params: OutcomeParams,
        querystring: CandidatesQuery,
        response: { 200: CandidatesResponse },
      },
    },
    async (req) => {
      const { ctx, o } = await load(req, req.params.id);
      if (!canOutcome(ctx.actor, 'manage', o)) throw forbidden();
      return { items: await recipientCandidates(db, o, { q: req.query.q || undefined }) };
    },
  );

  r.post(
    '/api/outcomes/:id/send',
    {
      schema: {
        tags,
        summary: 'Send (报送) to more recipients; a draft becomes sent',
        params: OutcomeParams,
        body: SendOutcomeBody,
        response: { 200: OutcomeDetail },
      },
    },
    async (req) => {
      await sendOutcome(contextOf(req, db), req.params.id, req.body.accountIds);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/outcomes/:id/reply',
    {
      schema: {
        tags,
        summary: 'A recipient’s reply (答复) with its verdict; answered once every recipient has replied',
        params: OutcomeParams,
        body: ReplyBody,
        response: { 200: OutcomeDetail },
      },
    },
    async (req) => {
      await replyToOutcome(contextOf(req, db), req.params.id, req.body);
      return detail(req, req.params.id);
    },
  );

  r.post(
    '/api/outcomes/:id/instruction',
    {
      schema: {
        tags,
        summary: 'A leader recipient’s instruction (批示)',
        params: OutcomeParams,
        body: InstructionBody,
        response: { 200: OutcomeDetail },
      },
    },
    async (req) => {
      await instructOnOutcome(contextOf(req, db), req.params.id, req.body.instruction);
      return detail(req, req.params.id);
    },
  );

  r.get(
    '/api/outcomes/:id/export.docx',
    {
      schema: {
        tags,
        summary: 'The outcome as a 公文-style Word document, with the replies and 批示 once sent',
        params: OutcomeParams,
      },
    },
    async (req, reply) => {
      const { ctx, o } = await load(req, req.params.id);
      const { buffer, fileName } = await outcomeDocx(db, o, ctx.locale);
      reply.header('content-type', DOCX_MIME).header('content-disposition', attachmentName(fileName));
      return reply.send(buffer);
    },
  );

  r.get(
    '/api/case-file',
    {
      schema: {
        tags,
        summary: 'The case file (案卷): submissions ↔ topic ↔ consultations ↔ outcomes, as far as you can see',
        querystring: CaseFileQuery,
        response: { 200: CaseFileResponse },
      },
    },
    async (req) => caseFile(db, contextOf(req, db).actor, req.query.kind, req.query.id),
  );
}
