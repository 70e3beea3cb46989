import type { WritingAction } from '../../../shared/access/writings';
import type { WritingStatus } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { mayTake } from './policy';
import { findVisibleWriting, lockWriting, type WritingRow } from './queries';
import { nextWritingStatus, WRONG_STATE } from './rules';

/**
 * Loads a writing for one step, its row held for the transaction: 404 unseen, 403 when the step
 * is not the viewer's to take, 409 when its status does not allow it. Answers the row and the
 * status the step leads to.
 */
export async function loadForStep(
  tx: DbOrTx,
  ctx: Ctx,
  id: string,
  action: WritingAction,
): Promise<{ w: WritingRow; next: WritingStatus }> {
  await lockWriting(tx, id);
  const w = await findVisibleWriting(tx, ctx.actor, id);
  if (!w) throw notFound();
  if (!mayTake(ctx.actor, action, w)) throw forbidden();
  const next = nextWritingStatus(w.status, action);
  if (!next) throw new AppError(409, WRONG_STATE[action]);
  return { w, next };
}
