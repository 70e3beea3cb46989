import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Challenges } from '../../platform/challenges';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { withReaderPlaceName } from '../../platform/http/reader-names';
import { loadPublicEvaluation } from './load';
import { findOutcomeByToken } from './queries';
import { NewRaterChallenge, rateAsResident } from './rate-as-resident';
import {
  EvaluationTokenParams,
  type PublicEvaluationOut,
  PublicEvaluationView,
  ResidentEvaluationBody,
} from './schemas';
import { addressHasher, residentVoterKey, takeWrite } from './voter';

/**
 * 群众评价 by the outcome's public link (/e/<token>), without an account. As on the online
 * consultation's page: no session, JSON bodies only (a cross-site form cannot send one without a
 * preflight, never granted), writes limited per address, the voter cookie SameSite=Lax; past a few
 * new evaluators from one address, the image challenge (rate-as-resident.ts).
 */
export async function evaluationPublicRoutes(
  app: FastifyInstance,
  { db, config, challenges }: { db: Db; config: Config; challenges: Challenges },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { isPublic: true };
  const secure = config.publicUrl.startsWith('https:');
  const hashAddress = addressHasher(config.secret);
  const voterKey = (req: FastifyRequest, reply: FastifyReply) => residentVoterKey(req, reply, secure);
  /** The outcome's place named in the reader's script (桃园社区 → 桃園社區 in zh-TW). */
  const view = (req: FastifyRequest, reply: FastifyReply, v: PublicEvaluationOut) => ({
    ...v,
    outcome: withReaderPlaceName(req, reply, v.outcome),
  });

  r.get(
    '/api/public/evaluations/:token',
    {
      schema: {
        tags,
        summary: 'The residents’ evaluation page: the outcome’s public fields, the counts, and this phone’s evaluation',
        params: EvaluationTokenParams,
        response: { 200: PublicEvaluationView },
      },
      config: open,
    },
    async (req, reply) => {
      const o = await findOutcomeByToken(db, req.params.token);
      if (!o) throw notFound();
      return view(req, reply, await loadPublicEvaluation(db, o, voterKey(req, reply)));
    },
  );

  r.post(
    '/api/public/evaluations/:token',
    {
      schema: {
        tags,
        summary: 'A resident’s evaluation (1–5, an optional comment of up to 200 characters); again, it changes theirs',
        params: EvaluationTokenParams,
        body: ResidentEvaluationBody,
        response: { 200: PublicEvaluationView },
      },
      config: open,
    },
    async (req, reply) => {
      await takeWrite(db, reply, req.ip);
      const key = voterKey(req, reply);
      const { challenge, ...input } = req.body;
      const hasSolvedChallenge = challenge ? await challenges.solve(challenge) : false;
      try {
        const o = await rateAsResident(
          db,
          req.params.token,
          { key, addressHash: hashAddress(req.ip), hasSolvedChallenge },
          input,
        );
        return view(req, reply, await loadPublicEvaluation(db, o, key));
      } catch (err) {
        if (!(err instanceof NewRaterChallenge)) throw err;
        throw await challenges.ask(reply, req.ip, 'evaluation_challenge_required', challenge !== undefined);
      }
    },
  );
}
