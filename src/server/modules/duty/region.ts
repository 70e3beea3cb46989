import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { accessTo, defaultRegion } from './policy';
import { findGroup, findPlace } from './roster';

/**
 * The region a ranking or the rules are about: the place asked for, else the widest where the
 * viewer reads the ledger. 404 unseen, 403 to those who reach it without reading it (a member, an
 * administrator) or who read it nowhere.
 */
export async function visibleRegion(ctx: Ctx, placeId: string | undefined) {
  const id = placeId ?? defaultRegion(ctx.actor);
  if (!id) throw forbidden();
  const place = await findPlace(ctx.db, id);
  if (!place) throw notFound();
  const access = accessTo(ctx.actor, place.path);
  if (access === 'unseen') throw notFound();
  if (access === 'forbidden') throw forbidden();
  return place;
}

/** A group to rank within, as the viewer may see it (by the place that keeps it). */
export async function visibleGroup(ctx: Ctx, groupId: string) {
  const group = await findGroup(ctx.db, groupId);
  if (!group) throw notFound();
  const access = accessTo(ctx.actor, group.placePath);
  if (access === 'unseen') throw notFound();
  if (access === 'forbidden') throw forbidden();
  return group;
}
