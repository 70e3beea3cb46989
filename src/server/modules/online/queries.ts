import { and, asc, count, desc, eq, gt, gte, isNotNull, isNull, max, sql } from 'drizzle-orm';
import type { Vote } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { accounts, consultations, onlineVoters, statements, statementVotes } from '../../platform/db/schema';
import { ONLINE_LIMITS } from './rules';

/** The statements of an online consultation, oldest first, with who hid them. */
export const listStatements = (db: DbOrTx, consultationId: string) =>
  db
    .select({
      id: statements.id,
      authorKey: statements.authorKey,
      authorName: statements.authorName,
      text: statements.text,
      createdAt: statements.createdAt,
      hiddenAt: statements.hiddenAt,
      hiddenReason: statements.hiddenReason,
      hiddenById: statements.hiddenById,
      hiddenByName: accounts.displayName,
    })
    .from(statements)
    .leftJoin(accounts, eq(accounts.id, statements.hiddenById))
    .where(eq(statements.consultationId, consultationId))
    .orderBy(asc(statements.createdAt), asc(statements.id));
export type StatementRow = Awaited<ReturnType<typeof listStatements>>[number];

/** Every vote cast in the consultation (hidden statements' too; the view leaves those out). */
export const listVotes = (db: DbOrTx, consultationId: string) =>
  db
    .select({ statementId: statementVotes.statementId, voterKey: statementVotes.voterKey, vote: statementVotes.vote })
    .from(statementVotes)
    .innerJoin(statements, eq(statements.id, statementVotes.statementId))
    .where(eq(statements.consultationId, consultationId));

export async function findStatement(db: DbOrTx, consultationId: string, id: string) {
  const [row] = await db
    .select({
      id: statements.id,
      authorKey: statements.authorKey,
      text: statements.text,
      hiddenAt: statements.hiddenAt,
      hiddenReason: statements.hiddenReason,
    })
    .from(statements)
    .where(and(eq(statements.id, id), eq(statements.consultationId, consultationId)))
    .limit(1);
  return row;
}

/**
 * Locks the consultation's row until the transaction ends, so that checks spanning its statements
 * (the per-voter limit, duplicates) see every earlier post; returns the window as it is now.
 */
export async function lockConsultation(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({ status: consultations.status, startsAt: consultations.startsAt, endsAt: consultations.endsAt })
    .from(consultations)
    .where(eq(consultations.id, id))
    .for('update');
  return row;
}

export async function countByAuthor(db: DbOrTx, consultationId: string, authorKey: string) {
  const [row] = await db
    .select({ n: count() })
    .from(statements)
    .where(and(eq(statements.consultationId, consultationId), eq(statements.authorKey, authorKey)));
  return row?.n ?? 0;
}

export async function visibleTexts(db: DbOrTx, consultationId: string) {
  const rows = await db
    .select({ text: statements.text })
    .from(statements)
    .where(and(eq(statements.consultationId, consultationId), isNull(statements.hiddenAt)));
  return rows.map((r) => r.text);
}

/** One vote per voter and statement: a new choice replaces the old one. */
export const upsertVote = (db: DbOrTx, statementId: string, voterKey: string, vote: Vote) =>
  db
    .insert(statementVotes)
    .values({ statementId, voterKey, vote })
    .onConflictDoUpdate({
      target: [statementVotes.statementId, statementVotes.voterKey],
      set: { vote, updatedAt: sql`now()` },
    });

/** Addresses (by keyed hash) from which at least the cap of new voters came in the last hour, most first. */
export const listVoterBursts = (db: DbOrTx, consultationId: string) =>
  db
    .select({ addressHash: onlineVoters.addressHash, newVoters: count(), lastAt: max(onlineVoters.firstSeenAt) })
    .from(onlineVoters)
    .where(
      and(
        eq(onlineVoters.consultationId, consultationId),
        isNotNull(onlineVoters.addressHash),
        gt(onlineVoters.firstSeenAt, sql`now() - ${ONLINE_LIMITS.newVoterWindowMinutes} * interval '1 minute'`),
      ),
    )
    .groupBy(onlineVoters.addressHash)
    .having(gte(count(), ONLINE_LIMITS.newVotersPerAddress))
    .orderBy(desc(count()));
export type VoterBurstRow = Awaited<ReturnType<typeof listVoterBursts>>[number];
