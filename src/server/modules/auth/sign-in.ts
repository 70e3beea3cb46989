import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import { dummyHash, hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { createSession, destroyOtherSessions } from '../../platform/auth/sessions';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db';
import { accounts, grants, places } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { ipWaitMinutes, lockMinutesLeft, SIGN_IN_LIMITS } from '../accounts';
import { countAccountFailure, countKeyFailure, throttleState } from './throttle';

type SignInInput = { username: string; password: string; ip: string; userAgent?: string; ttlHours: number };

/**
 * Checks a password and opens a session. Failures count per source address (429 past the limit)
 * and per account (locked for a while after five in a row, and it says so).
 */
export async function signIn(db: Db, input: SignInInput) {
  const now = new Date();
  const ipKey = `ip:${input.ip}`;
  const wait = ipWaitMinutes(await throttleState(db, ipKey), now);
  if (wait > 0) throw new AppError(429, 'too_many_attempts', { minutes: wait });

  const [account] = await db
    .select({ a: accounts, homePath: places.path })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(sql`lower(${accounts.username}) = lower(${input.username})`);
  // an unknown username locks the same way, so a lock does not tell which usernames exist
  const userKey = `user:${input.username.toLowerCase()}`;
  const locked = account
    ? lockMinutesLeft(account.a.lockedUntil, now)
    : ipWaitMinutes(await throttleState(db, userKey), now, SIGN_IN_LIMITS.accountFailures);
  if (locked > 0) throw new AppError(423, 'account_locked', { minutes: locked });

  const ok = await verifyPassword(account?.a.passwordHash ?? (await dummyHash()), input.password);
  if (!account || !ok) {
    await countKeyFailure(db, ipKey);
    const lockedUntil = account
      ? await countAccountFailure(db, account.a.id)
      : lockEnd(await countKeyFailure(db, userKey));
    if (lockedUntil && lockedUntil > now) {
      // the fifth failure in a row locks: say so now rather than on the next try
      if (account) await auditLock(db, account.a.id, account.homePath, input.ip);
      // measured from the request's start the fresh lock would read one minute long; it is exactly this
      const minutes = account ? SIGN_IN_LIMITS.accountLockMinutes : lockMinutesLeft(lockedUntil, now);
      throw new AppError(423, 'account_locked', { minutes });
    }
    throw new AppError(401, 'invalid_credentials');
  }
  if (account.a.isDisabled) throw new AppError(403, 'account_disabled');

  return db.transaction(async (tx) => {
    await tx.update(accounts).set({ failedLogins: 0, lockedUntil: null }).where(eq(accounts.id, account.a.id));
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

/** When an unknown username's failures reach the account limit, it is "locked" to the window's end. */
const lockEnd = (s: { failures: number; windowStartedAt: Date }) =>
  s.failures >= SIGN_IN_LIMITS.accountFailures
    ? new Date(s.windowStartedAt.getTime() + SIGN_IN_LIMITS.ipWindowMinutes * 60_000)
    : null;

async function auditLock(db: Db, accountId: string, placePath: string, ip: string) {
  await writeAudit(
    db,
    { actor: null, ip },
    { action: 'auth.lock', entityType: 'account', entityId: accountId, placePath },
  );
}

/** The signed-in person with their roles, for the console's shell. */
export async function loadMe(db: Db, accountId: string) {
  const [a] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!a) return undefined;
  const rows = await db
    .select({ id: grants.id, role: grants.role, place: { id: places.id, name: places.name, kind: places.kind } })
    .from(grants)
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(eq(grants.accountId, accountId))
    .orderBy(places.depth);
  return { ...a, locale: a.locale as 'zh-CN' | 'zh-TW' | 'en' | null, grants: rows };
}

/** Changes one's own password after checking the current one; other sessions end. */
export async function changeOwnPassword(ctx: Ctx, currentSessionToken: string, current: string, next: string) {
  const [a] = await ctx.db.select().from(accounts).where(eq(accounts.id, ctx.actor.id));
  if (!a) throw new AppError(401, 'unauthenticated');
  const lockedFor = lockMinutesLeft(a.lockedUntil, new Date());
  if (lockedFor > 0) throw new AppError(423, 'account_locked', { minutes: lockedFor });
  if (!(await verifyPassword(a.passwordHash, current))) {
    // guessing the current password with a stolen session counts toward the same lock
    await countAccountFailure(ctx.db, a.id);
    throw new AppError(400, 'wrong_password', {}, [], { field: 'currentPassword' });
  }
  const hash = await hashPassword(next);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash: hash, mustChangePassword: false, updatedAt: new Date() })
      .where(eq(accounts.id, a.id));
    await destroyOtherSessions(tx, a.id, currentSessionToken);
    await writeAudit(tx, ctx, {
      action: 'account.change_password',
      entityType: 'account',
      entityId: a.id,
      placePath: ctx.actor.homePlacePath,
    });
  });
}
