import type { Vote } from '../../../shared/enums';
import type { Db } from '../../platform/db';
import { AppError, conflict, notFound } from '../../platform/errors';
import type { ConsultationRef } from '../consultations';
import { findStatement, upsertVote } from './queries';
import { isOnlineOpen } from './rules';

/**
 * Records the voter's agree / disagree / pass on a visible statement while the consultation is
 * open; voting again changes the vote. One's own statement already counts as agreed (409).
 */
export async function voteStatement(
  db: Db,
  c: ConsultationRef,
  voterKey: string,
  statementId: string,
  vote: Vote,
  now = new Date(),
) {
  const statement = await findStatement(db, c.id, statementId);
  if (!statement || statement.hiddenAt) throw notFound();
  if (!isOnlineOpen(c, now)) throw new AppError(409, 'online_closed');
  if (statement.authorKey === voterKey) throw conflict('online_own_statement');
  await upsertVote(db, statementId, voterKey, vote);
}
