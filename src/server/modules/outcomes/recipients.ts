import { and, asc, desc, eq, inArray, notExists, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { isAncestorOrSelf } from '../../platform/db/place-path';
import { accounts, grants, outcomeRecipients, places } from '../../platform/db/schema';
import { findHolders, rolesHeld } from '../accounts';
import { RECIPIENT_ROLES } from './policy';

/** The recipient roles (leader, department) each account holds, with where, the highest place first. */
const recipientRolesOf = (db: DbOrTx, accountIds: readonly string[]) => rolesHeld(db, accountIds, RECIPIENT_ROLES);

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
export const recipientCandidates = (
  db: DbOrTx,
  o: { id: string; placePath: string },
  opts: { q?: string | undefined; ids?: readonly string[]; limit?: number },
) =>
  findHolders(
    db,
    {
      roles: RECIPIENT_ROLES,
      placePath: o.placePath,
      except: notExists(
        db
          .select({ one: sql`1` })
          .from(outcomeRecipients)
          .where(and(eq(outcomeRecipients.outcomeId, o.id), eq(outcomeRecipients.accountId, accounts.id))),
      ),
    },
    opts,
  );

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
