// The tasks as Excel (落实任务导出): the rows the list shows for the same query, view and flag, read a
// thousand at a time by keyset (newest first) and streamed, each with its flag (亮灯) as the list shows it.
import { and, desc, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { places, tasks } from '../../platform/db/schema';
import {
  cursorOf,
  EXPORT_BATCH,
  type ExportCursor,
  keysetBefore,
  placeTrail,
  startListExport,
} from '../../platform/list-export';
import type { XlsxColumn } from '../../platform/xlsx-export';
import { TASK_EXPORT_WORDS } from './export-words';
import { presentTaskSummary } from './present';
import { listVisibleTasks, selectSummaries, taskFilters } from './queries';
import type { ExportTasksInput } from './schemas';
import { flagConditions, viewConditions } from './views';

/** The tasks under the list's filters as a streamed workbook; audited; 413 past the row limit. */
export async function exportTasks(ctx: Ctx, q: ExportTasksInput, now: Date, limit?: number) {
  const { total } = await listVisibleTasks(ctx.db, ctx.actor, { ...q, page: 1, pageSize: 1 }, now);
  const w = TASK_EXPORT_WORDS[ctx.locale];
  const where = taskFilters(ctx.actor, q);
  if (q.view) where.push(viewConditions(now)[q.view]);
  if (q.flag) where.push(flagConditions(now)[q.flag]);
  return startListExport(
    ctx,
    {
      total,
      limit,
      action: 'task.export',
      entityType: 'task_list',
      filters: q,
      sheetName: w.sheet,
      fileStem: w.fileStem,
      columns: columnsFor(ctx, now),
      readBatch: (after) => readBatch(ctx, where, after),
    },
    now,
  );
}

type Row = Awaited<ReturnType<typeof readBatch>>[number];

function columnsFor(ctx: Ctx, now: Date): XlsxColumn<Row>[] {
  const w = TASK_EXPORT_WORDS[ctx.locale];
  return [
    { header: w.code, width: 16, value: (r) => r.code },
    { header: w.title, width: 40, value: (r) => r.title },
    { header: w.status, width: 10, value: (r) => w.statuses[r.status] },
    { header: w.flag, width: 8, value: (r) => w.flags[presentTaskSummary(r, now).flag] },
    { header: w.owner, width: 18, value: (r) => r.owner.displayName },
    { header: w.place, width: 36, value: (r) => r.placeName },
    { header: w.outcome, width: 36, value: (r) => `${r.outcome.code} ${r.outcome.title}` },
    { header: w.dueAt, width: 17, type: 'datetime', value: (r) => r.dueAt },
    { header: w.milestones, width: 10, value: (r) => `${r.milestonesDone}/${r.milestoneCount}` },
    { header: w.createdAt, width: 17, type: 'datetime', value: (r) => r.createdAt },
  ];
}

function readBatch(ctx: Ctx, where: SQL[], after: ExportCursor | null) {
  return selectSummaries(ctx.db, { cursor: cursorOf(tasks.createdAt), placeName: placeTrail(places.path) })
    .where(and(...where, ...keysetBefore(tasks.createdAt, tasks.id, after)))
    .orderBy(desc(tasks.createdAt), desc(tasks.id))
    .limit(EXPORT_BATCH);
}
