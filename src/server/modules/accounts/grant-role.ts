import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { lockTopAdmins } from '../../platform/db/locks';
import { grants } from '../../platform/db/schema';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { loadManageable } from './manage-account';
import { canGrantAt, isOwnAccount } from './policy';
import { adminCountAt } from './queries';
import { isLastTopAdmin } from './rules';
import { grantablePlace, insertGrant } from './write-grant';

/**
 * Gives an account a role at a place in the admin's region; it reaches everything beneath. Never
 * one's own: an admin could otherwise give themselves, say, the liaison's right to reveal phones.
 */
export async function grantRole(ctx: Ctx, accountId: string, input: { placeId: string; role: Role }) {
  return ctx.db.transaction(async (tx) => {
    const account = await loadManageable(tx, ctx, accountId);
    if (isOwnAccount(ctx.actor, accountId)) throw forbidden();
    const place = await grantablePlace(tx, ctx, input.placeId, 'placeId');
    if (account.grants.some((g) => g.place.id === place.id && g.role === input.role)) throw conflict('grant_exists');
    return insertGrant(tx, ctx, accountId, place, input.role);
  });
}

/** Takes a role back; the last active admin of a top-level place cannot be removed. */
export async function revokeRole(ctx: Ctx, accountId: string, grantId: string) {
  return ctx.db.transaction(async (tx) => {
    await lockTopAdmins(tx); // two admins revoking each other at once would otherwise both pass the count
    const account = await loadManageable(tx, ctx, accountId);
    const grant = account.grants.find((g) => g.id === grantId);
    if (!grant) throw notFound();
    if (!canGrantAt(ctx.actor, grant.placePath) || isOwnAccount(ctx.actor, accountId)) throw forbidden();
    // a disabled admin is not counted: taking back their role leaves the active ones as they are
    const counts = grant.role === 'admin' && !account.isDisabled;
    if (counts && isLastTopAdmin(grant, await adminCountAt(tx, grant.place.id))) throw conflict('last_admin');
    await tx.delete(grants).where(and(eq(grants.id, grantId), eq(grants.accountId, accountId)));
    await writeAudit(tx, ctx, {
      action: 'grant.revoke',
      entityType: 'account',
      entityId: accountId,
      placePath: grant.placePath,
      before: { grantId, role: grant.role, placeId: grant.place.id, placeName: grant.place.name },
    });
  });
}
