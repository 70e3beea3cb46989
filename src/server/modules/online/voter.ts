import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';
import { SlidingCounter } from '../../platform/sliding-counter';
import { ONLINE_LIMITS } from './rules';

/** The resident's phone, for online consultation: a random 128-bit id in an HttpOnly cookie. */
const VOTER_COOKIE = 'sl_voter';
const VOTER_ID = /^[A-Za-z0-9_-]{22}$/;
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * This phone's voter key, 'r:' + sha-256 of its cookie (only the hash is stored); the cookie is
 * set on the first visit. SameSite=Lax keeps it off cross-site posts, and it is sent only to the
 * online consultation's public API.
 */
export function residentVoterKey(req: FastifyRequest, reply: FastifyReply, secure: boolean) {
  let id = req.cookies[VOTER_COOKIE];
  if (!id || !VOTER_ID.test(id)) {
    id = randomBytes(16).toString('base64url');
    reply.setCookie(VOTER_COOKIE, id, {
      path: '/api/public/online',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: YEAR_SECONDS,
    });
  }
  return `r:${createHash('sha256').update(id).digest('hex')}`;
}

/** Public writes per address in a sliding window, in memory (one process, like the public intake's). */
export class WriteLimiter {
  private counter = new SlidingCounter(ONLINE_LIMITS.windowMinutes * 60_000);

  /** Counts one write from `ip`, or answers 429 rate_limited past the limit (not counting it). */
  take(ip: string) {
    if (this.counter.count(ip) >= ONLINE_LIMITS.writesPerIp) throw new AppError(429, 'rate_limited');
    this.counter.add(ip);
  }
}
