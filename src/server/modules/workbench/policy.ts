import { and, inArray, type SQL } from 'drizzle-orm';
import { SUBMISSION_ROLES } from '../../../shared/access/submissions';
import { WORKBENCH_ROLES, type WorkbenchRole } from '../../../shared/api/workbench';
import { type Actor, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { auditEvents } from '../../platform/db/schema';
import { ACTIVITY_ACTIONS, ACTIVITY_ENTITIES } from './schemas';

/** The working roles the person holds, in the workbench's order: one group each. */
export const workbenchRoles = (actor: Actor): WorkbenchRole[] =>
  WORKBENCH_ROLES.filter((role) => actor.grants.some((g) => g.role === role));

/**
 * Recent activity: the steps on submissions, topics, consultations, outcomes, tasks and the plan in
 * the region the person reads them in. Those records are read region-wide by the same roles
 * (leader, liaison, member, CPPCC office), so one reach stands for all of them; a department reads
 * only what was sent to it and sees no region's activity.
 */
export function visibleActivity(actor: Actor): SQL {
  return and(
    inSubtree(auditEvents.placePath, reachOf(actor, SUBMISSION_ROLES.read)),
    inArray(auditEvents.entityType, [...ACTIVITY_ENTITIES]),
    inArray(auditEvents.action, [...ACTIVITY_ACTIONS]),
  ) as SQL;
}
