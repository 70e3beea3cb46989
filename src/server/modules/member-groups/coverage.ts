// 每个村(社区)安排2-3名委员: how many members are assigned to each village and community in reach,
// and which have fewer than the minimum.
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { COVERED_PLACE_KINDS } from '../../../shared/access/member-groups';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { inSubtree, isWithin } from '../../platform/db/place-path';
import { accounts, memberPlaces, places } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { coverageRoots } from './policy';
import { findPlace } from './queries';
import { isLacking } from './rules';
import type { CoverageInput } from './schemas';

const parent = alias(places, 'parent');

// distinct live member accounts assigned (下沉) to the outer place or a grid beneath it; written out
// because drizzle renders the outer column unqualified in a subquery
const assignedCount = sql<number>`(select count(distinct mp.account_id)::int from member_places mp join places q on q.id = mp.place_id join accounts a on a.id = mp.account_id where mp.kind = 'assigned' and not a.is_disabled and starts_with(q.path, "places"."path"))`;

/** The members assigned to each of the places at `paths` (or beneath them), by place path. */
async function assignedTo(db: DbOrTx, paths: string[]) {
  if (paths.length === 0) return [];
  return db
    .selectDistinct({ id: accounts.id, displayName: accounts.displayName, path: places.path })
    .from(memberPlaces)
    .innerJoin(places, eq(places.id, memberPlaces.placeId))
    .innerJoin(accounts, eq(accounts.id, memberPlaces.accountId))
    .where(and(eq(memberPlaces.kind, 'assigned'), eq(accounts.isDisabled, false), inSubtree(places.path, paths)))
    .orderBy(asc(accounts.displayName), asc(accounts.id));
}

/**
 * The coverage check: each live village and community in the actor's reach (or beneath `placeId`,
 * 404 outside it) with the members assigned to it or a grid of it, the fewest first; with how many
 * places have `min` members or more and how many fewer. The office, liaisons and leaders (403 others).
 */
export async function checkCoverage(ctx: Ctx, q: CoverageInput) {
  const roots = coverageRoots(ctx.actor);
  if (roots.length === 0) throw forbidden();
  const where: SQL[] = [
    inArray(places.kind, [...COVERED_PLACE_KINDS]),
    isNull(places.archivedAt),
    inSubtree(places.path, roots),
  ];
  if (q.placeId) {
    const place = await findPlace(ctx.db, q.placeId);
    if (!place || !roots.some((r) => isWithin(place.path, r))) throw notFound();
    where.push(inSubtree(places.path, [place.path]));
  }
  const all = and(...where) as SQL;
  const lacking = sql`${assignedCount} < ${q.min}`;
  const [rows, [totals]] = await Promise.all([
    ctx.db
      .select({
        id: places.id,
        place: { id: places.id, name: places.name, kind: places.kind },
        path: places.path,
        parent: { id: parent.id, name: parent.name },
        memberCount: assignedCount,
      })
      .from(places)
      .leftJoin(parent, eq(parent.id, places.parentId))
      .where(q.lacking === 'true' ? and(all, lacking) : all)
      .orderBy(asc(assignedCount), asc(parent.name), asc(places.name), asc(places.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db
      .select({
        places: sql<number>`count(*)::int`,
        lacking: sql<number>`(count(*) filter (where ${lacking}))::int`,
      })
      .from(places)
      .where(all),
  ]);
  const members = await assignedTo(
    ctx.db,
    rows.map((r) => r.path),
  );
  const items = rows.map(({ path, ...r }) => ({
    ...r,
    // a member assigned twice beneath one village (the village and a grid) counts once
    members: [...new Map(members.filter((m) => isWithin(m.path, path)).map((m) => [m.id, m])).values()].map(
      ({ id, displayName }) => ({ id, displayName }),
    ),
    isLacking: isLacking(r.memberCount, q.min),
  }));
  const count = totals ?? { places: 0, lacking: 0 };
  return {
    items,
    total: q.lacking === 'true' ? count.lacking : count.places,
    page: q.page,
    pageSize: q.pageSize,
    min: q.min,
    totals: { places: count.places, covered: count.places - count.lacking, lacking: count.lacking },
  };
}
