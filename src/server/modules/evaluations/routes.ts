import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { qrPng } from '../../platform/qr';
import { giveEvaluation } from './give-evaluation';
import { hideResidentComment } from './hide-comment';
import { loadEvaluationSummary, residentLink } from './load';
import { openResidentEvaluation } from './open-resident-link';
import { canEvaluation } from './policy';
import { findOutcomeForEvaluation } from './queries';
import {
  EvaluationParams,
  EvaluationSummary,
  HideEvaluationBody,
  LeaderEvaluationBody,
  MemberEvaluationBody,
  OutcomeEvaluationParams,
} from './schemas';

/** 三评 in the console: the summary and combined score, 党政点评, 民主评议, the residents' link and its moderation. */
export async function evaluationStaffRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evaluations'];
  const base = '/api/outcomes/:outcomeId/evaluations';

  /** The summary as the viewer sees it, read after the write (or alone). */
  const summary = async (req: FastifyRequest, outcomeId: string) => {
    const ctx = contextOf(req, db);
    const o = await findOutcomeForEvaluation(db, ctx.actor, outcomeId);
    if (!o) throw notFound();
    return loadEvaluationSummary(db, ctx.actor, o, config.publicUrl);
  };

  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'An outcome’s 三评: the combined score, each kind’s evaluations, and what the viewer may give',
        params: OutcomeEvaluationParams,
        response: { 200: EvaluationSummary },
      },
    },
    async (req) => summary(req, req.params.outcomeId),
  );

  r.put(
    `${base}/leader`,
    {
      schema: {
        tags,
        summary:
          '党政点评: a leader reaching the outcome’s place grades it (1–5) with a comment; again, it changes theirs',
        params: OutcomeEvaluationParams,
        body: LeaderEvaluationBody,
        response: { 200: EvaluationSummary },
      },
    },
    async (req) => {
      await giveEvaluation(contextOf(req, db), req.params.outcomeId, 'leader', req.body);
      return summary(req, req.params.outcomeId);
    },
  );

  r.put(
    `${base}/member`,
    {
      schema: {
        tags,
        summary:
          '民主评议: a member who took part in the consultation scores the outcome (1–5); again, it changes theirs',
        params: OutcomeEvaluationParams,
        body: MemberEvaluationBody,
        response: { 200: EvaluationSummary },
      },
    },
    async (req) => {
      await giveEvaluation(contextOf(req, db), req.params.outcomeId, 'member', req.body);
      return summary(req, req.params.outcomeId);
    },
  );

  r.post(
    `${base}/link`,
    {
      schema: {
        tags,
        summary: '群众评价: the liaison opens the residents’ evaluation link (201; 200 when it was open already)',
        params: OutcomeEvaluationParams,
        response: { 200: EvaluationSummary, 201: EvaluationSummary },
      },
    },
    async (req, reply) => {
      const { isNew } = await openResidentEvaluation(contextOf(req, db), req.params.outcomeId);
      reply.code(isNew ? 201 : 200);
      return summary(req, req.params.outcomeId);
    },
  );

  r.get(
    `${base}/qr.png`,
    {
      schema: {
        tags,
        summary: 'The residents’ evaluation QR code (PNG, large enough to print)',
        params: OutcomeEvaluationParams,
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      const o = await findOutcomeForEvaluation(db, ctx.actor, req.params.outcomeId);
      if (!o) throw notFound();
      if (!canEvaluation(ctx.actor, 'moderate', o)) throw forbidden();
      if (!o.evaluationToken) throw new AppError(409, 'evaluation_link_not_open');
      const png = await qrPng(residentLink(config.publicUrl, o.evaluationToken));
      reply
        .header('content-type', 'image/png')
        .header('content-disposition', `attachment; filename="evaluate-${o.code}.png"`);
      return reply.send(png);
    },
  );

  r.patch(
    `${base}/:evaluationId`,
    {
      schema: {
        tags,
        summary: 'Hide an abusive resident comment (its score still counts), or show it again; audited',
        params: EvaluationParams,
        body: HideEvaluationBody,
        response: { 200: EvaluationSummary },
      },
    },
    async (req) => {
      const { outcomeId, evaluationId } = req.params;
      await hideResidentComment(contextOf(req, db), outcomeId, evaluationId, req.body);
      return summary(req, outcomeId);
    },
  );
}
