// A writing's record of steps is its audit trail: each step writes one audit event in its own
// transaction, and the page reads them back — the office's edits with the text before and after
// (the version notes), returns and declines with their reasons, who it was forwarded to.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AuditEntry } from '../../platform/audit';
import type { DbOrTx } from '../../platform/db';
import { accounts, auditEvents } from '../../platform/db/schema';
import { WritingStep } from './schemas';

export const WRITING_ENTITY = 'writing';

const KIND_OF = {
  'writing.create': 'drafted',
  'writing.submit': 'submitted',
  'writing.return': 'returned',
  'writing.edit': 'edited',
  'writing.adopt': 'adopted',
  'writing.decline': 'declined',
  'writing.forward': 'forwarded',
} as const;

/** Every action a writing's audit trail holds: the steps, and the author's revisions (not shown as steps). */
export type WritingAuditAction = keyof typeof KIND_OF | 'writing.revise';

/** The audit event of one step on a writing. */
export const writingAudit = (
  action: WritingAuditAction,
  w: { id: string; placePath: string },
  after: Record<string, unknown>,
  before?: Record<string, unknown>,
): AuditEntry => ({ action, entityType: WRITING_ENTITY, entityId: w.id, placePath: w.placePath, before, after });

type Texts = { title?: string; body?: string };
const change = (before: Texts, after: Texts, key: keyof Texts) =>
  before[key] !== undefined && after[key] !== undefined ? { before: before[key], after: after[key] } : null;

/** The steps taken on a writing, oldest first, read back from its audit events. */
export async function stepsOf(db: DbOrTx, writingId: string) {
  const rows = await db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      actor: { id: accounts.id, displayName: accounts.displayName },
    })
    .from(auditEvents)
    .leftJoin(accounts, eq(accounts.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, WRITING_ENTITY),
        eq(auditEvents.entityId, writingId),
        inArray(auditEvents.action, Object.keys(KIND_OF)),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  return rows.map((r) => {
    const kind = KIND_OF[r.action as keyof typeof KIND_OF];
    const after = (r.after ?? {}) as Record<string, unknown>;
    const base = { at: r.at.toISOString(), actor: r.actor };
    if (kind === 'edited') {
      const before = (r.before ?? {}) as Texts;
      return WritingStep.parse({
        kind,
        ...base,
        title: change(before, after as Texts, 'title'),
        body: change(before, after as Texts, 'body'),
        note: after.note ?? null,
      });
    }
    return WritingStep.parse({ ...after, kind, ...base });
  });
}
