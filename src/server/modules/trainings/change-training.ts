import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { trainings } from '../../platform/db/schema';
import { conflict, invalid } from '../../platform/errors';
import { notify } from '../notifications';
import { auditTraining, onTraining } from './access';
import { endsBeforeStartError } from './create-training';
import { addInvitees, inviteesOf } from './invite';
import { inviteeIdsOf, type TrainingRow } from './queries';
import { endsBeforeStart, fromTenths, toTenths } from './rules';
import type { InviteInput, UpdateTrainingInput } from './schemas';

/** Tells the invitees (but the one who did it) of a change to the session or its cancellation. */
async function tellInvitees(
  tx: Tx,
  ctx: Ctx,
  t: Pick<TrainingRow, 'id'>,
  kind: 'training_changed' | 'training_cancelled',
  s: { title: string; startsAt: Date },
) {
  const invitees = await inviteeIdsOf(tx, t.id);
  await notify(tx, {
    accountIds: invitees.filter((a) => a !== ctx.actor.id),
    kind,
    params: { title: s.title, actor: ctx.actor.displayName, startsAt: s.startsAt.toISOString() },
    entityType: 'training',
    entityId: t.id,
  });
}

/**
 * Changes a session's kind, title, description, venue, times or hours (not once cancelled). When
 * its title, venue or times change, the invitees are told, with the time it now starts.
 */
export function updateTraining(ctx: Ctx, id: string, input: UpdateTrainingInput) {
  return onTraining(ctx, id, async (tx, t) => {
    const times = { startsAt: input.startsAt ?? t.startsAt, endsAt: input.endsAt ?? t.endsAt };
    if (endsBeforeStart(times)) throw endsBeforeStartError();
    const change = {
      ...(input.kind && { kind: input.kind }),
      ...(input.title && { title: input.title }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.venue && { venue: input.venue }),
      ...times,
      ...(input.hours !== undefined && { hours: toTenths(input.hours) }),
    };
    await tx
      .update(trainings)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(trainings.id, t.id));
    await auditTraining(tx, ctx, t, 'update', {
      before: {
        kind: t.kind,
        title: t.title,
        description: t.description,
        venue: t.venue,
        startsAt: t.startsAt,
        endsAt: t.endsAt,
        hours: fromTenths(t.hoursTenths),
      },
      after: { ...change, ...(change.hours !== undefined && { hours: input.hours }) },
    });
    const isMoved =
      times.startsAt.getTime() !== t.startsAt.getTime() ||
      times.endsAt.getTime() !== t.endsAt.getTime() ||
      (change.venue !== undefined && change.venue !== t.venue) ||
      (change.title !== undefined && change.title !== t.title);
    if (isMoved) await tellInvitees(tx, ctx, t, 'training_changed', { title: change.title ?? t.title, ...times });
  });
}

/** Cancels a session nobody attended (取消); it stays on record, read-only. The invitees are told. */
export function cancelTraining(ctx: Ctx, id: string) {
  return onTraining(ctx, id, async (tx, t) => {
    if (t.attendedCount > 0) throw conflict('training_has_attendance');
    await tx.update(trainings).set({ archivedAt: new Date(), updatedAt: new Date() }).where(eq(trainings.id, t.id));
    await auditTraining(tx, ctx, t, 'cancel', {});
    await tellInvitees(tx, ctx, t, 'training_cancelled', t);
  });
}

/** Invites more members: everyone of the place's reach, or those chosen (each told once). */
export function inviteToTraining(ctx: Ctx, id: string, input: InviteInput) {
  return onTraining(ctx, id, async (tx, t) => {
    if (!input.inviteAll && input.memberIds.length === 0) throw invalid([{ path: 'memberIds', key: 'required' }]);
    const invitees = await inviteesOf(tx, ctx, t.placePath, input);
    const invited = await addInvitees(tx, ctx, t, invitees);
    await auditTraining(tx, ctx, t, 'invite', {
      after: { inviteAll: input.inviteAll, memberIds: input.memberIds, invited },
    });
  });
}
