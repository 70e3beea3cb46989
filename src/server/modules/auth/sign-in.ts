import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import { dummyHash, verifyPassword } from '../../platform/auth/passwords';
import { createSession } from '../../platform/auth/sessions';
import type { Db, DbOrTx } from '../../platform/db';
import { accounts, places } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { isOverLimit, minutesLeft, reachedLimit, SIGN_IN_LIMITS } from '../accounts';
import { type Attempt, clearUserAttempts, countAttempt, returnAddressAttempt } from './throttle';

type SignInInput = { username: string; password: string; ip: string; userAgent?: string; ttlHours: number };

/**
 * Checks a password and opens a session. Every attempt is counted — per address and per username,
 * known or not — before the password is checked: past 30 from an address the answer is 429, past
 * five at a username 423 (the fifth wrong one says so), and neither checks the password.
 */
export async function signIn(db: Db, input: SignInInput) {
  const ip = await countAttempt(db, 'ip', input.ip);
  if (isOverLimit('ip', ip.failures)) throw tooManyAttempts(ip);
  const user = await countAttempt(db, 'user', input.username);
  if (isOverLimit('user', user.failures)) throw accountLocked(user);

  const [account] = await db
    .select({ a: accounts, homePath: places.path })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(sql`lower(${accounts.username}) = lower(${input.username})`);
  // an unknown username costs the same verification and locks the same way: no existence oracle
  const ok = await verifyPassword(account?.a.passwordHash ?? (await dummyHash()), input.password);
  if (!account || !ok) {
    if (reachedLimit('user', user.failures)) {
      if (account) await auditLock(db, account.a.id, account.homePath, input.ip);
      throw lockedNow();
    }
    throw new AppError(401, 'invalid_credentials');
  }
  if (account.a.isDisabled) throw new AppError(403, 'account_disabled');

  return db.transaction(async (tx) => {
    await clearUserAttempts(tx, user);
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

const tooManyAttempts = (ip: Attempt) =>
  new AppError(429, 'too_many_attempts', { minutes: minutesLeft('ip', ip, ip.now) });

export const accountLocked = (user: Attempt) =>
  new AppError(423, 'account_locked', { minutes: minutesLeft('user', user, user.now) });

/** The attempt that reached the limit locks for the whole window, starting now. */
export const lockedNow = () => new AppError(423, 'account_locked', { minutes: SIGN_IN_LIMITS.windowMinutes });

export async function auditLock(db: DbOrTx, accountId: string, placePath: string, ip: string | null) {
  await writeAudit(
    db,
    { actor: null, ip },
    { action: 'auth.lock', entityType: 'account', entityId: accountId, placePath },
  );
}
