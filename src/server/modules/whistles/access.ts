import type { WhistleStatus } from '../../../shared/enums';
import type { AuditVerb } from '../../../shared/messages/audit';
import { WHISTLE_STATUS_WORDS } from '../../../shared/messages/whistles';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db';
import { conflict, notFound } from '../../platform/errors';
import { findVisibleWhistle, lockWhistle, type WhistleRow } from './queries';

export type Whistle = NonNullable<WhistleRow>;

/** 409: the whistle is closed or withdrawn. */
export const notOpen = (status: WhistleStatus) =>
  conflict('whistle_not_open', { status: WHISTLE_STATUS_WORDS[status] });

/** One step on a whistle, in one transaction holding its row: 404 when the viewer does not see it. */
export function onWhistle<T>(ctx: Ctx, id: string, fn: (tx: Tx, w: Whistle) => Promise<T>) {
  return ctx.db.transaction(async (tx) => {
    await lockWhistle(tx, id);
    const w = await findVisibleWhistle(tx, ctx.actor, id);
    if (!w) throw notFound();
    return fn(tx, w);
  });
}

/** The audit event of a step on a whistle (action 'whistle.<what>'). */
export const auditWhistle = (
  tx: DbOrTx,
  ctx: Ctx,
  w: Pick<Whistle, 'id' | 'placePath'>,
  what: AuditVerb<'whistle'>,
  change: { before?: unknown; after?: unknown },
) =>
  writeAudit(tx, ctx, {
    action: `whistle.${what}`,
    entityType: 'whistle',
    entityId: w.id,
    placePath: w.placePath,
    ...change,
  });
