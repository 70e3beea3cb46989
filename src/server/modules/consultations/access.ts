import { eq } from 'drizzle-orm';
import type { AuditVerb } from '../../../shared/messages/audit';
import { CONSULTATION_STATUS_WORDS } from '../../../shared/messages/consultations';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db';
import { consultations } from '../../platform/db/schema';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { canConsultation } from './policy';
import { type ConsultationRef, findVisibleConsultation } from './queries';
import { isRecordOpen } from './rules';

/** A consultation the actor can see (another region: 404). */
export async function readable(ctx: Ctx, id: string) {
  const c = await findVisibleConsultation(ctx.db, ctx.actor, id);
  if (!c) throw notFound();
  return c;
}

/** A consultation the actor may manage (visible but not theirs to manage: 403). */
export async function manageable(ctx: Ctx, id: string) {
  const c = await readable(ctx, id);
  if (!canConsultation(ctx.actor, 'manage', c)) throw forbidden();
  return c;
}

export const closedError = (status: keyof typeof CONSULTATION_STATUS_WORDS) =>
  conflict('consultation_closed', { status: CONSULTATION_STATUS_WORDS[status] });

/** Locks the consultation's row for the transaction and answers its current status. */
export async function lockConsultation(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({ status: consultations.status })
    .from(consultations)
    .where(eq(consultations.id, id))
    .for('update');
  if (!row) throw notFound();
  return row.status;
}

/**
 * One write to the record (participants, steps, opinions, consensus, dissent, files): by a manager,
 * in one transaction holding the consultation's row, refused with 409 once it is concluded or cancelled.
 */
export async function writeRecord<T>(ctx: Ctx, id: string, fn: (tx: Tx, c: ConsultationRef) => Promise<T>) {
  const c = await manageable(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const status = await lockConsultation(tx, id);
    if (!isRecordOpen(status)) throw closedError(status);
    return fn(tx, c);
  });
}

/** The audit event of a write on a consultation (action 'consultation.<what>'). */
export const auditConsultation = (
  tx: DbOrTx,
  ctx: Parameters<typeof writeAudit>[1],
  c: Pick<ConsultationRef, 'id' | 'placePath'>,
  what: AuditVerb<'consultation'>,
  change: { before?: unknown; after?: unknown } = {},
) =>
  writeAudit(tx, ctx, {
    action: `consultation.${what}`,
    entityType: 'consultation',
    entityId: c.id,
    placePath: c.placePath,
    ...change,
  });
