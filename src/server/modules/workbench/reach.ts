import { asc, inArray } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { places } from '../../platform/db/schema';

export type GrantPlace = { role: Role; id: string; name: string; kind: string; depth: number };

/** The places the person's grants are held at, with their kind and depth, in the order of the grants. */
export async function grantPlaces(db: DbOrTx, actor: Actor): Promise<GrantPlace[]> {
  const ids = [...new Set(actor.grants.map((g) => g.placeId))];
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: places.id, name: places.name, kind: places.kind, depth: places.depth })
    .from(places)
    .where(inArray(places.id, ids))
    .orderBy(asc(places.depth));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return actor.grants.flatMap((g) => {
    const p = byId.get(g.placeId);
    return p ? [{ role: g.role, ...p }] : [];
  });
}

/** The widest place where the person holds one of `roles` (the supervision board's region). */
export function widestOf(held: GrantPlace[], roles: readonly Role[]) {
  return held
    .filter((g) => roles.includes(g.role))
    .reduce<GrantPlace | undefined>((best, g) => (!best || g.depth < best.depth ? g : best), undefined);
}

/** The districts where the person holds `role`: the plans (年度协商计划) they decide or propose to. */
export const districtsOf = (held: GrantPlace[], role: Role) =>
  held.filter((g) => g.role === role && g.kind === 'district');
