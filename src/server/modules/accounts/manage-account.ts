import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth/passwords';
import { destroyAccountSessions } from '../../platform/auth/sessions';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { lockTopAdmins } from '../../platform/db/locks';
import { accounts } from '../../platform/db/schema';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { canAccount, isOwnAccount } from './policy';
import { scopeOf } from './present';
import { adminCountAt, clearSignInLock, findVisibleAccount, usernameTaken } from './queries';
import { isLastTopAdmin, mailStartAfter } from './rules';
import type { CreateAccountInput, UpdateAccountInput } from './schemas';
import { grantablePlace, insertGrant } from './write-grant';

/** Loads an account the actor may manage: 404 outside their region, 403 when it outranks them. */
export async function loadManageable(tx: DbOrTx, ctx: Ctx, id: string) {
  const account = await findVisibleAccount(tx, ctx.actor, id);
  if (!account) throw notFound();
  if (!canAccount(ctx.actor, 'manage', scopeOf(account))) throw forbidden();
  return account;
}

async function loadHomePlace(tx: DbOrTx, ctx: Ctx, placeId: string) {
  const place = await findVisiblePlace(tx, ctx.actor, placeId);
  if (!place || place.archivedAt) throw invalidField('homePlaceId', 'not_found', {}, 400);
  if (!canAccount(ctx.actor, 'manage', { homePlacePath: place.path, grantPaths: [] })) throw forbidden();
  return place;
}

/**
 * Creates an account homed at a place in the admin's region and, in the same transaction, the role
 * it is given: both are written, or neither.
 */
export async function createAccount(ctx: Ctx, input: CreateAccountInput) {
  const passwordHash = await hashPassword(input.password); // slow: before the transaction, not inside it
  return ctx.db.transaction(async (tx) => {
    const place = await loadHomePlace(tx, ctx, input.homePlaceId);
    const grantAt = input.grant ? await grantablePlace(tx, ctx, input.grant.placeId, 'grant.placeId') : undefined;
    if (await usernameTaken(tx, input.username)) throw invalidField('username', 'username_taken');
    const [row] = await tx
      .insert(accounts)
      .values({
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        homePlaceId: place.id,
        mustChangePassword: input.mustChangePassword,
        mobile: input.mobile ?? null,
      })
      .returning({ id: accounts.id });
    const id = (row as { id: string }).id;
    const { password: _, grant: __, ...safe } = input;
    await writeAudit(tx, ctx, {
      action: 'account.create',
      entityType: 'account',
      entityId: id,
      placePath: place.path,
      after: safe,
    });
    if (grantAt && input.grant) await insertGrant(tx, ctx, id, grantAt, input.grant.role);
    return id;
  });
}

/**
 * Renames, disables/enables, re-homes an account or sets its email; disabling ends its sessions and never leaves a
 * top-level place without an active admin.
 */
export async function updateAccount(ctx: Ctx, id: string, input: UpdateAccountInput) {
  return ctx.db.transaction(async (tx) => {
    const disabling = input.isDisabled === true;
    if (disabling) await lockTopAdmins(tx); // two admins disabling each other at once
    const before = await loadManageable(tx, ctx, id);
    const home = input.homePlaceId ? await loadHomePlace(tx, ctx, input.homePlaceId) : undefined;
    if (disabling && isOwnAccount(ctx.actor, id)) throw forbidden();
    if (disabling && !before.isDisabled) {
      for (const g of before.grants.filter((g) => g.role === 'admin')) {
        if (isLastTopAdmin(g, await adminCountAt(tx, g.place.id))) throw conflict('last_admin');
      }
    }
    const now = new Date();
    const email = input.email === undefined ? before.email : input.email;
    await tx
      .update(accounts)
      .set({
        displayName: input.displayName,
        isDisabled: input.isDisabled,
        homePlaceId: home?.id,
        email,
        mobile: input.mobile,
        emailNoticesSince: mailStartAfter(before, { email, emailNotices: before.emailNotices }, now),
        updatedAt: now,
      })
      .where(eq(accounts.id, id));
    if (input.isDisabled) await destroyAccountSessions(tx, id);
    await writeAudit(tx, ctx, {
      action: 'account.update',
      entityType: 'account',
      entityId: id,
      placePath: home?.path ?? before.homePlacePath,
      before: {
        displayName: before.displayName,
        isDisabled: before.isDisabled,
        homePlaceId: before.homePlace.id,
        email: before.email,
        mobile: before.mobile,
      },
      after: input,
    });
  });
}

/** Sets a new password (the person changes it at next sign-in by default), unlocks, ends sessions. */
export async function resetPassword(ctx: Ctx, id: string, password: string, mustChangePassword: boolean) {
  const passwordHash = await hashPassword(password); // slow: before the transaction, not inside it
  return ctx.db.transaction(async (tx) => {
    const account = await loadManageable(tx, ctx, id);
    if (isOwnAccount(ctx.actor, id)) throw forbidden();
    await tx
      .update(accounts)
      .set({
        passwordHash,
        mustChangePassword,
        updatedAt: new Date(),
      })
      .where(eq(accounts.id, id));
    await clearSignInLock(tx, account.username);
    await destroyAccountSessions(tx, id);
    await writeAudit(tx, ctx, {
      action: 'account.reset_password',
      entityType: 'account',
      entityId: id,
      placePath: account.homePlacePath,
    });
  });
}

/** Lifts a sign-in lock before it runs out. */
export async function unlockAccount(ctx: Ctx, id: string) {
  return ctx.db.transaction(async (tx) => {
    const account = await loadManageable(tx, ctx, id);
    await clearSignInLock(tx, account.username);
    await writeAudit(tx, ctx, {
      action: 'account.unlock',
      entityType: 'account',
      entityId: id,
      placePath: account.homePlacePath,
    });
  });
}
