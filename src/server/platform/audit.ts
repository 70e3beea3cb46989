import type { AuditAction, AuditEntity } from '../../shared/messages/audit';
import type { Actor } from './auth/actor';
import type { DbOrTx } from './db';
import { auditEvents } from './db/schema';

export type AuditEntry = {
  action: AuditAction; // e.g. "place.create", "grant.revoke": each has a label in every language
  entityType: AuditEntity;
  entityId: string;
  placePath: string | null;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit event; call it inside the use case's transaction so both land or neither. */
type Who = { actor: Pick<Actor, 'id' | 'username' | 'displayName'> | null; ip: string | null };

export async function writeAudit(tx: DbOrTx, ctx: Who, e: AuditEntry) {
  await tx.insert(auditEvents).values({
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor ? `${ctx.actor.displayName} (${ctx.actor.username})` : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    placePath: e.placePath,
    before: e.before ?? null,
    after: e.after ?? null,
    ip: ctx.ip ?? null,
  });
}
