// Loading a group for a use case: 404 unseen, 403 not the actor's to change, 409 once archived;
// and the audit event of a change.
import { ROLES } from '../../../shared/enums';
import type { AuditVerb } from '../../../shared/messages/audit';
import { writeAudit } from '../../platform/audit';
import { reaches } from '../../platform/auth/actor';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { canGroup } from './policy';
import { findGroup, findPlace, findVisibleGroup, type GroupRef, type GroupRow, lockGroups } from './queries';

/** A group the actor can see (another region: 404). */
export async function readable(ctx: Ctx, id: string) {
  const g = await findVisibleGroup(ctx.db, ctx.actor, id);
  if (!g) throw notFound();
  return g;
}

/** A group the actor may change (visible but not theirs to change: 403). */
export async function manageable(ctx: Ctx, id: string) {
  const g = await readable(ctx, id);
  if (!canGroup(ctx.actor, 'manage', g)) throw forbidden();
  return g;
}

export const archivedError = () => conflict('member_group_archived');

/**
 * One change to a group: by one who may change it, in one transaction holding its row (read
 * afresh under the lock), refused with 409 once archived.
 */
export async function writeGroup<T>(ctx: Ctx, id: string, fn: (tx: Tx, g: GroupRow, seen: GroupRef) => Promise<T>) {
  const seen = await manageable(ctx, id);
  return ctx.db.transaction(async (tx) => {
    await lockGroups(tx, [id]);
    const g = await findGroup(tx, id);
    if (!g) throw notFound();
    if (g.archivedAt) throw archivedError();
    return fn(tx, g, seen);
  });
}

/**
 * A place in the actor's region, whatever their role there (another region or none such: 404);
 * what the role may do there is decided after, with 403.
 */
export async function placeInReach(ctx: Ctx, placeId: string, db: DbOrTx = ctx.db) {
  const place = await findPlace(db, placeId);
  if (!place || !reaches(ctx.actor, ROLES, place.path)) throw notFound();
  return place;
}

/** The audit event of a change to a group (action 'member_group.<what>'). */
export const auditGroup = (
  tx: DbOrTx,
  ctx: Ctx,
  g: { id: string; placePath: string },
  what: AuditVerb<'member_group'>,
  change: { before?: unknown; after?: unknown } = {},
) =>
  writeAudit(tx, ctx, {
    action: `member_group.${what}`,
    entityType: 'member_group',
    entityId: g.id,
    placePath: g.placePath,
    ...change,
  });
