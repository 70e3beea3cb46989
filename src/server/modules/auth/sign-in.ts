import { eq, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { writeAudit } from '../../platform/audit';
import { dummyHash, verifyPassword } from '../../platform/auth/passwords';
import { createSession } from '../../platform/auth/sessions';
import type { Challenges } from '../../platform/challenges';
import type { Db, DbOrTx } from '../../platform/db';
import { accounts, places } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { isOverLimit, minutesLeft, needsChallenge, reachedLimit, SIGN_IN_LIMITS, throttleKeys } from '../accounts';
import { type Attempt, clearAttempts, countAttempt, returnAddressAttempt } from './throttle';

type SignInInput = {
  username: string;
  password: string;
  challenge?: { id: string; answer: string } | undefined;
  ip: string;
  userAgent?: string | undefined;
  ttlHours: number;
};

/**
 * Checks a password and opens a session. Every attempt is counted before the password is checked:
 * past 30 from an address the answer is 429; past three at a username, from anywhere, an attempt
 * must answer the image challenge; past five at a username from one address, that address is
 * locked out of it (423; the fifth wrong one says so). Someone who only knows the username can
 * thus make the owner answer a challenge, but never lock them out from their own address.
 */
export async function signIn(db: Db, challenges: Challenges, reply: FastifyReply, input: SignInInput) {
  const keys = throttleKeys(input.username, input.ip);
  const ip = await countAttempt(db, 'ip', keys.ip);
  if (isOverLimit('ip', ip.failures)) throw tooManyAttempts(ip);
  const user = await countAttempt(db, 'user', keys.user);
  if (needsChallenge(user.failures)) await requireChallenge(challenges, reply, input.ip, input.challenge);
  const pair = await countAttempt(db, 'pair', keys.pair, input.username);
  if (isOverLimit('pair', pair.failures)) throw accountLocked(pair);

  const [account] = await db
    .select({ a: accounts, homePath: places.path })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(sql`lower(${accounts.username}) = lower(${input.username})`);
  // an unknown username costs the same verification and locks the same way: no existence oracle
  const ok = await verifyPassword(account?.a.passwordHash ?? (await dummyHash()), input.password);
  if (!account || !ok) {
    if (reachedLimit('pair', pair.failures)) {
      if (account) await auditLock(db, account.a.id, account.homePath, input.ip);
      throw lockedNow();
    }
    throw new AppError(401, 'invalid_credentials');
  }
  if (account.a.isDisabled) throw new AppError(403, 'account_disabled');

  return db.transaction(async (tx) => {
    await clearAttempts(tx, pair);
    await clearAttempts(tx, user);
    await returnAddressAttempt(tx, ip);
    const session = await createSession(tx, {
      accountId: account.a.id,
      ttlHours: input.ttlHours,
      ip: input.ip,
      userAgent: input.userAgent,
    });
    const actor = { id: account.a.id, username: account.a.username, displayName: account.a.displayName };
    await writeAudit(
      tx,
      { actor, ip: input.ip },
      { action: 'auth.sign_in', entityType: 'account', entityId: account.a.id, placePath: account.homePath },
    );
    return { ...session, accountId: account.a.id };
  });
}

/** Refuses an attempt (unchecked, so not counted toward a lock) without a right answer. */
async function requireChallenge(
  challenges: Challenges,
  reply: FastifyReply,
  ip: string,
  given: SignInInput['challenge'],
) {
  if (given && (await challenges.solve(given))) return;
  throw await challenges.ask(reply, ip, 'sign_in_challenge_required', given !== undefined);
}

const tooManyAttempts = (ip: Attempt) =>
  new AppError(429, 'too_many_attempts', { minutes: minutesLeft('ip', ip, ip.now) });

export const accountLocked = (pair: Attempt) =>
  new AppError(423, 'account_locked', { minutes: minutesLeft('pair', pair, pair.now) });

/** The attempt that reached the limit locks for the whole window, starting now. */
export const lockedNow = () => new AppError(423, 'account_locked', { minutes: SIGN_IN_LIMITS.windowMinutes });

export async function auditLock(db: DbOrTx, accountId: string, placePath: string, ip: string | null) {
  await writeAudit(
    db,
    { actor: null, ip },
    { action: 'auth.lock', entityType: 'account', entityId: accountId, placePath },
  );
}
