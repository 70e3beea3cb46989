import type { Db } from '../../platform/db';
import { statements } from '../../platform/db/schema';
import { AppError, conflict, notFound } from '../../platform/errors';
import { admitVoter, type VoterRef } from './admit-voter';
import { countByAuthor, lockConsultation, upsertVote, visibleTexts } from './queries';
import { isDuplicateStatement, isOnlineOpen, ONLINE_LIMITS } from './rules';

/** Who takes part: 'a:<account id>' for staff and members, 'r:<sha-256 of the cookie>' for residents. */
export type Voter = VoterRef & { name: string | null };

/**
 * Posts a statement (观点) while the consultation is open: at most ten per voter, none repeating a
 * visible one. The author counts as agreeing with it (as in Polis), so their vote is cast with it.
 */
export async function postStatement(db: Db, consultationId: string, voter: Voter, text: string, now = new Date()) {
  return db.transaction(async (tx) => {
    // one post at a time per consultation, so the limit and the duplicate check see every earlier post
    const window = await lockConsultation(tx, consultationId);
    if (!window) throw notFound();
    if (!isOnlineOpen(window, now)) throw new AppError(409, 'online_closed');
    if ((await countByAuthor(tx, consultationId, voter.key)) >= ONLINE_LIMITS.statementsPerVoter)
      throw conflict('online_statement_limit', { max: ONLINE_LIMITS.statementsPerVoter });
    if (isDuplicateStatement(text, await visibleTexts(tx, consultationId)))
      throw conflict('online_statement_duplicate');
    await admitVoter(tx, consultationId, voter);
    const [row] = await tx
      .insert(statements)
      .values({ consultationId, authorKey: voter.key, authorName: voter.name, text })
      .returning({ id: statements.id });
    if (!row) throw new Error('statement not inserted');
    await upsertVote(tx, row.id, voter.key, 'agree');
    return row.id;
  });
}
