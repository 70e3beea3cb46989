import { createHmac, randomBytes } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import svgCaptcha from 'svg-captcha';
import type { DbOrTx } from './db';
import { challenges } from './db/schema';
import { AppError } from './errors';
import { type Limit, take } from './rate-limit';

/** Image challenges (captcha) one address may be given: enough for a resident who refreshes a few pictures. */
export const CHALLENGE_LIMIT: Limit = { windowMs: 10 * 60_000, max: 30 };
const TTL_MS = 5 * 60_000;

export type Challenge = { id: string; svg: string };

/**
 * Image challenges in the database, so that one instance issues what another checks: single use,
 * five minutes, the answer kept only as a keyed hash (a database read does not solve them).
 */
export function makeChallenges(db: DbOrTx, secret: string) {
  const hashOf = (id: string, answer: string) =>
    createHmac('sha256', `shangliang:challenge:${secret}`).update(`${id}:${answer}`).digest('base64url');

  return {
    /** A new challenge for `address`, counted against CHALLENGE_LIMIT (429 with Retry-After past it). */
    async issue(reply: FastifyReply, address: string): Promise<Challenge> {
      await take(db, reply, `challenge:${address}`, CHALLENGE_LIMIT);
      const c = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: '0o1ilI', color: false });
      const id = randomBytes(12).toString('base64url');
      await db.insert(challenges).values({
        id,
        answerHash: hashOf(id, c.text.toLowerCase()),
        expiresAt: sql`now() + ${TTL_MS} * interval '1 millisecond'`,
      });
      return { id, svg: c.data };
    },

    /** True once for the right answer (any case); the challenge is spent either way. */
    async solve(answered: { id: string; answer: string }) {
      const [c] = await db
        .delete(challenges)
        .where(eq(challenges.id, answered.id))
        .returning({ answerHash: challenges.answerHash, isLive: sql<boolean>`${challenges.expiresAt} >= now()` });
      return Boolean(c?.isLive && c.answerHash === hashOf(answered.id, answered.answer.trim().toLowerCase()));
    },

    /**
     * The 429 that asks for a challenge: `challenge_failed` when one was answered wrong, else
     * `code`, with a fresh challenge in the body.
     */
    async ask(
      reply: FastifyReply,
      address: string,
      code:
        | 'challenge_required'
        | 'online_challenge_required'
        | 'sign_in_challenge_required'
        | 'evaluation_challenge_required',
      wasAnswered: boolean,
    ) {
      const challenge = await this.issue(reply, address);
      return new AppError(429, wasAnswered ? 'challenge_failed' : code, {}, [], { challenge });
    },
  };
}
export type Challenges = ReturnType<typeof makeChallenges>;

/** Deletes challenges past their five minutes. */
export async function sweepChallenges(db: DbOrTx) {
  const gone = await db.delete(challenges).where(lt(challenges.expiresAt, sql`now()`)).returning({ id: challenges.id });
  return gone.length;
}
