import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { lockTree } from '../../platform/db/locks';
import { parentPathOf } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { conflict, forbidden, invalidField, notFound } from '../../platform/errors';
import { attributeColumns, kindNotAllowed } from './create-place';
import { canChangePlace, canPlace } from './policy';
import {
  codeTaken,
  findPlaceById,
  findVisiblePlace,
  liveChildCount,
  reparentSubtree,
  siblingNameTaken,
} from './queries';
import { childPath, mayStandUnder, wouldCycle } from './rules';
import type { UpdatePlaceInput } from './schemas';

async function loadForChange(ctx: Ctx, tx: Ctx['db'], id: string, action: 'update' | 'move' | 'archive') {
  const place = await findVisiblePlace(tx, ctx.actor, id);
  if (!place) throw notFound();
  if (!canChangePlace(ctx.actor, action, { path: place.path, parentPath: parentPathOf(place.path) })) throw forbidden();
  return place;
}

/** Renames a place or changes its attributes (workstation, council, room, brand, flag). */
export async function updatePlace(ctx: Ctx, id: string, input: UpdatePlaceInput) {
  return ctx.db.transaction(async (tx) => {
    await lockTree(tx);
    const before = await loadForChange(ctx, tx, id, 'update');
    if (before.archivedAt) throw conflict('place_archived');
    if (input.name && input.name !== before.name && (await siblingNameTaken(tx, before.parentId, input.name, id)))
      throw invalidField('name', 'place_name_taken');
    if (input.code && input.code !== before.code && (await codeTaken(tx, input.code, id)))
      throw invalidField('code', 'place_code_taken');
    const [after] = await tx
      .update(places)
      .set({ name: input.name, code: input.code, ...attributeColumns(input), updatedAt: new Date() })
      .where(eq(places.id, id))
      .returning();
    await writeAudit(tx, ctx, {
      action: 'place.update',
      entityType: 'place',
      entityId: id,
      placePath: before.path,
      before,
      after,
    });
  });
}

/** Moves a place, with everything beneath it, under another parent the actor administers. */
export async function movePlace(ctx: Ctx, id: string, parentId: string) {
  return ctx.db.transaction(async (tx) => {
    await lockTree(tx);
    const place = await loadForChange(ctx, tx, id, 'move');
    const parent = await findVisiblePlace(tx, ctx.actor, parentId);
    if (!parent) throw notFound();
    if (!canPlace(ctx.actor, 'create_child', parent)) throw forbidden();
    if (wouldCycle(place.path, parent.path)) throw invalidField('parentId', 'place_cycle', {}, 400);
    if (parent.archivedAt) throw invalidField('parentId', 'place_archived');
    if (!mayStandUnder(place.kind, parent.kind)) throw kindNotAllowed(place.kind, parent.kind);
    if (place.parentId === parent.id) return;
    if (await siblingNameTaken(tx, parent.id, place.name, id)) throw invalidField('name', 'place_name_taken');
    const newPath = childPath(parent.path, id);
    await reparentSubtree(tx, {
      id,
      oldPath: place.path,
      newPath,
      newParentId: parent.id,
      depthDelta: parent.depth + 1 - place.depth,
    });
    // one event under each path, so the admins of the region it left and of the one it joined both read it
    for (const placePath of [place.path, newPath]) {
      await writeAudit(tx, ctx, {
        action: 'place.move',
        entityType: 'place',
        entityId: id,
        placePath,
        before: { parentId: place.parentId, path: place.path },
        after: { parentId: parent.id, path: newPath },
      });
    }
  });
}

/** Archives a place with no live places beneath it, or restores an archived one. */
export async function setPlaceArchived(ctx: Ctx, id: string, archived: boolean) {
  return ctx.db.transaction(async (tx) => {
    await lockTree(tx);
    const place = await loadForChange(ctx, tx, id, 'archive');
    if (archived === Boolean(place.archivedAt)) return;
    if (archived && (await liveChildCount(tx, id)) > 0) throw conflict('place_has_live_children');
    if (!archived) {
      const parent = place.parentId ? await findPlaceById(tx, place.parentId) : undefined;
      if (parent?.archivedAt) throw conflict('place_archived');
      if (await siblingNameTaken(tx, place.parentId, place.name, id)) throw invalidField('name', 'place_name_taken');
    }
    const archivedAt = archived ? new Date() : null;
    await tx.update(places).set({ archivedAt, updatedAt: new Date() }).where(eq(places.id, id));
    await writeAudit(tx, ctx, {
      action: archived ? 'place.archive' : 'place.restore',
      entityType: 'place',
      entityId: id,
      placePath: place.path,
      before: { archivedAt: place.archivedAt },
      after: { archivedAt },
    });
  });
}
