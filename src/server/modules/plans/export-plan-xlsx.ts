// The plan as Excel (年度协商计划导出): every item of a district's year the plan page lists for the
// viewer (proposed, approved and returned), in the page's order — by planned month, unscheduled
// last, then as proposed — read a thousand at a time by keyset and streamed.
import { and, asc, eq, sql } from 'drizzle-orm';
import { PLAN_ITEM_STATUS_WORDS } from '../../../shared/messages/topics';
import type { Ctx } from '../../platform/context';
import { places, planItems, topics } from '../../platform/db/schema';
import { EXPORT_BATCH, type ExportCursor, startListExport } from '../../platform/list-export';
import type { XlsxColumn } from '../../platform/xlsx-export';
import { peopleById, visibleTopics } from '../topics';
import { PLAN_EXPORT_WORDS } from './export-words';
import { findPlanDistrict } from './queries';

// unscheduled items sort after December, as on the page
const monthKey = sql<number>`coalesce(${planItems.plannedMonth}, 13)`;

/** The year's plan of a district the actor sees (404 otherwise) as a streamed workbook; audited. */
export async function exportPlanXlsx(ctx: Ctx, districtId: string, year: number, now: Date, limit?: number) {
  const district = await findPlanDistrict(ctx.db, ctx.actor, districtId);
  const where = and(eq(planItems.placeId, district.id), eq(planItems.year, year), visibleTopics(ctx.actor));
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(planItems)
    .innerJoin(topics, eq(topics.id, planItems.topicId))
    .innerJoin(places, eq(places.id, topics.placeId))
    .where(where);
  const w = PLAN_EXPORT_WORDS[ctx.locale];
  return startListExport(
    ctx,
    {
      total: count?.n ?? 0,
      limit,
      action: 'plan.export',
      entityType: 'plan',
      filters: { districtId: district.id, year },
      sheetName: w.sheet,
      fileStem: w.fileStem(district.name, year),
      columns: columnsFor(ctx),
      readBatch: async (after) => {
        const rows = await readBatch(ctx, where, after);
        const person = await peopleById(
          ctx.db,
          rows.flatMap((r) => [r.proposedById, r.decidedById]),
        );
        return rows.map((r) => ({
          ...r,
          proposedBy: person(r.proposedById)?.displayName ?? null,
          decidedBy: person(r.decidedById)?.displayName ?? null,
        }));
      },
    },
    now,
  );
}

type Row = Awaited<ReturnType<typeof readBatch>>[number] & { proposedBy: string | null; decidedBy: string | null };

function columnsFor(ctx: Ctx): XlsxColumn<Row>[] {
  const w = PLAN_EXPORT_WORDS[ctx.locale];
  return [
    { header: w.code, width: 16, value: (r) => r.code },
    { header: w.title, width: 40, value: (r) => r.title },
    { header: w.place, width: 20, value: (r) => r.placeName },
    { header: w.month, width: 10, value: (r) => w.monthOf(r.plannedMonth) },
    { header: w.urgency, width: 12, value: (r) => w.urgencies[r.urgency] },
    { header: w.status, width: 10, value: (r) => PLAN_ITEM_STATUS_WORDS[r.status][ctx.locale] },
    { header: w.note, width: 30, value: (r) => r.note },
    { header: w.proposedBy, width: 12, value: (r) => r.proposedBy },
    { header: w.decidedBy, width: 12, value: (r) => r.decidedBy },
    { header: w.decidedAt, width: 17, type: 'datetime', value: (r) => r.decidedAt },
    { header: w.reason, width: 30, value: (r) => r.decisionReason },
  ];
}

// the cursor carries the month key and the proposal time: 'month|timestamp'
const after$ = (after: ExportCursor | null) => {
  if (!after) return [];
  const [month, at] = after.at.split('|');
  return [
    sql`(${monthKey}, ${planItems.createdAt}, ${planItems.id}) > (${Number(month)}, ${at}::timestamptz, ${after.id}::uuid)`,
  ];
};

function readBatch(ctx: Ctx, where: ReturnType<typeof and>, after: ExportCursor | null) {
  return ctx.db
    .select({
      id: planItems.id,
      cursor: sql<string>`${monthKey}::text || '|' || ${planItems.createdAt}::text`,
      code: topics.code,
      title: topics.title,
      urgency: topics.urgency,
      placeName: places.name,
      plannedMonth: planItems.plannedMonth,
      status: planItems.status,
      note: planItems.note,
      proposedById: planItems.proposedById,
      decidedById: planItems.decidedById,
      decidedAt: planItems.decidedAt,
      decisionReason: planItems.decisionReason,
    })
    .from(planItems)
    .innerJoin(topics, eq(topics.id, planItems.topicId))
    .innerJoin(places, eq(places.id, topics.placeId))
    .where(and(where, ...after$(after)))
    .orderBy(asc(monthKey), asc(planItems.createdAt), asc(planItems.id))
    .limit(EXPORT_BATCH);
}
