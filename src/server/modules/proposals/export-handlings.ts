// The proposal handlings as Excel (提案办理导出): the rows the list shows for the same query and
// viewer, in its order (open ones first, nearest due date first), read by keyset and streamed.
import { and, asc, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { proposalHandlings as ph } from '../../platform/db/schema';
import { EXPORT_BATCH, type ExportCursor, startListExport } from '../../platform/list-export';
import type { XlsxColumn } from '../../platform/xlsx-export';
import { HANDLING_EXPORT_WORDS } from './export-words';
import { filters, listVisibleHandlings, STATUS_SQL, selectSummaries } from './queries';
import { handlingStatusOf } from './rules';
import type { ListHandlingsInput } from './schemas';

export type ExportHandlingsInput = Omit<ListHandlingsInput, 'page' | 'pageSize'>;

const rated = sql<boolean>`(${ph.satisfaction} is not null)`;
// the due date at the precision the cursor carries (a JS Date), so a batch never repeats a row
const due = sql`date_trunc('milliseconds', ${ph.dueAt})`;

/** The handlings under the list's filters as a streamed workbook; audited; 413 past the limit. */
export async function exportHandlings(ctx: Ctx, q: ExportHandlingsInput, now: Date, limit?: number) {
  const { total } = await listVisibleHandlings(ctx.db, ctx.actor, { ...q, page: 1, pageSize: 1 });
  const base = filters(ctx.actor, q);
  const where = q.status ? [...base, STATUS_SQL[q.status]] : base;
  const w = HANDLING_EXPORT_WORDS[ctx.locale];
  return startListExport(
    ctx,
    {
      total,
      limit,
      action: 'proposal.export',
      entityType: 'proposal_handling_list',
      filters: q,
      sheetName: w.sheet,
      fileStem: w.sheet,
      columns: columnsFor(ctx),
      readBatch: (after) => readBatch(ctx, where, after),
    },
    now,
  );
}

type Row = Awaited<ReturnType<typeof readBatch>>[number];

function columnsFor(ctx: Ctx): XlsxColumn<Row>[] {
  const w = HANDLING_EXPORT_WORDS[ctx.locale];
  return [
    { header: w.code, width: 16, value: (r) => r.proposal.code },
    { header: w.title, width: 36, value: (r) => r.proposal.title },
    { header: w.place, width: 16, value: (r) => r.place.name },
    { header: w.unit, width: 20, value: (r) => r.unit.displayName },
    { header: w.proposer, width: 14, value: (r) => r.proposerName ?? r.proposer },
    { header: w.year, width: 8, type: 'number', value: (r) => r.year },
    { header: w.dueAt, width: 17, type: 'datetime', value: (r) => r.dueAt },
    { header: w.status, width: 10, value: (r) => w.statuses[handlingStatusOf(r)] },
    { header: w.category, width: 10, value: (r) => (r.replyCategory ? w.categories[r.replyCategory] : null) },
    { header: w.repliedAt, width: 17, type: 'datetime', value: (r) => r.repliedAt },
    { header: w.metAt, width: 17, type: 'datetime', value: (r) => r.metAt },
    { header: w.satisfaction, width: 10, value: (r) => (r.satisfaction ? w.satisfactions[r.satisfaction] : null) },
    { header: w.overdue, width: 6, value: (r) => (r.isOverdue ? w.yes : null) },
  ];
}

// the cursor carries whether rated and the due date: 'true|timestamp'
const after$ = (after: ExportCursor | null): SQL[] => {
  if (!after) return [];
  const [isRated, at] = after.at.split('|');
  return [sql`(${rated}, ${due}, ${ph.id}) > (${isRated === 'true'}, ${at}::timestamptz, ${after.id}::uuid)`];
};

function readBatch(ctx: Ctx, where: SQL[], after: ExportCursor | null) {
  return selectSummaries(ctx.db)
    .where(and(...where, ...after$(after)))
    .orderBy(asc(rated), asc(due), asc(ph.id))
    .limit(EXPORT_BATCH)
    .then((rows) =>
      rows.map((r) => ({
        ...r,
        cursor: `${r.satisfaction !== null}|${r.dueAt.toISOString()}`,
      })),
    );
}
