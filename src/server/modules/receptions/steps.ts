// What every change to the rota checks first: the place or slot seen (404), the role (403), the
// slot's status and time (409).
import { RECEPTION_STATUS_WORDS } from '../../../shared/messages/receptions';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { canReception, type ReceptionAction } from './policy';
import { findVisibleSlot, livePlace, lockSlot } from './queries';
import { type ReceptionStep, stepState } from './rules';

/** A place whose rota the actor keeps: 404 unseen, 403 when they only read it. */
export async function placeToKeep(ctx: Ctx, placeId: string) {
  const place = await livePlace(ctx.db, placeId);
  const scope = place && { placePath: place.path, memberId: null };
  if (!place || !scope || !canReception(ctx.actor, 'read', scope)) throw notFound();
  if (!canReception(ctx.actor, 'keep', scope)) throw forbidden();
  return place;
}

const ACTION_OF = {
  swap: 'keep',
  remove: 'keep',
  absent: 'keep',
  record: 'record',
  raise: 'record',
} as const satisfies Record<ReceptionStep, ReceptionAction>;

/** The slot locked for the step, after the checks in order: 404 unseen, 403 not one's to do, 409 not now. */
export async function slotForStep(tx: DbOrTx, ctx: Ctx, id: string, step: ReceptionStep, now: Date) {
  await lockSlot(tx, id);
  const slot = await findVisibleSlot(tx, ctx.actor, id);
  if (!slot) throw notFound();
  if (!canReception(ctx.actor, ACTION_OF[step], slot)) throw forbidden();
  const state = stepState(step, slot, now);
  if (state === 'not_started') throw conflict('reception_not_started');
  if (state === 'wrong_status')
    throw step === 'raise'
      ? conflict('reception_not_held')
      : conflict('reception_not_scheduled', { status: RECEPTION_STATUS_WORDS[slot.status] });
  return slot;
}
