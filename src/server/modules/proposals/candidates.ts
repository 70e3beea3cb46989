import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { inSubtree, isAncestorOrSelf } from '../../platform/db/place-path';
import { accounts, grants, places } from '../../platform/db/schema';

type Options = { q?: string | undefined; ids?: readonly string[]; limit?: number };

/** Live accounts holding `role` where `reach` says, one row each (their nearest such grant's place). */
async function holders(db: DbOrTx, role: Role, reach: SQL, opts: Options) {
  const where: SQL[] = [eq(accounts.isDisabled, false), eq(grants.role, role), reach];
  if (opts.ids) where.push(inArray(accounts.id, [...opts.ids]));
  if (opts.q) {
    const pattern = `%${escapeLike(opts.q)}%`;
    where.push(or(ilike(accounts.displayName, pattern), ilike(accounts.username, pattern)) as SQL);
  }
  const limit = opts.limit ?? 20;
  const rows = await db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      username: accounts.username,
      place: { id: places.id, name: places.name },
    })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(...where))
    .orderBy(asc(accounts.displayName), asc(accounts.id), asc(places.depth))
    // an account may hold the role at several places: enough rows for `limit` accounts
    .limit(limit * 4);
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, limit);
}

/** Handling units (承办单位): departments serving the proposal's place (holding their role there or above). */
export const unitCandidates = (db: DbOrTx, o: { placePath: string }, opts: Options) =>
  holders(db, 'department', isAncestorOrSelf(places.path, o.placePath), opts);

/**
 * Who may have made the proposal (提案人): members assigned at its place, above it (the district's
 * and higher levels' members) or beneath it (members sitting with a village's council).
 */
export const proposerCandidates = (db: DbOrTx, o: { placePath: string }, opts: Options) =>
  holders(
    db,
    'member',
    or(isAncestorOrSelf(places.path, o.placePath), inSubtree(places.path, o.placePath)) as SQL,
    opts,
  );
