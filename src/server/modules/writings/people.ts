// The accounts around a writing beyond its author: the CPPCC office told of a submission, and the
// leaders and departments it may be forwarded to (报送).
import { and, asc, eq, ilike, inArray, not, or, type SQL } from 'drizzle-orm';
import { WRITING_RECIPIENT_ROLES, WRITING_ROLES } from '../../../shared/access/writings';
import type { Role } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { isAncestorOrSelf } from '../../platform/db/place-path';
import { accounts, grants, places } from '../../platform/db/schema';

/** Live accounts holding one of `roles` at the place at `placePath` or above it. */
const holding = (roles: readonly Role[], placePath: string): SQL[] => [
  eq(accounts.isDisabled, false),
  inArray(grants.role, [...roles]),
  isAncestorOrSelf(places.path, placePath),
];

/** The CPPCC office's accounts whose reach holds the place (told when a writing is submitted). */
export async function reviewersOf(db: DbOrTx, placePath: string) {
  const rows = await db
    .selectDistinct({ id: accounts.id })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(...holding(WRITING_ROLES.review, placePath)));
  return rows.map((r) => r.id);
}

/** The recipient roles (leader, department) each account holds, with where, the highest place first. */
export async function recipientRolesOf(db: DbOrTx, accountIds: readonly string[]) {
  const byAccount = new Map<string, { role: Role; placeName: string }[]>();
  if (accountIds.length === 0) return byAccount;
  const rows = await db
    .select({ accountId: grants.accountId, role: grants.role, placeName: places.name })
    .from(grants)
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(inArray(grants.accountId, [...accountIds]), inArray(grants.role, [...WRITING_RECIPIENT_ROLES])))
    .orderBy(asc(places.depth), asc(grants.role));
  for (const r of rows) byAccount.set(r.accountId, [...(byAccount.get(r.accountId) ?? []), r]);
  return byAccount;
}

/**
 * Who the writing may be forwarded to: live accounts holding leader or department at its place or
 * above it, not yet sent it. `ids` narrows to those accounts (checking a forward).
 */
export async function recipientCandidates(
  db: DbOrTx,
  w: { placePath: string; forwardedToIds: readonly string[] },
  opts: { q?: string | undefined; ids?: readonly string[]; limit?: number },
) {
  const where = holding(WRITING_RECIPIENT_ROLES, w.placePath);
  if (w.forwardedToIds.length > 0) where.push(not(inArray(accounts.id, [...w.forwardedToIds])));
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
  const roles = await recipientRolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, roles: roles.get(r.id) ?? [] }));
}
