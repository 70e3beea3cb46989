import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';
import { ONLINE_LIMITS } from './rules';

/** The resident's phone, for online consultation: a random 128-bit id in an HttpOnly cookie. */
export const VOTER_COOKIE = 'sl_voter';
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
  private hits = new Map<string, number[]>();
  private readonly windowMs = ONLINE_LIMITS.windowMinutes * 60_000;

  /** Counts one write from `ip`, or answers 429 rate_limited past the limit. */
  take(ip: string, now = Date.now()) {
    const kept = (this.hits.get(ip) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length >= ONLINE_LIMITS.writesPerIp) {
      this.hits.set(ip, kept);
      throw new AppError(429, 'rate_limited');
    }
    kept.push(now);
    this.hits.set(ip, kept);
    if (this.hits.size > 50_000) this.sweep(now);
  }

  private sweep(now: number) {
    for (const [k, v] of this.hits) if (v.every((t) => now - t >= this.windowMs)) this.hits.delete(k);
  }
}
