import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../platform/config';
import { type Ctx, contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { findVisibleConsultation } from '../consultations';
import { loadOnlineView } from './load';
import { moderateStatement } from './moderate-statement';
import { postStatement } from './post-statement';
import { HideBody, OnlineParams, OnlineView, PostStatementBody, StatementParams, VoteBody } from './schemas';
import { voteStatement } from './vote-statement';

/** Online consultation (网络协商) in the console: staff and members post, vote and moderate. */
export async function onlineRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['online'];

  /** The context and the online consultation the actor can see (404 otherwise, or when not online). */
  const load = async (req: FastifyRequest, id: string) => {
    const ctx = contextOf(req, db);
    const c = await findVisibleConsultation(db, ctx.actor, id);
    if (c?.form !== 'online') throw notFound();
    return { ctx, c };
  };
  const view = ({ ctx, c }: { ctx: Ctx; c: NonNullable<Awaited<ReturnType<typeof findVisibleConsultation>>> }) =>
    loadOnlineView(db, ctx.actor, c, config.publicUrl);

  r.get(
    '/api/consultations/:id/online',
    {
      schema: {
        tags,
        summary: 'An online consultation: its statements, votes, opinion groups and what has broad agreement',
        params: OnlineParams,
        response: { 200: OnlineView },
      },
    },
    async (req) => view(await load(req, req.params.id)),
  );

  r.post(
    '/api/consultations/:id/online/statements',
    {
      schema: {
        tags,
        summary: 'Post a statement (5–140 characters; at most 10 per person)',
        params: OnlineParams,
        body: PostStatementBody,
        response: { 201: OnlineView },
      },
    },
    async (req, reply) => {
      const loaded = await load(req, req.params.id);
      const { actor } = loaded.ctx;
      await postStatement(db, loaded.c.id, { key: `a:${actor.id}`, name: actor.displayName }, req.body.text);
      reply.code(201);
      return view(loaded);
    },
  );

  r.post(
    '/api/consultations/:id/online/statements/:sid/vote',
    {
      schema: {
        tags,
        summary: 'Agree, disagree or pass on a statement; voting again changes the vote',
        params: StatementParams,
        body: VoteBody,
        response: { 200: OnlineView },
      },
    },
    async (req) => {
      const loaded = await load(req, req.params.id);
      await voteStatement(db, loaded.c, { key: `a:${loaded.ctx.actor.id}` }, req.params.sid, req.body.vote);
      return view(loaded);
    },
  );

  r.post(
    '/api/consultations/:id/online/statements/:sid/hide',
    {
      schema: {
        tags,
        summary: 'Hide a statement with a reason (moderation; audited)',
        params: StatementParams,
        body: HideBody,
        response: { 200: OnlineView },
      },
    },
    async (req) => {
      const loaded = await load(req, req.params.id);
      await moderateStatement(loaded.ctx, loaded.c, req.params.sid, { hide: true, reason: req.body.reason });
      return view(loaded);
    },
  );

  r.post(
    '/api/consultations/:id/online/statements/:sid/unhide',
    {
      schema: {
        tags,
        summary: 'Show a hidden statement again (audited)',
        params: StatementParams,
        response: { 200: OnlineView },
      },
    },
    async (req) => {
      const loaded = await load(req, req.params.id);
      await moderateStatement(loaded.ctx, loaded.c, req.params.sid, { hide: false });
      return view(loaded);
    },
  );
}
