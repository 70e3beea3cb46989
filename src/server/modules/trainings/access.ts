import type { AuditVerb } from '../../../shared/messages/audit';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { canTraining } from './policy';
import { scopeOf } from './present';
import { findVisibleTraining, lockTraining, type TrainingRow } from './queries';

/** A session the viewer sees (another region: 404). */
export async function readable(ctx: Ctx, id: string, db: DbOrTx = ctx.db) {
  const t = await findVisibleTraining(db, ctx.actor, id);
  if (!t) throw notFound();
  return t;
}

/** A session the viewer keeps (visible but not theirs to keep: 403). */
export async function manageable(ctx: Ctx, id: string, db: DbOrTx = ctx.db, now = new Date()) {
  const t = await readable(ctx, id, db);
  if (!canTraining(ctx.actor, 'manage', scopeOf(t, now))) throw forbidden();
  return t;
}

/**
 * One change to a session by those who keep it, in one transaction holding its row: 404 unseen,
 * 403 not theirs, 409 once cancelled.
 */
export function onTraining<T>(ctx: Ctx, id: string, fn: (tx: Tx, t: TrainingRow) => Promise<T>) {
  return ctx.db.transaction(async (tx) => {
    await lockTraining(tx, id);
    const t = await manageable(ctx, id, tx);
    if (t.archivedAt) throw conflict('training_cancelled');
    return fn(tx, t);
  });
}

/** The audit event of a step on a session (action 'training.<what>'). */
export const auditTraining = (
  tx: DbOrTx,
  ctx: Pick<Ctx, 'actor' | 'ip'>,
  t: Pick<TrainingRow, 'id' | 'placePath'>,
  what: AuditVerb<'training'>,
  change: { before?: unknown; after?: unknown } = {},
) =>
  writeAudit(tx, ctx, {
    action: `training.${what}`,
    entityType: 'training',
    entityId: t.id,
    placePath: t.placePath,
    ...change,
  });
