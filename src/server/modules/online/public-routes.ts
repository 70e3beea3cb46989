import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Challenges } from '../../platform/challenges';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { withReaderPlaceName } from '../../platform/http/reader-names';
import { type ConsultationRef, findConsultationByPublicToken } from '../consultations';
import { NewVoterChallenge, type VoterRef } from './admit-voter';
import { loadPublicOnlineView } from './load';
import { postStatement } from './post-statement';
import {
  PublicOnlineView,
  PublicPostStatementBody,
  PublicStatementParams,
  PublicVoteBody,
  TokenParams,
} from './schemas';
import { voteStatement } from './vote-statement';
import { addressHasher, residentVoterKey, takeWrite } from './voter';

/**
 * Residents take part by the consultation's public link (/o/<token>), without an account. Like
 * the public intake, these routes hold no session, take JSON bodies only (a cross-site form cannot
 * send one without a CORS preflight, which is never granted) and limit writes per address; the
 * voter cookie is SameSite=Lax, so a cross-site post would not carry it either. Past a few new
 * voters from one address, a write asks for the image challenge (admit-voter.ts).
 */
export async function publicOnlineRoutes(
  app: FastifyInstance,
  { db, config, challenges }: { db: Db; config: Config; challenges: Challenges },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { isPublic: true };
  const secure = config.publicUrl.startsWith('https:');
  const hashAddress = addressHasher(config.secret);

  /** Runs one write as this phone; a new voter past the address's cap gets a challenge to solve. */
  const asResident = async <T>(
    req: FastifyRequest,
    reply: FastifyReply,
    answered: { id: string; answer: string } | undefined,
    write: (voter: VoterRef) => Promise<T>,
  ) => {
    await takeWrite(db, reply, req.ip);
    const key = residentVoterKey(req, reply, secure);
    const hasSolvedChallenge = answered ? await challenges.solve(answered) : false;
    try {
      return await write({ key, address: { hash: hashAddress(req.ip), hasSolvedChallenge } });
    } catch (err) {
      if (!(err instanceof NewVoterChallenge)) throw err;
      throw await challenges.ask(reply, req.ip, 'online_challenge_required', answered !== undefined);
    }
  };

  const consultation = async (token: string) => {
    const c = await findConsultationByPublicToken(db, token);
    if (c?.form !== 'online') throw notFound();
    return c;
  };

  /** The page as this phone sees it, the place named in the reader's script. */
  const view = async (req: FastifyRequest, reply: FastifyReply, c: ConsultationRef, key: string) =>
    withReaderPlaceName(req, reply, await loadPublicOnlineView(db, c, key));

  r.get(
    '/api/public/online/:token',
    {
      schema: {
        tags,
        summary: 'An online consultation’s page: the topic, the statements, and what has broad agreement',
        params: TokenParams,
        response: { 200: PublicOnlineView },
      },
      config: open,
    },
    async (req, reply) => {
      const c = await consultation(req.params.token);
      return view(req, reply, c, residentVoterKey(req, reply, secure));
    },
  );

  r.post(
    '/api/public/online/:token/statements',
    {
      schema: {
        tags,
        summary: 'Post a statement (5–140 characters, at most 10 per phone), signed with a name or as 居民',
        params: TokenParams,
        body: PublicPostStatementBody,
        response: { 201: PublicOnlineView },
      },
      config: open,
    },
    async (req, reply) => {
      const c = await consultation(req.params.token);
      const { name = null, text, challenge } = req.body;
      const key = await asResident(req, reply, challenge, async (voter) => {
        await postStatement(db, c.id, { ...voter, name }, text);
        return voter.key;
      });
      reply.code(201);
      return view(req, reply, c, key);
    },
  );

  r.post(
    '/api/public/online/:token/statements/:sid/vote',
    {
      schema: {
        tags,
        summary: 'Agree, disagree or pass on a statement; voting again changes the vote',
        params: PublicStatementParams,
        body: PublicVoteBody,
        response: { 200: PublicOnlineView },
      },
      config: open,
    },
    async (req, reply) => {
      const c = await consultation(req.params.token);
      const key = await asResident(req, reply, req.body.challenge, async (voter) => {
        await voteStatement(db, c, voter, req.params.sid, req.body.vote);
        return voter.key;
      });
      return view(req, reply, c, key);
    },
  );
}
