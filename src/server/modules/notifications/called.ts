// Who was told of a record: a whistle's call (whistle_raised) and a training's invitation
// (training_scheduled) are the notices themselves, filed once per person (their dedupe key), so
// the records ask here who was called or invited.
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { NotificationKind } from '../../../shared/enums';
import type { EntityType } from '../../../shared/notices';
import type { DbOrTx } from '../../platform/db';
import { notifications } from '../../platform/db/schema';

type Ref = PgColumn | SQL | string;

/** SQL: the account was told of the record by a notice of `kind`. */
export const wasNotified = (accountId: Ref, entityType: EntityType, entityId: Ref, kind: NotificationKind): SQL =>
  sql`exists (select 1 from ${notifications} n where n.account_id = ${accountId} and n.entity_type = ${entityType} and n.entity_id = ${entityId} and n.kind = ${kind})`;

/** SQL: how many people were told of the record by notices of `kind`. */
export const notifiedCount = (entityType: EntityType, entityId: Ref, kind: NotificationKind): SQL<number> =>
  sql<number>`(select count(distinct n.account_id)::int from ${notifications} n where n.entity_type = ${entityType} and n.entity_id = ${entityId} and n.kind = ${kind})`;

/** The accounts told of the record by notices of `kind`. */
export async function notifiedAccountIds(db: DbOrTx, entityType: EntityType, entityId: string, kind: NotificationKind) {
  const rows = await db
    .selectDistinct({ id: notifications.accountId })
    .from(notifications)
    .where(
      sql`${notifications.entityType} = ${entityType} and ${notifications.entityId} = ${entityId} and ${notifications.kind} = ${kind}`,
    );
  return rows.map((r) => r.id);
}
