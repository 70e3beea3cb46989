import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { lockTopAdmins } from '../../platform/db/locks';
import { grants } from '../../platform/db/schema';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { loadManageable } from './manage-account';
import { canGrantAt, isOwnAccount } from './policy';
import { adminCountAt } from './queries';
import { isLastTopAdmin } from './rules';

/**
 * Gives an account a role at a place in the admin's region; it reaches everything beneath. Never
 * one's own: an admin could otherwise give themselves, say, the liaison's right to reveal phones.
 */
export async function grantRole(ctx: Ctx, accountId: string, input: { placeId: string; role: Role }) {
  return ctx.db.transaction(async (tx) => {
    const account = await loadManageable(tx, ctx, accountId);
    if (isOwnAccount(ctx.actor, accountId)) throw forbidden();
    const place = await findVisiblePlace(tx, ctx.actor, input.placeId);
    if (!place || place.archivedAt) throw invalidField('placeId', 'not_found', {}, 400);
    if (!canGrantAt(ctx.actor, place.path)) throw forbidden();
    if (account.grants.some((g) => g.place.id === place.id && g.role === input.role)) throw conflict('grant_exists');
    const [row] = await tx
      .insert(grants)
      .values({ accountId, placeId: place.id, role: input.role })
      .returning({ id: grants.id });
    await writeAudit(tx, ctx, {
      action: 'grant.create',
      entityType: 'account',
      entityId: accountId,
      placePath: place.path,
      after: { grantId: row?.id, role: input.role, placeId: place.id, placeName: place.name },
    });
    return row?.id as string;
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
