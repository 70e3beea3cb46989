// The outcomes as Excel (协商成果导出): the rows the list shows for the same query and viewer, read a
// thousand at a time by keyset (newest first) and streamed.
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { consultations, outcomeRecipients, outcomes, places } from '../../platform/db/schema';
import {
  cursorOf,
  EXPORT_BATCH,
  type ExportCursor,
  keysetBefore,
  placeTrail,
  startListExport,
} from '../../platform/list-export';
import type { XlsxColumn } from '../../platform/xlsx-export';
import { OUTCOME_EXPORT_WORDS } from './export-words';
import { listVisibleOutcomes, outcomeFilters } from './queries';
import type { ExportOutcomesInput } from './schemas';

/** The outcomes under the list's filters as a streamed workbook; audited; 413 past the row limit. */
export async function exportOutcomes(ctx: Ctx, q: ExportOutcomesInput, now: Date, limit?: number) {
  const { total } = await listVisibleOutcomes(ctx.db, ctx.actor, { ...q, page: 1, pageSize: 1 });
  const w = OUTCOME_EXPORT_WORDS[ctx.locale];
  const where = outcomeFilters(ctx.actor, q);
  if (q.status) where.push(eq(outcomes.status, q.status));
  return startListExport(
    ctx,
    {
      total,
      limit,
      action: 'outcome.export',
      entityType: 'outcome_list',
      filters: q,
      sheetName: w.sheet,
      fileStem: w.fileStem,
      columns: columnsFor(ctx),
      readBatch: (after) => readBatch(ctx, where, after),
    },
    now,
  );
}

type Row = Awaited<ReturnType<typeof readBatch>>[number];

function columnsFor(ctx: Ctx): XlsxColumn<Row>[] {
  const w = OUTCOME_EXPORT_WORDS[ctx.locale];
  return [
    { header: w.code, width: 16, value: (r) => r.code },
    { header: w.type, width: 14, value: (r) => w.types[r.type] },
    { header: w.title, width: 40, value: (r) => r.title },
    { header: w.status, width: 10, value: (r) => w.statuses[r.status] },
    { header: w.place, width: 36, value: (r) => r.placeName },
    { header: w.consultation, width: 36, value: (r) => `${r.consultationCode} ${r.consultationTitle}` },
    { header: w.sentAt, width: 17, type: 'datetime', value: (r) => r.sentAt },
    { header: w.recipients, width: 10, type: 'number', value: (r) => r.recipientCount },
    { header: w.replied, width: 10, type: 'number', value: (r) => r.repliedCount },
    { header: w.createdAt, width: 17, type: 'datetime', value: (r) => r.createdAt },
  ];
}

const recipientsWhere = (extra: SQL | undefined = undefined) =>
  sql<number>`(select count(*)::int from ${outcomeRecipients} where ${outcomeRecipients.outcomeId} = ${outcomes.id}${extra ?? sql``})`;

function readBatch(ctx: Ctx, where: SQL[], after: ExportCursor | null) {
  return ctx.db
    .select({
      cursor: cursorOf(outcomes.createdAt),
      id: outcomes.id,
      code: outcomes.code,
      type: outcomes.type,
      title: outcomes.title,
      status: outcomes.status,
      placeName: placeTrail(places.path),
      consultationCode: consultations.code,
      consultationTitle: consultations.title,
      sentAt: outcomes.sentAt,
      recipientCount: recipientsWhere(),
      repliedCount: recipientsWhere(sql` and ${outcomeRecipients.reply} is not null`),
      createdAt: outcomes.createdAt,
    })
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .innerJoin(consultations, eq(consultations.id, outcomes.consultationId))
    .where(and(...where, ...keysetBefore(outcomes.createdAt, outcomes.id, after)))
    .orderBy(desc(outcomes.createdAt), desc(outcomes.id))
    .limit(EXPORT_BATCH);
}
