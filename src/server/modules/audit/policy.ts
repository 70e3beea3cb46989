import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { type Actor, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { auditEvents } from '../../platform/db/schema';

const READERS = ['admin'] as const satisfies readonly Role[];

/** Admins read the audit events of records in their region. */
export const visibleAuditEvents = (actor: Actor): SQL => inSubtree(auditEvents.placePath, reachOf(actor, READERS));
export const canReadAudit = (actor: Actor) => actor.grants.some((g) => (READERS as readonly Role[]).includes(g.role));
