import { randomBytes } from 'node:crypto';
import { TRAINING_ROLES } from '../../../shared/access/trainings';
import { ROLES } from '../../../shared/enums';
import { reaches } from '../../platform/auth/actor';
import type { Ctx } from '../../platform/context';
import { trainings } from '../../platform/db/schema';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors';
import { auditTraining } from './access';
import { addInvitees, inviteesOf } from './invite';
import { findPlace } from './queries';
import { endsBeforeStart, toTenths } from './rules';
import type { CreateTrainingInput } from './schemas';

/** A url-safe random token (24 characters, 144 bits) for the sign-in QR code. */
const newToken = () => randomBytes(18).toString('base64url');

export const endsBeforeStartError = () =>
  new AppError(400, 'training_ends_before_start', {}, [{ path: 'endsAt', key: 'invalid_value' }]);

/**
 * The place a session is held for: 404 outside every reach of the viewer, 403 where they do not
 * keep sessions, 400 when archived.
 */
export async function trainingPlace(ctx: Ctx, placeId: string) {
  const place = await findPlace(ctx.db, placeId);
  if (!place || !reaches(ctx.actor, ROLES, place.path)) throw notFound();
  if (!reaches(ctx.actor, TRAINING_ROLES.manage, place.path)) throw forbidden();
  if (place.archivedAt) throw invalid([{ path: 'placeId', key: 'invalid_value' }]);
  return place;
}

/**
 * Creates a training session (专题培训 or 以会代训) at a place in the viewer's reach with its QR
 * code, and invites the members chosen (training_invitees), who are told (training_scheduled).
 */
export async function createTraining(ctx: Ctx, input: CreateTrainingInput) {
  const place = await trainingPlace(ctx, input.placeId);
  if (endsBeforeStart(input)) throw endsBeforeStartError();
  return ctx.db.transaction(async (tx) => {
    const invitees = await inviteesOf(tx, ctx, place.path, input);
    const [row] = await tx
      .insert(trainings)
      .values({
        placeId: place.id,
        kind: input.kind,
        title: input.title,
        description: input.description ?? null,
        venue: input.venue,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        hours: toTenths(input.hours),
        checkinToken: newToken(),
        createdById: ctx.actor.id,
      })
      .returning({ id: trainings.id });
    const id = row?.id as string;
    const t = { id, title: input.title, startsAt: input.startsAt, placePath: place.path };
    const invited = await addInvitees(tx, ctx, t, invitees);
    await auditTraining(tx, ctx, t, 'create', {
      after: {
        placeId: place.id,
        kind: input.kind,
        title: input.title,
        venue: input.venue,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        hours: input.hours,
        invited,
      },
    });
    return { id };
  });
}
