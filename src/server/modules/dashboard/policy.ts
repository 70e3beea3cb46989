import { DASHBOARD_ROLES } from '../../../shared/access/dashboard';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { depthOf } from '../../platform/db/place-path';

/** The roots of the places whose figures the actor may read, widest first. */
export const dashboardRoots = (actor: Actor) =>
  reachOf(actor, DASHBOARD_ROLES)
    .map((path) => ({ path, depth: depthOf(path) })) // each path's depth once, not at every comparison
    .sort((a, b) => a.depth - b.depth || a.path.localeCompare(b.path))
    .map((r) => r.path);

/** May the actor read the figures of the place at `path`? */
export const canReadDashboard = (actor: Actor, path: string) => reaches(actor, DASHBOARD_ROLES, path);

/** Holds the actor any role that reads a dashboard at all (else 403, before any place is looked at)? */
export const readsDashboards = (actor: Actor) => dashboardRoots(actor).length > 0;
