import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { csrfMatches, SESSION_COOKIE } from '../../platform/auth/plugin';
import { loadSession } from '../../platform/auth/sessions';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { withReaderPlaceName } from '../../platform/http/reader-names';
import { take } from '../../platform/rate-limit';
import { publicAttendance, signInByToken } from './attendance';
import { PublicAttendance, PublicAttendanceParams, PublicSignInBody, PublicSignInResult } from './schemas';

/** QR sign-ins per address in a window: enough for a family at one phone, too few to guess names. */
export const SIGN_IN_LIMIT = { max: 30, windowMs: 10 * 60_000 } as const;

/**
 * The attendance page behind the QR code (/a/<token>) needs no session. The auth plugin does not
 * load sessions under /api/public/, so a signed-in invitee's session is read here, only to match
 * them — and only when the request echoes the session's CSRF token, as the phone page does.
 */
async function optionalActor(db: Db, req: FastifyRequest) {
  const token = req.cookies[SESSION_COOKIE];
  const session = token ? await loadSession(db, token) : null;
  return session && csrfMatches(req, session.csrfToken) ? session.actor : null;
}

export async function publicAttendanceRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { isPublic: true };

  r.get(
    '/api/public/attendance/:token',
    {
      schema: {
        tags,
        summary: 'The consultation behind a sign-in QR code, and whether sign-in is open',
        params: PublicAttendanceParams,
        response: { 200: PublicAttendance },
      },
      config: open,
    },
    async (req, reply) => withReaderPlaceName(req, reply, await publicAttendance(db, req.params.token)),
  );

  r.post(
    '/api/public/attendance/:token',
    {
      schema: {
        tags,
        summary: 'Sign in: an invitee by session or by name, else as a walk-in attendee (idempotent)',
        params: PublicAttendanceParams,
        body: PublicSignInBody,
        response: { 200: PublicSignInResult },
      },
      config: open,
    },
    async (req, reply) => {
      await take(db, reply, `attendance-ip:${req.ip}`, SIGN_IN_LIMIT); // shared by every instance
      const actor = await optionalActor(db, req);
      return signInByToken(db, req.params.token, { actor, ip: req.ip }, req.body);
    },
  );
}
