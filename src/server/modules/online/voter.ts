import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../platform/db';
import { take } from '../../platform/rate-limit';
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

/**
 * A keyed hash of an address: voters from one address can be counted and shown as one, and the
 * address itself is never stored (without the secret, the 2³² IPv4 addresses cannot be tried).
 */
export const addressHasher = (secret: string) => (ip: string) =>
  createHmac('sha256', `shangliang:voter-address:${secret}`).update(ip).digest('base64url').slice(0, 22);

/** Counts one public write (statement or vote) from `ip` across instances, or 429 past the limit. */
export const takeWrite = (db: DbOrTx, reply: FastifyReply, ip: string) =>
  take(db, reply, `online-write:${ip}`, {
    windowMs: ONLINE_LIMITS.windowMinutes * 60_000,
    max: ONLINE_LIMITS.writesPerIp,
  });
