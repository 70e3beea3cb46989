import { and, eq } from 'drizzle-orm';
import type { Vote } from '../../../shared/enums';
import type { Db } from '../../platform/db';
import { statements } from '../../platform/db/schema';
import { AppError, conflict, notFound } from '../../platform/errors';
import type { ConsultationRef } from '../consultations';
import { admitVoter, type VoterRef } from './admit-voter';
import { lockConsultation, upsertVote } from './queries';
import { isOnlineOpen } from './rules';

/**
 * Records the voter's agree / disagree / pass on a visible statement while the consultation is
 * open; voting again changes the vote. One's own statement already counts as agreed (409).
 * The consultation's row and the statement's are held while they are checked, so a vote never
 * lands after the consultation closes or the statement is hidden.
 */
export async function voteStatement(
  db: Db,
  c: ConsultationRef,
  voter: VoterRef,
  statementId: string,
  vote: Vote,
  now = new Date(),
) {
  await db.transaction(async (tx) => {
    const window = await lockConsultation(tx, c.id);
    if (!window) throw notFound();
    const [statement] = await tx
      .select({ authorKey: statements.authorKey, hiddenAt: statements.hiddenAt })
      .from(statements)
      .where(and(eq(statements.id, statementId), eq(statements.consultationId, c.id)))
      .for('update');
    if (!statement || statement.hiddenAt) throw notFound();
    if (!isOnlineOpen(window, now)) throw new AppError(409, 'online_closed');
    if (statement.authorKey === voter.key) throw conflict('online_own_statement');
    await admitVoter(tx, c.id, voter);
    await upsertVote(tx, statementId, voter.key, vote);
  });
}
