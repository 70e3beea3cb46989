import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { accounts, grants, places, sessions } from '../db/schema';
import type { Actor } from './actor';

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url');

export type NewSession = { token: string; csrfToken: string; expiresAt: Date };

export async function createSession(
  db: DbOrTx,
  input: { accountId: string; ttlHours: number; ip?: string; userAgent?: string },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + input.ttlHours * 3600_000);
  // sweep this account's expired sessions so the table does not grow without bound
  await db.delete(sessions).where(and(eq(sessions.accountId, input.accountId), lt(sessions.expiresAt, new Date())));
  await db.insert(sessions).values({
    id: sha256(token),
    accountId: input.accountId,
    csrfToken,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300),
  });
  return { token, csrfToken, expiresAt };
}

export async function destroySession(db: DbOrTx, token: string) {
  await db.delete(sessions).where(eq(sessions.id, sha256(token)));
}

export async function destroyAccountSessions(db: DbOrTx, accountId: string) {
  await db.delete(sessions).where(eq(sessions.accountId, accountId));
}

export type LoadedSession = { actor: Actor; csrfToken: string; mustChangePassword: boolean };

/** The session's actor, or null when the token is unknown, expired or the account disabled. */
export async function loadSession(db: DbOrTx, token: string): Promise<LoadedSession | null> {
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      accountId: accounts.id,
      username: accounts.username,
      displayName: accounts.displayName,
      mustChangePassword: accounts.mustChangePassword,
      homePlacePath: places.path,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(and(eq(sessions.id, sha256(token)), gt(sessions.expiresAt, new Date()), eq(accounts.isDisabled, false)));
  if (!row) return null;
  const rows = await db
    .select({
      id: grants.id,
      role: grants.role,
      placeId: places.id,
      placePath: places.path,
      placeName: places.name,
    })
    .from(grants)
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(and(eq(grants.accountId, row.accountId), isNull(places.archivedAt)));
  return {
    csrfToken: row.csrfToken,
    mustChangePassword: row.mustChangePassword,
    actor: {
      id: row.accountId,
      username: row.username,
      displayName: row.displayName,
      homePlacePath: row.homePlacePath,
      grants: rows,
    },
  };
}

/** Ends every session of the account except the one holding `keepToken`. */
export async function destroyOtherSessions(db: DbOrTx, accountId: string, keepToken: string) {
  await db.delete(sessions).where(and(eq(sessions.accountId, accountId), ne(sessions.id, sha256(keepToken))));
}
