import { and, eq, isNull } from 'drizzle-orm';
import type { EmailNoticeChoice, Locale } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { destroyOtherSessions } from '../../platform/auth/sessions';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db';
import { accounts, grants, places } from '../../platform/db/schema';
import { AppError, unauthenticated } from '../../platform/errors';
import { isOverLimit, mailStartAfter, reachedLimit, throttleKeys } from '../accounts';
import { accountLocked, auditLock, lockedNow } from './sign-in';
import { clearAttempts, countAttempt } from './throttle';

/** The signed-in person with their roles at live places, for the console's shell. */
export async function loadMe(db: Db, accountId: string) {
  const [a] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!a) return undefined;
  const rows = await db
    .select({ id: grants.id, role: grants.role, place: { id: places.id, name: places.name, kind: places.kind } })
    .from(grants)
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(eq(grants.accountId, accountId), isNull(places.archivedAt)))
    .orderBy(places.depth);
  return { ...a, locale: a.locale as Locale | null, grants: rows };
}

/** Remembers the language the person reads the console in. */
export async function updateMe(ctx: Ctx, input: { locale: Locale }) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ locale: accounts.locale }).from(accounts).where(eq(accounts.id, ctx.actor.id));
    if (!before) throw unauthenticated();
    await tx.update(accounts).set({ locale: input.locale, updatedAt: new Date() }).where(eq(accounts.id, ctx.actor.id));
    await writeAudit(tx, ctx, {
      action: 'account.update_me',
      entityType: 'account',
      entityId: ctx.actor.id,
      placePath: ctx.actor.homePlacePath,
      before,
      after: input,
    });
  });
}

/**
 * Sets the address one's notices are mailed to and how (each as it comes, a daily digest, none);
 * a new address or mail turned back on starts from now (older notices are not mailed).
 */
export async function updateMyEmail(ctx: Ctx, input: { email: string | null; emailNotices: EmailNoticeChoice }) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        email: accounts.email,
        emailNotices: accounts.emailNotices,
        emailNoticesSince: accounts.emailNoticesSince,
      })
      .from(accounts)
      .where(eq(accounts.id, ctx.actor.id));
    if (!before) throw unauthenticated();
    const now = new Date();
    await tx
      .update(accounts)
      .set({ ...input, emailNoticesSince: mailStartAfter(before, input, now), updatedAt: now })
      .where(eq(accounts.id, ctx.actor.id));
    await writeAudit(tx, ctx, {
      action: 'account.update_email',
      entityType: 'account',
      entityId: ctx.actor.id,
      placePath: ctx.actor.homePlacePath,
      before: { email: before.email, emailNotices: before.emailNotices },
      after: input,
    });
  });
}

/**
 * Changes one's own password to a different one after checking the current one; other sessions
 * end. Guessing the current password with a stolen session counts toward the same lock as signing
 * in from its address.
 */
export async function changeOwnPassword(ctx: Ctx, currentSessionToken: string, current: string, next: string) {
  // a forced change (must_change_password) must really change it
  if (next === current) throw new AppError(400, 'password_unchanged', {}, [], { field: 'newPassword' });
  const pair = await countAttempt(
    ctx.db,
    'pair',
    throttleKeys(ctx.actor.username, ctx.ip ?? '').pair,
    ctx.actor.username,
  );
  if (isOverLimit('pair', pair.failures)) throw accountLocked(pair);
  const [a] = await ctx.db.select().from(accounts).where(eq(accounts.id, ctx.actor.id));
  if (!a) throw unauthenticated();
  if (!(await verifyPassword(a.passwordHash, current))) {
    if (reachedLimit('pair', pair.failures)) {
      await auditLock(ctx.db, a.id, ctx.actor.homePlacePath, ctx.ip);
      throw lockedNow();
    }
    throw new AppError(400, 'wrong_password', {}, [], { field: 'currentPassword' });
  }
  const hash = await hashPassword(next);
  await ctx.db.transaction(async (tx) => {
    await clearAttempts(tx, pair);
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
