import type { z } from 'zod';
import type { TrainingSummary } from '../../../shared/api/trainings';
import type { TrainingScope } from './policy';
import type { TrainingRow } from './queries';
import { fromTenths, trainingState } from './rules';

/** How the viewer stands to a session, for the policy. */
export const scopeOf = (t: TrainingRow, now: Date): TrainingScope => ({
  placePath: t.placePath,
  state: trainingState(t, now),
  isInvited: t.isInvited,
  attendedAt: t.myAttendedAt,
  attendedCount: t.attendedCount,
});

/** A session as lists show it. */
export const presentTrainingSummary = (t: TrainingRow, now: Date): z.output<typeof TrainingSummary> => ({
  id: t.id,
  kind: t.kind,
  title: t.title,
  place: t.place,
  venue: t.venue,
  startsAt: t.startsAt,
  endsAt: t.endsAt,
  hours: fromTenths(t.hoursTenths),
  state: trainingState(t, now),
  invitedCount: t.invitedCount,
  attendedCount: t.attendedCount,
});

/** The sign-in QR code's address: a console page that signs the member in with their own session. */
export const checkInLink = (publicUrl: string, token: string) => `${publicUrl}/trainings/check-in/${token}`;
