import { and, asc, count, eq, exists, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { accounts, grants, places, signInThrottle } from '../../platform/db/schema';
import { visibleAccounts } from './policy';
import { isLocked, SIGN_IN_LIMITS, userKey } from './rules';
import type { ListAccountsInput } from './schemas';

const home = places;
const summaryColumns = {
  id: accounts.id,
  username: accounts.username,
  displayName: accounts.displayName,
  email: accounts.email,
  mobile: accounts.mobile,
  emailNotices: accounts.emailNotices,
  emailNoticesSince: accounts.emailNoticesSince,
  isDisabled: accounts.isDisabled,
  // when the latest lock of an address out of the account started (a username-and-address count
  // at its limit in sign_in_throttle), if any
  lockedAt: sql`(
    select max(${signInThrottle.windowStartedAt}) from ${signInThrottle}
    where ${signInThrottle.username} = lower(${accounts.username}) and ${signInThrottle.failures} >= ${SIGN_IN_LIMITS.pair}
  )`.mapWith(signInThrottle.windowStartedAt),
  mustChangePassword: accounts.mustChangePassword,
  createdAt: accounts.createdAt,
  homePlace: { id: home.id, name: home.name, kind: home.kind },
  homePlacePath: home.path,
};

type SummaryRow = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  mobile: string | null;
  emailNotices: (typeof accounts.$inferSelect)['emailNotices'];
  emailNoticesSince: Date | null;
  isDisabled: boolean;
  lockedAt: Date | null;
  mustChangePassword: boolean;
  createdAt: Date;
  homePlace: { id: string; name: string; kind: (typeof places.$inferSelect)['kind'] };
  homePlacePath: string;
};

/** One page of the accounts the actor can see, newest first, with their grants. */
export async function listVisibleAccounts(db: DbOrTx, actor: Actor, q: ListAccountsInput) {
  const where: SQL[] = [visibleAccounts(actor)];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(accounts.username, like), ilike(accounts.displayName, like)) as SQL);
  }
  if (q.placeId || q.role) {
    const gp = alias(places, 'gp');
    const conds: SQL[] = [eq(grants.accountId, accounts.id)];
    if (q.role) conds.push(eq(grants.role, q.role));
    if (q.placeId) conds.push(eq(gp.id, q.placeId));
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(grants)
          .innerJoin(gp, eq(gp.id, grants.placeId))
          .where(and(...conds)),
      ),
    );
  }
  const cond = and(...where);
  const [total] = await db
    .select({ n: count() })
    .from(accounts)
    .innerJoin(home, eq(home.id, accounts.homePlaceId))
    .where(cond);
  const rows = (await db
    .select(summaryColumns)
    .from(accounts)
    .innerJoin(home, eq(home.id, accounts.homePlaceId))
    .where(cond)
    .orderBy(asc(accounts.username))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)) as SummaryRow[];
  return { rows: await withGrants(db, rows), total: total?.n ?? 0 };
}

export async function findVisibleAccount(db: DbOrTx, actor: Actor, id: string) {
  const rows = (await db
    .select(summaryColumns)
    .from(accounts)
    .innerJoin(home, eq(home.id, accounts.homePlaceId))
    .where(and(eq(accounts.id, id), visibleAccounts(actor)))) as SummaryRow[];
  const [row] = await withGrants(db, rows);
  return row;
}

export type AccountWithGrants = Awaited<ReturnType<typeof withGrants>>[number];

async function withGrants(db: DbOrTx, rows: SummaryRow[]) {
  const ids = rows.map((r) => r.id);
  const all = ids.length
    ? await db
        .select({
          id: grants.id,
          accountId: grants.accountId,
          role: grants.role,
          place: { id: places.id, name: places.name, kind: places.kind },
          placePath: places.path,
        })
        .from(grants)
        .innerJoin(places, eq(places.id, grants.placeId))
        .where(inArray(grants.accountId, ids))
        .orderBy(asc(places.depth), asc(grants.role))
    : [];
  const now = new Date();
  return rows.map(({ lockedAt, ...r }) => ({
    ...r,
    isLocked: isLocked(lockedAt, now),
    grants: all.filter((g) => g.accountId === r.id),
  }));
}

export async function usernameTaken(db: DbOrTx, username: string) {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(sql`lower(${accounts.username}) = lower(${username})`);
  return Boolean(row);
}

/** How many admins hold a grant at exactly this place. */
export async function adminCountAt(db: DbOrTx, placeId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(grants)
    .innerJoin(accounts, eq(accounts.id, grants.accountId))
    .where(and(eq(grants.placeId, placeId), eq(grants.role, 'admin'), eq(accounts.isDisabled, false)));
  return row?.n ?? 0;
}

/** Lifts a sign-in lock: the username's attempts, from every address, are forgotten. */
export async function clearSignInLock(db: DbOrTx, username: string) {
  await db
    .delete(signInThrottle)
    .where(or(eq(signInThrottle.username, username.toLowerCase()), eq(signInThrottle.key, userKey(username))));
}
