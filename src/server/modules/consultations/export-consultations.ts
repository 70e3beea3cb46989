// The consultations as Excel (协商活动导出): the rows the list shows for the same query and viewer,
// read a thousand at a time by keyset (latest start first, as the list) and streamed.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { CONSULTATION_STATUS_WORDS } from '../../../shared/messages/consultations';
import type { Ctx } from '../../platform/context';
import { consultations, places, topics } from '../../platform/db/schema';
import {
  cursorOf,
  EXPORT_BATCH,
  type ExportCursor,
  keysetBefore,
  placeTrail,
  startListExport,
} from '../../platform/list-export';
import type { XlsxColumn } from '../../platform/xlsx-export';
import { CONSULTATION_EXPORT_WORDS } from './export-words';
import type { ExportConsultationsInput } from './schemas';
import { consultationFilters, listVisibleConsultations, summaryColumns } from './summaries';

/**
 * The consultations under the list's filters (`placePath`: the visible place the query named) as a
 * streamed workbook; audited; 413 past the row limit.
 */
export async function exportConsultations(
  ctx: Ctx,
  q: ExportConsultationsInput,
  placePath: string | undefined,
  now: Date,
  limit?: number,
) {
  const { total } = await listVisibleConsultations(ctx.db, ctx.actor, { ...q, page: 1, pageSize: 1 }, placePath);
  const w = CONSULTATION_EXPORT_WORDS[ctx.locale];
  const where = consultationFilters(ctx.actor, q, placePath);
  return startListExport(
    ctx,
    {
      total,
      limit,
      action: 'consultation.export',
      entityType: 'consultation_list',
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
  const w = CONSULTATION_EXPORT_WORDS[ctx.locale];
  return [
    { header: w.code, width: 16, value: (r) => r.code },
    { header: w.title, width: 36, value: (r) => r.title },
    { header: w.form, width: 14, value: (r) => w.forms[r.form] },
    { header: w.status, width: 10, value: (r) => CONSULTATION_STATUS_WORDS[r.status][ctx.locale] },
    { header: w.startsAt, width: 17, type: 'datetime', value: (r) => r.startsAt },
    { header: w.venue, width: 24, value: (r) => r.venue },
    { header: w.place, width: 36, value: (r) => r.placeName },
    { header: w.topic, width: 36, value: (r) => `${r.topic.code} ${r.topic.title}` },
    { header: w.participants, width: 10, type: 'number', value: (r) => r.participantCount },
    { header: w.attended, width: 10, type: 'number', value: (r) => r.attendedCount },
  ];
}

function readBatch(ctx: Ctx, where: SQL[], after: ExportCursor | null) {
  return ctx.db
    .select({ ...summaryColumns, cursor: cursorOf(consultations.startsAt), placeName: placeTrail(places.path) })
    .from(consultations)
    .innerJoin(places, eq(places.id, consultations.placeId))
    .innerJoin(topics, eq(topics.id, consultations.topicId))
    .where(and(...where, ...keysetBefore(consultations.startsAt, consultations.id, after)))
    .orderBy(desc(consultations.startsAt), desc(consultations.id))
    .limit(EXPORT_BATCH);
}
