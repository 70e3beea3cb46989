// The topics as Excel (议题导出): the rows the list shows for the same query and viewer, read a
// thousand at a time by keyset (newest first, as the list) and streamed.
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { TOPIC_STATUS_WORDS } from '../../../shared/messages/topics';
import type { Ctx } from '../../platform/context';
import { places, topics } from '../../platform/db/schema';
import {
  cursorOf,
  EXPORT_BATCH,
  type ExportCursor,
  keysetBefore,
  placeTrail,
  startListExport,
} from '../../platform/list-export';
import type { XlsxColumn } from '../../platform/xlsx-export';
import { TOPIC_EXPORT_WORDS } from './export-words';
import { listVisibleTopics, topicFilters } from './queries';
import type { ExportTopicsInput } from './schemas';

/** The topics under the list's filters as a streamed workbook; audited; 413 past the row limit. */
export async function exportTopics(ctx: Ctx, q: ExportTopicsInput, now: Date, limit?: number) {
  const { total } = await listVisibleTopics(ctx.db, ctx.actor, { ...q, page: 1, pageSize: 1 });
  const w = TOPIC_EXPORT_WORDS[ctx.locale];
  const where = topicFilters(ctx.actor, q);
  if (q.status) where.push(inArray(topics.status, q.status));
  return startListExport(
    ctx,
    {
      total,
      limit,
      action: 'topic.export',
      entityType: 'topic_list',
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
  const w = TOPIC_EXPORT_WORDS[ctx.locale];
  return [
    { header: w.code, width: 16, value: (r) => r.code },
    { header: w.title, width: 40, value: (r) => r.title },
    { header: w.status, width: 12, value: (r) => TOPIC_STATUS_WORDS[r.status][ctx.locale] },
    { header: w.source, width: 14, value: (r) => w.sources[r.source] },
    { header: w.urgency, width: 12, value: (r) => w.urgencies[r.urgency] },
    { header: w.place, width: 36, value: (r) => r.placeName },
    { header: w.submissions, width: 10, type: 'number', value: (r) => r.submissionCount },
    { header: w.createdAt, width: 17, type: 'datetime', value: (r) => r.createdAt },
  ];
}

function readBatch(ctx: Ctx, where: SQL[], after: ExportCursor | null) {
  return ctx.db
    .select({
      cursor: cursorOf(topics.createdAt),
      id: topics.id,
      code: topics.code,
      title: topics.title,
      status: topics.status,
      source: topics.source,
      urgency: topics.urgency,
      placeName: placeTrail(places.path),
      submissionCount: sql<number>`(select count(*)::int from topic_submissions ts where ts.topic_id = "topics"."id")`,
      createdAt: topics.createdAt,
    })
    .from(topics)
    .innerJoin(places, eq(places.id, topics.placeId))
    .where(and(...where, ...keysetBefore(topics.createdAt, topics.id, after)))
    .orderBy(desc(topics.createdAt), desc(topics.id))
    .limit(EXPORT_BATCH);
}
