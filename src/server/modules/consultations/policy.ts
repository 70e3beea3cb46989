import { or, type SQL, sql } from 'drizzle-orm';
import { CONSULTATION_ROLES, type ConsultationPermission } from '../../../shared/access/consultations';
import type { ConsultationStatus } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { consultations, participants, places } from '../../platform/db/schema';
import { isAttendanceOpen, isRecordOpen, nextConsultationStatus } from './rules';

export type { ConsultationPermission } from '../../../shared/access/consultations';

const rolesFor = CONSULTATION_ROLES;

type Scope = { placePath: string; isInvited?: boolean };

export const canConsultation = (actor: Actor, action: ConsultationPermission, c: Scope) =>
  reaches(actor, rolesFor[action], c.placePath) || (action === 'read' && c.isInvited === true);

/** The consultations the actor can see, as SQL over consultations ⋈ places (the council's place). */
export function visibleConsultations(actor: Actor): SQL {
  const invited = sql`exists (select 1 from ${participants} where ${participants.consultationId} = ${consultations.id} and ${participants.accountId} = ${actor.id})`;
  return or(inSubtree(places.path, reachOf(actor, rolesFor.read)), invited) as SQL;
}

type AbilityScope = Scope & { status: ConsultationStatus; startsAt: Date };

/**
 * What the viewer may do on the consultation page. `signIn`: an invitee with an account who has
 * not signed in yet, while sign-in is open.
 */
export function consultationAbilities(
  actor: Actor,
  c: AbilityScope,
  me: { attendedAt: Date | null } | null,
  now: Date,
) {
  const mayManage = canConsultation(actor, 'manage', c);
  return {
    manage: mayManage && isRecordOpen(c.status),
    start: mayManage && nextConsultationStatus('start', c.status) !== null,
    conclude: mayManage && nextConsultationStatus('conclude', c.status) !== null,
    cancel: mayManage && nextConsultationStatus('cancel', c.status) !== null,
    signIn: me !== null && me.attendedAt === null && isAttendanceOpen(c, now),
  };
}
