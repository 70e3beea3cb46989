import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { findConsultationByPublicToken } from '../consultations';
import { postStatement } from './post-statement';
import { publicView } from './present';
import { PublicOnlineView, PublicPostStatementBody, PublicStatementParams, TokenParams, VoteBody } from './schemas';
import { voteStatement } from './vote-statement';
import { residentVoterKey, WriteLimiter } from './voter';

/**
 * Residents take part by the consultation's public link (/o/<token>), without an account. Like
 * the public intake, these routes hold no session, take JSON bodies only (a cross-site form cannot
 * send one without a CORS preflight, which is never granted) and limit writes per address; the
 * voter cookie is SameSite=Lax, so a cross-site post would not carry it either.
 */
export async function publicOnlineRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { isPublic: true };
  const secure = config.publicUrl.startsWith('https:');
  const writes = new WriteLimiter();

  const consultation = async (token: string) => {
    const c = await findConsultationByPublicToken(db, token);
    if (c?.form !== 'online') throw notFound();
    return c;
  };

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
    async (req, reply) => publicView(db, await consultation(req.params.token), residentVoterKey(req, reply, secure)),
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
      writes.take(req.ip);
      const key = residentVoterKey(req, reply, secure);
      await postStatement(db, c.id, { key, name: req.body.name ?? null }, req.body.text);
      reply.code(201);
      return publicView(db, c, key);
    },
  );

  r.post(
    '/api/public/online/:token/statements/:sid/vote',
    {
      schema: {
        tags,
        summary: 'Agree, disagree or pass on a statement; voting again changes the vote',
        params: PublicStatementParams,
        body: VoteBody,
        response: { 200: PublicOnlineView },
      },
      config: open,
    },
    async (req, reply) => {
      const c = await consultation(req.params.token);
      writes.take(req.ip);
      const key = residentVoterKey(req, reply, secure);
      await voteStatement(db, c, key, req.params.sid, req.body.vote);
      return publicView(db, c, key);
    },
  );
}
