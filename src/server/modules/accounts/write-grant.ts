// Giving a role at a place, as both a grant on its own and a new account's first role write it.
import type { Role } from '../../../shared/enums';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { grants } from '../../platform/db/schema';
import { forbidden, invalidField } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { canGrantAt } from './policy';

/**
 * The place a role is to be given at: one the admin does not see is a wrong field (400, as if it
 * did not exist), one they see but do not administer is 403.
 */
export async function grantablePlace(tx: DbOrTx, ctx: Ctx, placeId: string, field: string) {
  const place = await findVisiblePlace(tx, ctx.actor, placeId);
  if (!place || place.archivedAt) throw invalidField(field, 'not_found', {}, 400);
  if (!canGrantAt(ctx.actor, place.path)) throw forbidden();
  return place;
}

/** Writes a grant and its audit event (in the caller's transaction). */
export async function insertGrant(
  tx: DbOrTx,
  ctx: Ctx,
  accountId: string,
  place: { id: string; path: string; name: string },
  role: Role,
) {
  const [row] = await tx.insert(grants).values({ accountId, placeId: place.id, role }).returning({ id: grants.id });
  await writeAudit(tx, ctx, {
    action: 'grant.create',
    entityType: 'account',
    entityId: accountId,
    placePath: place.path,
    after: { grantId: row?.id, role, placeId: place.id, placeName: place.name },
  });
  return row?.id as string;
}
