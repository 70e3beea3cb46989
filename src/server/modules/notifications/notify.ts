import type { NotificationKind } from '../../../shared/enums';
import type { EntityType } from '../../../shared/notices';
import type { DbOrTx } from '../../platform/db';
import { notifications } from '../../platform/db/schema';

export type Notice = {
  /** who gets it; the actor is left out by callers (no one is told of their own step) */
  accountIds: readonly string[];
  kind: NotificationKind;
  /** the words it names, rendered in the reader's language: { code, title, actor, … } */
  params?: Record<string, string | number | null>;
  entityType: EntityType;
  entityId: string;
  /** the same key for the same person is kept once (the scheduler's due-soon and overdue notices) */
  dedupeKey?: string;
};

/**
 * Files an in-app notice (站内通知) for each person, in the caller's transaction: it exists exactly
 * when the step it tells of was written. Returns how many were new (a repeated `dedupeKey` is not).
 */
export async function notify(tx: DbOrTx, notice: Notice): Promise<number> {
  const ids = [...new Set(notice.accountIds)];
  if (ids.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(
      ids.map((accountId) => ({
        accountId,
        kind: notice.kind,
        params: notice.params ?? {},
        entityType: notice.entityType,
        entityId: notice.entityId,
        dedupeKey: notice.dedupeKey ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}
