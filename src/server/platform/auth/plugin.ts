import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db';
import { AppError, unauthenticated } from '../errors';
import type { Actor } from './actor';
import { loadSession } from './sessions';

export const SESSION_COOKIE = 'sl_session';
export const CSRF_COOKIE = 'sl_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** The route answers without a session (sign-in, public resident pages). */
    isPublic?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What someone who must change their password may still do: see who they are, change it, leave. */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set([
  'GET /api/auth/me',
  'PATCH /api/auth/me',
  'POST /api/auth/password',
  'POST /api/auth/sign-out',
]);

/**
 * Loads the session's actor on every /api request and checks CSRF on state-changing ones:
 * the session cookie is HttpOnly and SameSite=Lax, and a signed-in request that changes state
 * must echo the session's CSRF token (readable in its own cookie) in the X-CSRF-Token header.
 * Routes answer 401 without a session unless their config says `isPublic`. A person whose password
 * was set by an admin (must_change_password) gets 403 password_change_required from every other
 * private route until they change it.
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/public/')) return;
    const isPublic = req.routeOptions.config.isPublic === true || req.url.startsWith('/api/docs');
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await loadSession(opts.db, token) : null;
    // secure by default: every other /api route needs a session, checked before input is
    if (!session) {
      if (!isPublic && req.routeOptions.url) throw unauthenticated();
      return;
    }
    req.actor = session.actor;
    req.csrfToken = session.csrfToken;
    if (!SAFE_METHODS.has(req.method) && !csrfMatches(req, session.csrfToken)) {
      throw new AppError(403, 'csrf_failed');
    }
    const route = `${req.method} ${req.routeOptions.url}`;
    if (session.mustChangePassword && !isPublic && req.routeOptions.url && !WHILE_PASSWORD_CHANGE_REQUIRED.has(route)) {
      throw new AppError(403, 'password_change_required');
    }
  });
});

/** Does the request echo the session's CSRF token in its header? (constant-time) */
export function csrfMatches(req: FastifyRequest, expected: string) {
  const got = req.headers[CSRF_HEADER];
  if (typeof got !== 'string') return false;
  const a = Buffer.from(got);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The signed-in actor, or a 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthenticated();
  return req.actor;
}
