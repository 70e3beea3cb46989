import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../platform/db';
import { take } from '../../platform/rate-limit';
import { RESIDENT_LIMITS } from './rules';

// The resident's phone, as online consultations know it (online/voter.ts): a random 128-bit id in
// an HttpOnly cookie of its own, sent only to the evaluation pages' public API.
const RATER_COOKIE = 'sl_rater';
const RATER_ID = /^[A-Za-z0-9_-]{22}$/;
const YEAR_SECONDS = 365 * 24 * 60 * 60;
export const RATER_COOKIE_PATH = '/api/public/evaluations';

/**
 * This phone's voter key, 'r:' + sha-256 of its cookie (only the hash is stored); the cookie is
 * set on the first visit. SameSite=Lax keeps it off cross-site posts.
 */
export function residentVoterKey(req: FastifyRequest, reply: FastifyReply, secure: boolean) {
  let id = req.cookies[RATER_COOKIE];
  if (!id || !RATER_ID.test(id)) {
    id = randomBytes(16).toString('base64url');
    reply.setCookie(RATER_COOKIE, id, {
      path: RATER_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: YEAR_SECONDS,
    });
  }
  return `r:${createHash('sha256').update(id).digest('hex')}`;
}

/** A keyed hash of an address: new evaluators from one address are counted, the address never stored. */
export const addressHasher = (secret: string) => (ip: string) =>
  createHmac('sha256', `shangliang:rater-address:${secret}`).update(ip).digest('base64url').slice(0, 22);

/** Counts one public evaluation from `ip` across instances, or 429 past the limit. */
export const takeWrite = (db: DbOrTx, reply: FastifyReply, ip: string) =>
  take(db, reply, `evaluation-write:${ip}`, {
    windowMs: RESIDENT_LIMITS.windowMinutes * 60_000,
    max: RESIDENT_LIMITS.writesPerIp,
  });
