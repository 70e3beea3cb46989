// Who may do what with a training session (专题培训), and which sessions a person sees: one
// definition for both. Staff by reach; members see the sessions of their places (a session held
// at a place is for the members beneath it) and those they were invited to or attended.
import { or, type SQL, sql } from 'drizzle-orm';
import { TRAINING_ROLES, type TrainingPermission, type TrainingState } from '../../../shared/access/trainings';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree, isAncestorOrSelf, isWithin } from '../../platform/db/place-path';
import { places, trainingAttendance, trainingInvitees, trainings } from '../../platform/db/schema';
import { mayTick } from './rules';

export type TrainingScope = {
  placePath: string;
  state: TrainingState;
  /** the viewer was invited (training_invitees) */
  isInvited: boolean;
  /** when the viewer attended, if they did */
  attendedAt: Date | null;
  attendedCount: number;
};

const memberPaths = (actor: Actor) => actor.grants.filter((g) => g.role === 'member').map((g) => g.placePath);
export const isMember = (actor: Actor) => memberPaths(actor).length > 0;

/** The session is for the member's places: one of their member roles lies at its place or beneath it. */
export const isForMember = (actor: Actor, placePath: string) => memberPaths(actor).some((p) => isWithin(p, placePath));

/** A member may sign in where the session is for their places, or where they were invited. */
export const isForMe = (actor: Actor, t: Pick<TrainingScope, 'placePath' | 'isInvited'>) =>
  isMember(actor) && (t.isInvited || isForMember(actor, t.placePath));

export function canTraining(actor: Actor, action: TrainingPermission, t: TrainingScope) {
  if (reaches(actor, TRAINING_ROLES[action], t.placePath)) return true;
  return action === 'read' && (isForMe(actor, t) || t.attendedAt !== null);
}

/** What the viewer may do now. */
export function trainingAbilities(actor: Actor, t: TrainingScope) {
  const manages = canTraining(actor, 'manage', t) && t.state !== 'cancelled';
  return {
    manage: manages,
    tick: manages && mayTick(t.state),
    cancel: manages && t.attendedCount === 0,
    checkIn: t.state === 'open' && t.attendedAt === null && isForMe(actor, t),
  };
}

export const invitedSql = (actor: Actor): SQL =>
  sql`exists (select 1 from ${trainingInvitees} ti where ti.training_id = ${trainings.id} and ti.account_id = ${actor.id})`;
export const attendedSql = (actor: Actor): SQL =>
  sql`exists (select 1 from ${trainingAttendance} ta where ta.training_id = ${trainings.id} and ta.account_id = ${actor.id})`;

/** The sessions the viewer sees, as SQL over trainings ⋈ places: the same rules as canTraining(…, 'read'). */
export function visibleTrainings(actor: Actor): SQL {
  const mine = memberPaths(actor).map((p) => isAncestorOrSelf(places.path, p));
  return or(
    inSubtree(places.path, reachOf(actor, TRAINING_ROLES.read)),
    ...mine,
    ...(mine.length ? [invitedSql(actor)] : []),
    attendedSql(actor),
  ) as SQL;
}
