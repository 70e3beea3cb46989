import { DASHBOARD_ROLES } from '../../../shared/access/dashboard';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { depthOf } from '../../platform/db/place-path';

/** The roots of the places whose figures the actor may read, widest first. */
export const dashboardRoots = (actor: Actor) =>
  reachOf(actor, DASHBOARD_ROLES).sort((a, b) => depthOf(a) - depthOf(b) || a.localeCompare(b));

/** May the actor read the figures of the place at `path`? */
export const canReadDashboard = (actor: Actor, path: string) => reaches(actor, DASHBOARD_ROLES, path);

/** Holds the actor any role that reads a dashboard at all (else 403, before any place is looked at)? */
export const readsDashboards = (actor: Actor) => dashboardRoots(actor).length > 0;
