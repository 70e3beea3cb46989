import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { isAncestorOrSelf } from '../../platform/db/place-path';
import { accounts, grants, places } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';

/** Department accounts an item at this place can be forwarded to. */
export async function listDepartmentsFor(ctx: Ctx, input: { placeId: string }) {
  const place = await findVisiblePlace(ctx.db, ctx.actor, input.placeId);
  if (!place) throw notFound();
  // a department serves the place where it holds its role and everything beneath
  const items = await ctx.db
    .selectDistinct({ id: accounts.id, name: accounts.displayName, placeName: places.name })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(
      and(eq(grants.role, 'department'), eq(accounts.isDisabled, false), isAncestorOrSelf(places.path, place.path)),
    )
    .orderBy(asc(accounts.displayName));
  return { items };
}
