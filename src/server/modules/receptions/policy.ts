// Who may do what on the reception rota (委员接待日), and which slots a person sees: one table for both.
import { eq, or, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { places, receptionSlots } from '../../platform/db/schema';
import { type ReceptionStep, stepState } from './rules';

export type ReceptionAction = 'read' | 'keep' | 'record';

/**
 * By reach over the slot's place: the CPPCC office and liaisons keep the rota (slots, a month's
 * pattern, swaps, absences); the liaison or the member on duty records the day; leaders and
 * members of the region read it. The member on duty reads and records their own slot wherever it is.
 */
export const RECEPTION_ROLES = {
  read: ['cppcc', 'liaison', 'leader', 'member'],
  keep: ['cppcc', 'liaison'],
  record: ['liaison'],
} as const satisfies Record<ReceptionAction, readonly Role[]>;

type Scope = { placePath: string; memberId: string | null };

const onDuty = (actor: Actor, s: Scope) => s.memberId === actor.id && actor.grants.some((g) => g.role === 'member');

export const canReception = (actor: Actor, action: ReceptionAction, s: Scope) =>
  reaches(actor, RECEPTION_ROLES[action], s.placePath) || (action !== 'keep' && onDuty(actor, s));

/** The slots the actor sees, as SQL over reception_slots ⋈ places. */
export function visibleReceptions(actor: Actor): SQL {
  const byPlace = inSubtree(places.path, reachOf(actor, RECEPTION_ROLES.read));
  return actor.grants.some((g) => g.role === 'member')
    ? (or(byPlace, eq(receptionSlots.memberId, actor.id)) as SQL)
    : byPlace;
}

const ACTION_OF_STEP = {
  swap: 'keep',
  remove: 'keep',
  absent: 'keep',
  record: 'record',
  raise: 'record',
} as const satisfies Record<ReceptionStep, ReceptionAction>;

/** May the actor take this step on the slot now (role, status and time)? */
export const mayTakeStep = (
  actor: Actor,
  step: ReceptionStep,
  s: Scope & { status: Parameters<typeof stepState>[1]['status']; startsAt: Date },
  now: Date,
) => canReception(actor, ACTION_OF_STEP[step], s) && stepState(step, s, now) === 'ok';

/** What the viewer may do with the slot now (the server still checks each). */
export const receptionAbilities = (actor: Actor, s: Parameters<typeof mayTakeStep>[2], now = new Date()) => ({
  swap: mayTakeStep(actor, 'swap', s, now),
  remove: mayTakeStep(actor, 'remove', s, now),
  markAbsent: mayTakeStep(actor, 'absent', s, now),
  record: mayTakeStep(actor, 'record', s, now),
  raise: mayTakeStep(actor, 'raise', s, now),
});

/** Does the actor read any rota (a role that reads it, or a member)? Others are refused the list. */
export const maySeeRota = (actor: Actor) =>
  actor.grants.some((g) => (RECEPTION_ROLES.read as readonly Role[]).includes(g.role));

/** The places whose rota the actor may keep (for the console's place picker default). */
export const keptRoots = (actor: Actor) => reachOf(actor, RECEPTION_ROLES.keep);
