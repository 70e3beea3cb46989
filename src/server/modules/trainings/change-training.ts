import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { trainings } from '../../platform/db/schema';
import { conflict, invalid } from '../../platform/errors';
import { auditTraining, onTraining } from './access';
import { endsBeforeStartError } from './create-training';
import { inviteesOf, tellInvitees } from './invite';
import { endsBeforeStart, fromTenths, toTenths } from './rules';
import type { InviteInput, UpdateTrainingInput } from './schemas';

/** Changes a session's kind, title, description, venue, times or hours (not once cancelled). */
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
  });
}

/** Cancels a session nobody attended (取消); it stays on record, read-only. */
export function cancelTraining(ctx: Ctx, id: string) {
  return onTraining(ctx, id, async (tx, t) => {
    if (t.attendedCount > 0) throw conflict('training_has_attendance');
    await tx.update(trainings).set({ archivedAt: new Date(), updatedAt: new Date() }).where(eq(trainings.id, t.id));
    await auditTraining(tx, ctx, t, 'cancel', {});
  });
}

/** Invites more members: everyone of the place's reach, or those chosen (each told once). */
export function inviteToTraining(ctx: Ctx, id: string, input: InviteInput) {
  return onTraining(ctx, id, async (tx, t) => {
    if (!input.inviteAll && input.memberIds.length === 0) throw invalid([{ path: 'memberIds', key: 'required' }]);
    const invitees = await inviteesOf(tx, ctx, t.placePath, input);
    const invited = await tellInvitees(tx, ctx, t, invitees);
    await auditTraining(tx, ctx, t, 'invite', {
      after: { inviteAll: input.inviteAll, memberIds: input.memberIds, invited },
    });
  });
}
