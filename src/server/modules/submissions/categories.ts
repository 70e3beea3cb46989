import { and, asc, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { pathIds } from '../../platform/db/place-path';
import { categories } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { canPlace, findVisiblePlace } from '../places';
import type { CreateCategoryBody } from './schemas';

async function visiblePlace(ctx: Ctx, id: string) {
  const place = await findVisiblePlace(ctx.db, ctx.actor, id);
  if (!place) throw notFound();
  return place;
}

/** Categories offered at a place: those configured there or at any place above it. */
export async function listOfferedCategories(ctx: Ctx, input: { placeId: string }) {
  const place = await visiblePlace(ctx, input.placeId);
  const items = await ctx.db
    .select({
      id: categories.id,
      name: categories.name,
      placeId: categories.placeId,
      sortOrder: categories.sortOrder,
    })
    .from(categories)
    .where(and(sql`${categories.placeId} in ${pathIds(place.path)}`, isNull(categories.archivedAt)))
    .orderBy(asc(categories.sortOrder), asc(categories.name));
  return { items };
}

/** Adds a category at a place its admin may change, with its audit event. */
export async function createCategory(ctx: Ctx, input: z.infer<typeof CreateCategoryBody>) {
  const place = await visiblePlace(ctx, input.placeId);
  if (!canPlace(ctx.actor, 'update', place)) throw forbidden();
  // a name already taken at the place is the unique index's 409 (the shared error handler)
  const row = await ctx.db.transaction(async (tx) => {
    const [c] = await tx.insert(categories).values(input).returning({ id: categories.id, name: categories.name });
    await writeAudit(tx, ctx, {
      action: 'category.create',
      entityType: 'category',
      entityId: c?.id ?? '',
      placePath: place.path,
      after: input,
    });
    return c;
  });
  return row as { id: string; name: string };
}
