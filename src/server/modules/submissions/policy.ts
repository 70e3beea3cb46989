import { eq, or, type SQL } from 'drizzle-orm';
import { DEPARTMENT_MAY, SUBMISSION_ROLES, type SubmissionPermission } from '../../../shared/access/submissions';
import type { Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { submissions } from '../../platform/db/schema';
import type { SubmissionAction } from './rules';
import { submissionsWithin } from './subtree';

export type { SubmissionPermission };

// the shared table: the console reads it to show its menus, this policy enforces it
const rolesFor = SUBMISSION_ROLES;

type Scope = { placePath: string; departmentId: string | null; addressedMemberId?: string | null };

const holds = (actor: Actor, role: Role) => actor.grants.some((g) => g.role === role);

const forwardedTo = (actor: Actor, s: Scope) => s.departmentId === actor.id && holds(actor, 'department');

/** 委员会客厅: a resident wrote to this member, who reads it wherever it is (and does nothing else by it). */
const addressedTo = (actor: Actor, s: Scope) => s.addressedMemberId === actor.id && holds(actor, 'member');

export const canSubmission = (actor: Actor, action: SubmissionPermission, s: Scope) =>
  reaches(actor, rolesFor[action], s.placePath) ||
  (DEPARTMENT_MAY.includes(action) && forwardedTo(actor, s)) ||
  (action === 'read' && addressedTo(actor, s));

/**
 * The submissions the actor can see: the same rule as `read`, as SQL over submissions ⋈ places
 * (a grant at a district or township by the submission's own column, so its index serves).
 */
export function visibleSubmissions(actor: Actor): SQL {
  const byPlace = submissionsWithin(reachOf(actor, rolesFor.read));
  const also: SQL[] = [];
  if (holds(actor, 'department')) also.push(eq(submissions.departmentId, actor.id));
  if (holds(actor, 'member')) also.push(eq(submissions.addressedMemberId, actor.id));
  return also.length ? (or(byPlace, ...also) as SQL) : byPlace;
}

/** May the actor record a walk-in submission at the place at `path`? */
export const canRecordAt = (actor: Actor, path: string) => reaches(actor, rolesFor.record, path);

export const submissionAbilities = (actor: Actor, s: Scope) => ({
  sort: canSubmission(actor, 'sort', s),
  handle: canSubmission(actor, 'handle', s),
  revealPhone: canSubmission(actor, 'reveal_phone', s),
});

/**
 * Which permission each staff step needs: sorting is the liaison's, handling also the department's.
 * `reopen` is the resident's own step (public API), never a staff one.
 */
export const ACTION_PERMISSION = {
  to_grid: 'sort',
  to_community: 'sort',
  to_township: 'sort',
  to_department: 'sort',
  merge: 'sort',
  decline: 'sort',
  reply: 'handle',
  solve: 'handle',
  reopen: null,
} as const satisfies Record<SubmissionAction, SubmissionPermission | null>;

/** May the actor take this staff step on an item with this scope? */
export const canTakeStep = (actor: Actor, action: SubmissionAction, s: Scope) => {
  const need = ACTION_PERMISSION[action];
  return need !== null && canSubmission(actor, need, s);
};
