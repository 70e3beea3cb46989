import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CSRF_COOKIE, requireActor, SESSION_COOKIE } from '../../platform/auth/plugin';
import { destroySession, type NewSession } from '../../platform/auth/sessions';
import type { Challenges } from '../../platform/challenges';
import type { Config } from '../../platform/config';
import { contextOf } from '../../platform/context';
import type { Db } from '../../platform/db';
import { unauthenticated } from '../../platform/errors';
import { changeOwnPassword, loadMe, updateMe, updateMyEmail } from './own-account';
import { ChangePasswordBody, MeResponse, SignInBody, UpdateMeBody, UpdateMyEmailBody } from './schemas';
import { signIn } from './sign-in';

export async function authRoutes(
  app: FastifyInstance,
  { db, config, challenges }: { db: Db; config: Config; challenges: Challenges },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const secure = config.publicUrl.startsWith('https:');

  const setCookies = (reply: FastifyReply, s: NewSession) => {
    const common = { path: '/', sameSite: 'lax' as const, secure, expires: s.expiresAt };
    reply.setCookie(SESSION_COOKIE, s.token, { ...common, httpOnly: true });
    reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...common, httpOnly: false });
  };

  const me = async (accountId: string) => {
    const found = await loadMe(db, accountId);
    if (!found) throw unauthenticated();
    return { ...found, isEmailConfigured: config.mail !== undefined };
  };

  r.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags,
        summary: 'Sign in with a username and password (and the image challenge, once asked for)',
        body: SignInBody,
        response: { 200: MeResponse },
      },
      config: { isPublic: true },
    },
    async (req, reply) => {
      const session = await signIn(db, challenges, reply, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
        ttlHours: config.sessionTtlHours,
      });
      setCookies(reply, session);
      return me(session.accountId);
    },
  );

  r.post(
    '/api/auth/sign-out',
    { schema: { tags, summary: 'Sign out' }, config: { isPublic: true } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await destroySession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  r.get(
    '/api/auth/me',
    { schema: { tags, summary: 'Who you are and your roles', response: { 200: MeResponse } } },
    async (req) => me(requireActor(req).id),
  );

  r.patch(
    '/api/auth/me',
    { schema: { tags, summary: 'Remember your language', body: UpdateMeBody, response: { 200: MeResponse } } },
    async (req) => {
      const ctx = contextOf(req, db);
      await updateMe(ctx, req.body);
      return me(ctx.actor.id);
    },
  );

  r.put(
    '/api/auth/me/email',
    {
      schema: {
        tags,
        summary: 'Your email address for notices, and each notice, a daily digest or none',
        body: UpdateMyEmailBody,
        response: { 200: MeResponse },
      },
    },
    async (req) => {
      const ctx = contextOf(req, db);
      await updateMyEmail(ctx, req.body);
      return me(ctx.actor.id);
    },
  );

  r.post(
    '/api/auth/password',
    {
      schema: { tags, summary: 'Change your own password (other sessions end)', body: ChangePasswordBody },
    },
    async (req, reply) => {
      const ctx = contextOf(req, db);
      await changeOwnPassword(ctx, req.cookies[SESSION_COOKIE] ?? '', req.body.currentPassword, req.body.newPassword);
      return reply.code(204).send();
    },
  );
}
