// A handling's record of steps is its audit trail: each step writes one audit event in its own
// transaction, and a re-handling clears the row's reply, meeting and rating but not those events,
// so the first round stays on record.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEntry } from '../../platform/audit';
import type { DbOrTx } from '../../platform/db';
import { auditEvents } from '../../platform/db/schema';
import { HandlingStep } from './schemas';

export const HANDLING_ENTITY = 'proposal_handling';

const KIND_OF = {
  'proposal.assign': 'assigned',
  'proposal.reply': 'replied',
  'proposal.meet': 'met',
  'proposal.rate': 'rated',
  'proposal.rehandle': 'rehandled',
} as const;
type StepAction = keyof typeof KIND_OF;
type StepWire = z.input<typeof HandlingStep>;
/** What a step's audit event keeps (beside whatever else it records): the step as the wire shows it. */
type StepData<A extends StepAction> = Omit<Extract<StepWire, { kind: (typeof KIND_OF)[A] }>, 'kind' | 'at' | 'actor'>;

/** The audit event of one step on a handling. */
export function stepAudit<A extends StepAction>(
  action: A,
  h: { id: string; placePath: string },
  after: StepData<A> & Record<string, unknown>,
  before?: Record<string, unknown>,
): AuditEntry {
  return { action, entityType: HANDLING_ENTITY, entityId: h.id, placePath: h.placePath, before, after };
}

/** The steps taken on a handling, oldest first, read back from its audit events. */
export async function stepsOf(db: DbOrTx, handlingId: string) {
  const rows = await db
    .select({ at: auditEvents.at, actor: auditEvents.actorName, action: auditEvents.action, after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, HANDLING_ENTITY),
        eq(auditEvents.entityId, handlingId),
        inArray(auditEvents.action, Object.keys(KIND_OF)),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  return rows.map((r) =>
    HandlingStep.parse({
      ...(r.after as object),
      kind: KIND_OF[r.action as StepAction],
      at: r.at.toISOString(),
      actor: r.actor,
    }),
  );
}
