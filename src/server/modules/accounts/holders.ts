// Who holds a role serving a place: live accounts with a grant at the place or above it — the
// leaders and departments a writing or an outcome is sent to (报送), the office told of a writing.
import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { isAncestorOrSelf } from '../../platform/db/place-path';
import { accounts, grants, places } from '../../platform/db/schema';

/** Over accounts joined to their grants and places: live, holding one of `roles` at `placePath` or above. */
const holding = (roles: readonly Role[], placePath: string): SQL[] => [
  eq(accounts.isDisabled, false),
  inArray(grants.role, [...roles]),
  isAncestorOrSelf(places.path, placePath),
];

/** The live accounts holding one of `roles` at the place at `placePath` or above it. */
export async function holdersAt(db: DbOrTx, roles: readonly Role[], placePath: string) {
  const rows = await db
    .selectDistinct({ id: accounts.id })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(...holding(roles, placePath)));
  return rows.map((r) => r.id);
}

/** The roles among `roles` each account holds, with where, the highest place first. */
export async function rolesHeld(db: DbOrTx, accountIds: readonly string[], roles: readonly Role[]) {
  const byAccount = new Map<string, { role: Role; placeName: string }[]>();
  if (accountIds.length === 0) return byAccount;
  const rows = await db
    .select({ accountId: grants.accountId, role: grants.role, placeName: places.name })
    .from(grants)
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(inArray(grants.accountId, [...accountIds]), inArray(grants.role, [...roles])))
    .orderBy(asc(places.depth), asc(grants.role));
  for (const { accountId, role, placeName } of rows)
    byAccount.set(accountId, [...(byAccount.get(accountId) ?? []), { role, placeName }]);
  return byAccount;
}

/**
 * The holders of `roles` serving the place at `placePath`, by name, with the roles they hold: those
 * `except` leaves (already sent it), among `ids` when given (checking a choice), matching `q` (name
 * or username), `limit` of them (20).
 */
export async function findHolders(
  db: DbOrTx,
  at: { roles: readonly Role[]; placePath: string; except?: SQL },
  opts: { q?: string | undefined; ids?: readonly string[]; limit?: number },
) {
  const where = holding(at.roles, at.placePath);
  if (at.except) where.push(at.except);
  if (opts.ids) where.push(inArray(accounts.id, [...opts.ids]));
  if (opts.q) {
    const pattern = `%${escapeLike(opts.q)}%`;
    where.push(or(ilike(accounts.displayName, pattern), ilike(accounts.username, pattern)) as SQL);
  }
  const rows = await db
    .selectDistinct({ id: accounts.id, displayName: accounts.displayName, username: accounts.username })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(...where))
    .orderBy(asc(accounts.displayName), asc(accounts.id))
    .limit(opts.limit ?? 20);
  const roles = await rolesHeld(
    db,
    rows.map((r) => r.id),
    at.roles,
  );
  return rows.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] }));
}
