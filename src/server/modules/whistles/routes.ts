import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { answerWhistle, recordDone } from './answer-whistle';
import { listWhistles, whistleCandidates } from './list-whistles';
import { loadWhistleDetail } from './load';
import { findVisibleWhistle } from './queries';
import { raiseWhistle } from './raise-whistle';
import {
  AnswerWhistleBody,
  CloseWhistleBody,
  ListWhistlesQuery,
  RaiseWhistleBody,
  RecordDoneBody,
  WhistleCandidates,
  WhistleCandidatesQuery,
  WhistleDetail,
  WhistleList,
  WhistleParams,
} from './schemas';
import { settleWhistle } from './settle-whistle';

/** 吹哨报到: raising, answering, recording what was done, closing with a rating, withdrawing. */
export async function whistleRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['whistles'];

  /** The whistle's page as the viewer sees it now (404 unseen). */
  const detailOf = async (req: FastifyRequest, id: string) => {
    const { actor } = contextOf(req, db);
    const w = await findVisibleWhistle(db, actor, id);
    if (!w) throw notFound();
    return loadWhistleDetail(db, actor, w);
  };

  r.get(
    '/api/whistles',
    {
      schema: {
        tags,
        summary:
          'Whistles you see (your region; called, answered or to answer), newest first, with open/answered counts and median response hours over all of them',
        querystring: ListWhistlesQuery,
        response: { 200: WhistleList },
      },
    },
    async (req) => listWhistles(contextOf(req, db), req.query),
  );

  r.post(
    '/api/whistles',
    {
      schema: {
        tags,
        summary:
          '吹哨: raise a call for help at a township, subdistrict, village or community in your reach; members serving it or wanted, and the departments picked, are told',
        body: RaiseWhistleBody,
        response: { 201: WhistleDetail },
      },
    },
    async (req, reply) => {
      const { id } = await raiseWhistle(contextOf(req, db), req.body);
      reply.code(201);
      return detailOf(req, id);
    },
  );

  r.get(
    '/api/whistles/candidates',
    {
      schema: {
        tags,
        summary: 'Who a whistle at the place would call (members, and why), and the departments you may pick',
        querystring: WhistleCandidatesQuery,
        response: { 200: WhistleCandidates },
      },
    },
    async (req) => whistleCandidates(contextOf(req, db), req.query),
  );

  r.get(
    '/api/whistles/:id',
    {
      schema: {
        tags,
        summary: 'A whistle: the call, who was called, the answers with response times, what you may do',
        params: WhistleParams,
        response: { 200: WhistleDetail },
      },
    },
    async (req) => detailOf(req, req.params.id),
  );

  r.post(
    '/api/whistles/:id/answers',
    {
      schema: {
        tags,
        summary: '报到: answer a whistle you were called to or serve, once, while it is open',
        params: WhistleParams,
        body: AnswerWhistleBody,
        response: { 201: WhistleDetail },
      },
    },
    async (req, reply) => {
      await answerWhistle(contextOf(req, db), req.params.id, req.body);
      reply.code(201);
      return detailOf(req, req.params.id);
    },
  );

  r.put(
    '/api/whistles/:id/answers/mine',
    {
      schema: {
        tags,
        summary: 'Record (or correct) what you did for a whistle you answered, while it is open',
        params: WhistleParams,
        body: RecordDoneBody,
        response: { 200: WhistleDetail },
      },
    },
    async (req) => {
      await recordDone(contextOf(req, db), req.params.id, req.body);
      return detailOf(req, req.params.id);
    },
  );

  r.post(
    '/api/whistles/:id/close',
    {
      schema: {
        tags,
        summary: 'Close an answered whistle with a rating (1–5) and a note; the responders are told',
        params: WhistleParams,
        body: CloseWhistleBody,
        response: { 200: WhistleDetail },
      },
    },
    async (req) => {
      await settleWhistle(contextOf(req, db), req.params.id, 'close', req.body);
      return detailOf(req, req.params.id);
    },
  );

  r.post(
    '/api/whistles/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw an open whistle no longer needed',
        params: WhistleParams,
        response: { 200: WhistleDetail },
      },
    },
    async (req) => {
      await settleWhistle(contextOf(req, db), req.params.id, 'withdraw');
      return detailOf(req, req.params.id);
    },
  );
}
