import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { trainingAttendance, trainings } from '../../platform/db/schema';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { auditTraining, onTraining, readable } from './access';
import { isForMe, isMember } from './policy';
import { findTrainingByToken, inviteeIdsOf, lockTraining, membersWithin, type TrainingRow } from './queries';
import { checkInWindow, fromTenths, mayTick, trainingState } from './rules';

type Method = 'qr' | 'ticked';

/** Marks a member present; marking them twice keeps the first time and how. */
async function markPresent(tx: Tx, trainingId: string, accountId: string, method: Method, now: Date) {
  const [row] = await tx
    .insert(trainingAttendance)
    .values({ trainingId, accountId, attendedAt: now, method })
    .onConflictDoNothing()
    .returning({ attendedAt: trainingAttendance.attendedAt });
  if (row) return { attendedAt: row.attendedAt, isNew: true };
  const [kept] = await tx
    .select({ attendedAt: trainingAttendance.attendedAt })
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.trainingId, trainingId), eq(trainingAttendance.accountId, accountId)));
  if (!kept) throw new Error('attendance neither written nor found');
  return { attendedAt: kept.attendedAt, isNew: false };
}

/** The session's times and whether it was cancelled, as they stand inside the transaction. */
async function lockedState(tx: Tx, id: string, now: Date) {
  await lockTraining(tx, id);
  const [row] = await tx
    .select({ startsAt: trainings.startsAt, endsAt: trainings.endsAt, archivedAt: trainings.archivedAt })
    .from(trainings)
    .where(eq(trainings.id, id));
  if (!row) throw notFound();
  return trainingState(row, now);
}

/**
 * A member signs themself in (签到) — by the QR code or on the session's page — with their own
 * session: a member the session is for (their places, or invited), while sign-in is open.
 * Signing in twice keeps the first time.
 */
async function signIn(ctx: Ctx, t: TrainingRow, now: Date) {
  if (!isMember(ctx.actor)) throw new AppError(403, 'training_not_a_member');
  if (!isForMe(ctx.actor, t)) throw new AppError(403, 'training_not_for_you');
  return ctx.db.transaction(async (tx) => {
    const state = await lockedState(tx, t.id, now);
    if (state === 'cancelled') throw conflict('training_cancelled');
    if (state !== 'open') throw conflict('training_check_in_closed');
    const { attendedAt, isNew } = await markPresent(tx, t.id, ctx.actor.id, 'qr', now);
    if (isNew) await auditTraining(tx, ctx, t, 'check_in', { after: { accountId: ctx.actor.id, method: 'qr' } });
    return { trainingId: t.id, attendedAt, isNew };
  });
}

async function byToken(ctx: Ctx, token: string) {
  const t = await findTrainingByToken(ctx.db, ctx.actor, token);
  if (!t) throw notFound();
  return t;
}

/** What the QR code's page shows the signed-in person before they sign in. */
export async function checkInInfo(ctx: Ctx, token: string, now = new Date()) {
  const t = await byToken(ctx, token);
  return {
    id: t.id,
    title: t.title,
    place: { id: t.place.id, name: t.place.name },
    venue: t.venue,
    startsAt: t.startsAt,
    endsAt: t.endsAt,
    hours: fromTenths(t.hoursTenths),
    state: trainingState(t, now),
    ...checkInWindow(t),
    attendedAt: t.myAttendedAt,
    isForMe: isForMe(ctx.actor, t),
  };
}

export const checkInByToken = async (ctx: Ctx, token: string, now = new Date()) =>
  signIn(ctx, await byToken(ctx, token), now);

export const checkInSelf = async (ctx: Ctx, id: string, now = new Date()) => signIn(ctx, await readable(ctx, id), now);

/**
 * Staff tick a member present (method 'ticked') or take the mark back, once sign-in has opened:
 * a member invited to the session or of its place's reach (400 accountId otherwise).
 */
export function tickAttendance(ctx: Ctx, id: string, accountId: string, attended: boolean, now = new Date()) {
  return onTraining(ctx, id, async (tx, t) => {
    if (!mayTick(trainingState(t, now))) throw conflict('training_not_started');
    const mark = and(eq(trainingAttendance.trainingId, t.id), eq(trainingAttendance.accountId, accountId));
    if (!attended) {
      const gone = await tx.delete(trainingAttendance).where(mark).returning({ method: trainingAttendance.method });
      if (gone.length > 0)
        await auditTraining(tx, ctx, t, 'untick', { before: { accountId, method: gone[0]?.method } });
      return;
    }
    const isInvited = (await inviteeIdsOf(tx, t.id)).includes(accountId);
    const ofReach = isInvited || (await membersWithin(tx, [t.placePath], { ids: [accountId] })).length > 0;
    if (!ofReach) throw invalid([{ path: 'accountId', key: 'invalid_value' }]);
    const { isNew } = await markPresent(tx, t.id, accountId, 'ticked', now);
    if (isNew) await auditTraining(tx, ctx, t, 'tick', { after: { accountId, method: 'ticked' } });
  });
}
