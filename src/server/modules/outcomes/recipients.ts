import { and, asc, desc, eq, ilike, inArray, notExists, or, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { escapeLike } from '../../platform/db/like';
import { isAncestorOrSelf } from '../../platform/db/place-path';
import { accounts, grants, outcomeRecipients, places } from '../../platform/db/schema';
import { RECIPIENT_ROLES } from './policy';

/** The recipient roles (leader, department) each account holds, with where. */
export async function recipientRolesOf(db: DbOrTx, accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, { role: Role; placeName: string }[]>();
  const rows = await db
    .select({ accountId: grants.accountId, role: grants.role, placeName: places.name, depth: places.depth })
    .from(grants)
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(inArray(grants.accountId, accountIds), inArray(grants.role, [...RECIPIENT_ROLES])))
    .orderBy(asc(places.depth), asc(grants.role));
  const byAccount = new Map<string, { role: Role; placeName: string }[]>();
  for (const r of rows) {
    const list = byAccount.get(r.accountId) ?? [];
    list.push({ role: r.role, placeName: r.placeName });
    byAccount.set(r.accountId, list);
  }
  return byAccount;
}

/** Who an outcome was sent to, in the order it was sent, with their reply and instruction. */
export async function recipientsOf(db: DbOrTx, outcomeId: string) {
  const rows = await db
    .select({
      id: outcomeRecipients.id,
      accountId: accounts.id,
      displayName: accounts.displayName,
      sentAt: outcomeRecipients.sentAt,
      readAt: outcomeRecipients.readAt,
      reply: outcomeRecipients.reply,
      verdict: outcomeRecipients.verdict,
      verdictReason: outcomeRecipients.verdictReason,
      repliedAt: outcomeRecipients.repliedAt,
      instruction: outcomeRecipients.instruction,
      instructedAt: outcomeRecipients.instructedAt,
    })
    .from(outcomeRecipients)
    .innerJoin(accounts, eq(accounts.id, outcomeRecipients.accountId))
    .where(eq(outcomeRecipients.outcomeId, outcomeId))
    .orderBy(asc(outcomeRecipients.sentAt), asc(accounts.displayName));
  const roles = await recipientRolesOf(
    db,
    rows.map((r) => r.accountId),
  );
  return rows.map(({ accountId, displayName, ...r }) => ({
    ...r,
    account: { id: accountId, displayName, roles: roles.get(accountId) ?? [] },
  }));
}
export type Recipient = Awaited<ReturnType<typeof recipientsOf>>[number];

/**
 * The CPPCC office's live accounts whose reach holds the outcome's place (held there or above it):
 * told of the replies and 批示 an outcome in its reach receives, as its author is.
 */
export async function officesOver(db: DbOrTx, placePath: string) {
  const rows = await db
    .selectDistinct({ id: accounts.id })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(eq(accounts.isDisabled, false), eq(grants.role, 'cppcc'), isAncestorOrSelf(places.path, placePath)));
  return rows.map((r) => r.id);
}

/** A recipient grant serves the outcome's place: held there or at an ancestor of it. */
const servesPlace = (placePath: string) =>
  and(inArray(grants.role, [...RECIPIENT_ROLES]), isAncestorOrSelf(places.path, placePath)) as SQL;

/**
 * Accounts that may be sent the outcome (报送): live accounts holding leader or department at the
 * outcome's place or above it, not yet recipients. `ids` narrows to those accounts (checking a send).
 */
export async function recipientCandidates(
  db: DbOrTx,
  o: { id: string; placePath: string },
  opts: { q?: string | undefined; ids?: string[]; limit?: number },
) {
  const where: SQL[] = [
    eq(accounts.isDisabled, false),
    servesPlace(o.placePath),
    notExists(
      db
        .select({ one: sql`1` })
        .from(outcomeRecipients)
        .where(and(eq(outcomeRecipients.outcomeId, o.id), eq(outcomeRecipients.accountId, accounts.id))),
    ),
  ];
  if (opts.ids) where.push(inArray(accounts.id, opts.ids));
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

/**
 * How each recipient is addressed in the Word file: their grant serving the outcome's place (the
 * nearest one; a leader's before a department's).
 */
export async function addresseesOf(db: DbOrTx, o: { id: string; placePath: string }) {
  const rows = await db
    .select({
      accountId: accounts.id,
      displayName: accounts.displayName,
      role: grants.role,
      placeName: places.name,
      placeKind: places.kind,
      depth: places.depth,
      sentAt: outcomeRecipients.sentAt,
    })
    .from(outcomeRecipients)
    .innerJoin(accounts, eq(accounts.id, outcomeRecipients.accountId))
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(eq(outcomeRecipients.outcomeId, o.id), servesPlace(o.placePath)))
    .orderBy(asc(outcomeRecipients.sentAt), asc(accounts.displayName), desc(places.depth), asc(grants.role));
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.accountId) && seen.add(r.accountId))
    .map((r) => ({
      role: r.role === 'leader' ? ('leader' as const) : ('department' as const),
      displayName: r.displayName,
      placeName: r.placeName,
      placeKind: r.placeKind,
    }));
}
