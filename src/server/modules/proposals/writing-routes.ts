import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden, notFound } from '../../platform/errors';
import { findVisibleWriting } from '../writings';
import { assignWritingProposal } from './assign-proposal';
import { unitCandidates } from './candidates';
import { loadWritingHandlings } from './load';
import { canAssignWriting } from './policy';
import { assignedUnits } from './queries';
import { AssignWritingBody, Candidates, CandidatesQuery, ProposalHandlings, WritingProposalParams } from './schemas';

/**
 * 提案办理 of a member's own proposal (委员提案) once the CPPCC office forwarded it: its handlings on
 * the writing's page, and the office assigning it to units — then handled and counted as any proposal.
 */
export async function writingProposalRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['proposals'];

  /** The writing for its assign form's candidates: 404 unseen, 403 unless the actor assigns it. */
  const assigning = async (req: FastifyRequest, writingId: string) => {
    const { actor } = contextOf(req, db);
    const w = await findVisibleWriting(db, actor, writingId);
    if (!w) throw notFound();
    if (!canAssignWriting(actor, w)) throw forbidden();
    return w;
  };

  r.get(
    '/api/proposals/writings/:writingId',
    {
      schema: {
        tags,
        summary: 'A member’s forwarded proposal’s handlings on its writing’s page, and whether you may assign units',
        params: WritingProposalParams,
        response: { 200: ProposalHandlings },
      },
    },
    async (req) => loadWritingHandlings(db, contextOf(req, db).actor, req.params.writingId),
  );

  r.post(
    '/api/proposals/writings/:writingId/handlings',
    {
      schema: {
        tags,
        summary: 'The CPPCC office assigns a member’s forwarded proposal to handling units (交办); its author proposes',
        params: WritingProposalParams,
        body: AssignWritingBody,
        response: { 201: ProposalHandlings },
      },
    },
    async (req, reply) => {
      await assignWritingProposal(contextOf(req, db), req.params.writingId, req.body);
      reply.code(201);
      return loadWritingHandlings(db, contextOf(req, db).actor, req.params.writingId);
    },
  );

  r.get(
    '/api/proposals/writings/:writingId/unit-candidates',
    {
      schema: {
        tags,
        summary: 'Departments serving the writing’s place, not yet handling it',
        params: WritingProposalParams,
        querystring: CandidatesQuery,
        response: { 200: Candidates },
      },
    },
    async (req) => {
      const w = await assigning(req, req.params.writingId);
      const taken = await assignedUnits(db, { writingId: w.id });
      const found = await unitCandidates(db, w, { q: req.query.q || undefined, limit: 20 + taken.size });
      return { items: found.filter((u) => !taken.has(u.id)).slice(0, 20) };
    },
  );
}
