import { or, type SQL, sql } from 'drizzle-orm';
import type { ConsultationStatus, Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { consultations, participants, places } from '../../platform/db/schema';
import { isAttendanceOpen, isRecordOpen, nextConsultationStatus } from './rules';

export type ConsultationPermission = 'read' | 'manage' | 'procedures';

/**
 * Roles by place reach: liaisons schedule, invite, record and conclude (联络员组织协商); leaders and
 * members read. Invitees with accounts see the consultations they are invited to wherever they are.
 * Procedures (议事规程) are kept by admins and liaisons.
 */
const rolesFor = {
  read: ['leader', 'liaison', 'member'],
  manage: ['liaison'],
  procedures: ['admin', 'liaison'],
} as const satisfies Record<ConsultationPermission, readonly Role[]>;

type Scope = { placePath: string; isInvited?: boolean };

export const canConsultation = (actor: Actor, action: ConsultationPermission, c: Scope) =>
  reaches(actor, rolesFor[action], c.placePath) || (action === 'read' && c.isInvited === true);

/** The consultations the actor can see, as SQL over consultations ⋈ places (the council's place). */
export function visibleConsultations(actor: Actor): SQL {
  const invited = sql`exists (select 1 from ${participants} where ${participants.consultationId} = ${consultations.id} and ${participants.accountId} = ${actor.id})`;
  return or(inSubtree(places.path, reachOf(actor, rolesFor.read)), invited) as SQL;
}

/** May the actor keep procedures at the place at `path` (built-ins are read-only)? */
export const canKeepProcedures = (actor: Actor, path: string) => reaches(actor, rolesFor.procedures, path);

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
