import { TRAINING_ROLES } from '../../../shared/access/trainings';
import { type Actor, reaches } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { materials } from './files';
import { canTraining, trainingAbilities } from './policy';
import { checkInLink, presentTrainingSummary, scopeOf } from './present';
import { attendanceOf, inviteeIdsOf, peopleOf, type TrainingRow } from './queries';
import { checkInWindow } from './rules';
import type { TrainingDetailOut } from './schemas';

type Attendee = TrainingDetailOut['attendees'][number];

/**
 * A session's page as the viewer sees it: its materials, the invited and who attended (to those
 * who read the region's training; a member sees their own line), the QR code's address (to those
 * who keep it) and what the viewer may do.
 */
export async function loadTrainingDetail(
  db: DbOrTx,
  actor: Actor,
  t: TrainingRow,
  publicUrl: string,
  now = new Date(),
): Promise<TrainingDetailOut> {
  const scope = scopeOf(t, now);
  const [files, invitedIds, attended] = await Promise.all([
    materials.list(db, t.id),
    inviteeIdsOf(db, t.id),
    attendanceOf(db, t.id),
  ]);
  const byId = new Map<string, Attendee>();
  for (const a of attended)
    byId.set(a.member.id, {
      member: a.member,
      isInvited: false,
      attendedAt: a.attendedAt,
      method: a.method === 'qr' ? 'qr' : 'ticked',
    });
  for (const p of await peopleOf(db, invitedIds)) {
    const seen = byId.get(p.id);
    if (seen) seen.isInvited = true;
    else byId.set(p.id, { member: p, isInvited: true, attendedAt: null, method: null });
  }
  const readsAll = reaches(actor, TRAINING_ROLES.read, t.placePath);
  const attendees = [...byId.values()]
    .filter((a) => readsAll || a.member.id === actor.id)
    .sort((a, b) => a.member.displayName.localeCompare(b.member.displayName, 'zh-CN'));
  const manages = canTraining(actor, 'manage', scope);
  return {
    ...presentTrainingSummary(t, now),
    description: t.description,
    createdBy: t.createdBy ?? null,
    ...checkInWindow(t),
    files,
    attendees,
    signInUrl: manages ? checkInLink(publicUrl, t.checkinToken) : null,
    me: t.isInvited || t.myAttendedAt ? { isInvited: t.isInvited, attendedAt: t.myAttendedAt } : null,
    abilities: trainingAbilities(actor, scope),
  };
}
