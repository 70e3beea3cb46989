import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { HandlingAction } from '../../../shared/access/proposals';
import type { Config } from '../../platform/config';
import { type Ctx, contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden, notFound } from '../../platform/errors';
import { sendWorkbook } from '../../platform/list-export';
import { assignProposal } from './assign-proposal';
import { proposerCandidates, unitCandidates } from './candidates';
import { exportHandlings } from './export-handlings';
import { rateHandling, recordMeeting, rehandleProposal, replyToProposal } from './handle-proposal';
import { loadHandlingDetail, loadProposalHandlings } from './load';
import { canAssign } from './policy';
import { presentHandlingSummary } from './present';
import { assignedUnits, findVisibleProposal, listVisibleHandlings } from './queries';
import { unitRates } from './rate-report';
import {
  AssignBody,
  Candidates,
  CandidatesQuery,
  ExportHandlingsQuery,
  HandlingDetail,
  HandlingList,
  HandlingParams,
  ListHandlingsQuery,
  MeetBody,
  ProposalHandlings,
  ProposalParams,
  RateBody,
  RatesQuery,
  RatesResponse,
  RehandleBody,
  ReplyBody,
} from './schemas';

/** 提案办理: assigning a proposal to units, their replies and meetings, satisfaction, re-handling, rates. */
export async function proposalCoreRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['proposals'];
  const detail = (req: FastifyRequest, id: string) => loadHandlingDetail(db, contextOf(req, db).actor, id);

  /** The proposal for its assign form's candidates: 404 unseen, 403 unless the actor assigns it. */
  const assigning = async (req: FastifyRequest, outcomeId: string) => {
    const { actor } = contextOf(req, db);
    const o = await findVisibleProposal(db, actor, outcomeId);
    if (!o) throw notFound();
    if (!canAssign(actor, o)) throw forbidden();
    return o;
  };

  r.get(
    '/api/proposals/handlings',
    {
      schema: {
        tags,
        summary: 'Handlings you can see (units: their own), filtered; each rate’s numbers open these lists',
        querystring: ListHandlingsQuery,
        response: { 200: HandlingList },
      },
    },
    async (req) => {
      const { rows, total, counts } = await listVisibleHandlings(db, contextOf(req, db).actor, req.query);
      return {
        items: rows.map(presentHandlingSummary),
        total,
        counts,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  r.get(
    '/api/proposals/handlings/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The handlings the list shows for the same filters, as Excel (streamed, audited)',
        querystring: ExportHandlingsQuery,
      },
    },
    async (req, reply) => sendWorkbook(reply, await exportHandlings(contextOf(req, db), req.query, new Date())),
  );

  r.get(
    '/api/proposals/handlings/:id',
    {
      schema: {
        tags,
        summary: 'One handling: the proposal, reply, meeting, satisfaction, its steps and your abilities',
        params: HandlingParams,
        response: { 200: HandlingDetail },
      },
    },
    async (req) => detail(req, req.params.id),
  );

  /** One step on a handling (the use case checks who and when), answering the handling as it now stands. */
  const step = <B extends z.ZodType>(
    path: HandlingAction,
    body: B,
    summary: string,
    run: (ctx: Ctx, id: string, input: z.output<B>) => Promise<void>,
  ) =>
    r.post(
      `/api/proposals/handlings/:id/${path}`,
      { schema: { tags, summary, params: HandlingParams, body, response: { 200: HandlingDetail } } },
      async (req) => {
        await run(contextOf(req, db), req.params.id, req.body as z.output<B>);
        return detail(req, req.params.id);
      },
    );
  step('reply', ReplyBody, 'The unit’s reply (答复) with its category', replyToProposal);
  step('meet', MeetBody, 'The unit’s face-to-face meeting with the proposer (见面)', recordMeeting);
  step('rate', RateBody, 'The proposer’s satisfaction (满意度), or the liaison’s record of it', rateHandling);
  step('rehandle', RehandleBody, 'Handle it again, once, after 不满意 (重新办理)', rehandleProposal);

  r.get(
    '/api/proposals/outcomes/:outcomeId',
    {
      schema: {
        tags,
        summary: 'A proposal’s handlings on its outcome page, and whether you may assign more units',
        params: ProposalParams,
        response: { 200: ProposalHandlings },
      },
    },
    async (req) => loadProposalHandlings(db, contextOf(req, db).actor, req.params.outcomeId),
  );

  r.post(
    '/api/proposals/outcomes/:outcomeId/handlings',
    {
      schema: {
        tags,
        summary: 'Assign a proposal to handling units (交办承办单位) with its proposer',
        params: ProposalParams,
        body: AssignBody,
        response: { 201: ProposalHandlings },
      },
    },
    async (req, reply) => {
      await assignProposal(contextOf(req, db), req.params.outcomeId, req.body);
      reply.code(201);
      return loadProposalHandlings(db, contextOf(req, db).actor, req.params.outcomeId);
    },
  );

  r.get(
    '/api/proposals/outcomes/:outcomeId/unit-candidates',
    {
      schema: {
        tags,
        summary: 'Departments serving the proposal’s place, not yet handling it',
        params: ProposalParams,
        querystring: CandidatesQuery,
        response: { 200: Candidates },
      },
    },
    async (req) => {
      const o = await assigning(req, req.params.outcomeId);
      const taken = await assignedUnits(db, { outcomeId: o.id });
      const found = await unitCandidates(db, o, { q: req.query.q || undefined, limit: 20 + taken.size });
      return { items: found.filter((u) => !taken.has(u.id)).slice(0, 20) };
    },
  );

  r.get(
    '/api/proposals/outcomes/:outcomeId/proposer-candidates',
    {
      schema: {
        tags,
        summary: 'Members at, above or beneath the proposal’s place who may have proposed it',
        params: ProposalParams,
        querystring: CandidatesQuery,
        response: { 200: Candidates },
      },
    },
    async (req) => {
      const o = await assigning(req, req.params.outcomeId);
      return { items: await proposerCandidates(db, o, { q: req.query.q || undefined }) };
    },
  );

  r.get(
    '/api/proposals/rates',
    {
      schema: {
        tags,
        summary: 'Reply, meeting and satisfaction rates per handling unit for a year (this year by default)',
        querystring: RatesQuery,
        response: { 200: RatesResponse },
      },
    },
    async (req) => unitRates(db, contextOf(req, db).actor, req.query),
  );
}
