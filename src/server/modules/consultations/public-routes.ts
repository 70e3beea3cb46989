import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CSRF_HEADER, SESSION_COOKIE } from '../../platform/auth/plugin';
import { loadSession } from '../../platform/auth/sessions';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { PublicAttendance, PublicAttendanceParams, PublicSignInBody, PublicSignInResult } from './schemas';
import { publicAttendance, signInByToken } from './sign-in';

/** QR sign-ins per address in a window: enough for a family at one phone, too few to guess names. */
export const SIGN_IN_LIMIT = { perIp: 30, windowMs: 10 * 60_000 } as const;

/** Counts sign-in attempts per address in a sliding window, in memory (one process). */
export class AttemptCounter {
  private hits = new Map<string, number[]>();
  constructor(private windowMs: number) {}

  /** Counts an attempt; answers how many there were in the window, this one included. */
  hit(key: string, now = Date.now()) {
    const kept = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    kept.push(now);
    this.hits.set(key, kept);
    if (this.hits.size > 50_000)
      for (const [k, v] of this.hits) if (v.every((t) => now - t >= this.windowMs)) this.hits.delete(k);
    return kept.length;
  }
}

/**
 * The attendance page behind the QR code (/a/<token>) needs no session. The auth plugin does not
 * load sessions under /api/public/, so a signed-in invitee's session is read here, only to match
 * them — and only when the request echoes the session's CSRF token, as the phone page does.
 */
async function optionalActor(db: Db, req: FastifyRequest) {
  const token = req.cookies[SESSION_COOKIE];
  const session = token ? await loadSession(db, token) : null;
  const echoed = req.headers[CSRF_HEADER];
  if (!session || typeof echoed !== 'string') return null;
  const [a, b] = [Buffer.from(echoed), Buffer.from(session.csrfToken)];
  return a.length === b.length && timingSafeEqual(a, b) ? session.actor : null;
}

export async function publicAttendanceRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const open = { isPublic: true };
  const attempts = new AttemptCounter(SIGN_IN_LIMIT.windowMs);

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
    async (req) => publicAttendance(db, req.params.token),
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
    async (req) => {
      if (attempts.hit(req.ip) > SIGN_IN_LIMIT.perIp) throw new AppError(429, 'rate_limited');
      const actor = await optionalActor(db, req);
      return signInByToken(db, req.params.token, { actor, ip: req.ip }, req.body);
    },
  );
}
