// The inbox as Excel (诉求导出): the rows the inbox lists for the same query and viewer — the same
// conditions (inboxFilters) and, for a search, the same all-words / most-words decision — read a
// thousand at a time by keyset and streamed. No phone numbers, not even masked ones.
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { SUBMISSION_CHANNEL_WORDS, SUBMISSION_STATUS_WORDS } from '../../../shared/messages/submissions';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth/actor';
import { shanghaiDate } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { categories, places, submissions } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { PlaceTrails, prefetched } from '../../platform/list-export';
import { currentVocabulary, planSearch, type SearchMode, type SearchPlan } from '../../platform/text';
import { streamXlsx, type XlsxColumn } from '../../platform/xlsx-export';
import { SUBMISSION_EXPORT_WORDS } from './export-words';
import { inboxFilters, listVisibleSubmissions, OPEN_STATUSES } from './queries';
import { isOverdue } from './rules';
import type { ExportSubmissionsInput } from './schemas';
import { submissionsWithinPlace } from './subtree';

/**
 * The most rows one export writes. Streaming keeps memory flat at any size, but a sheet past this
 * is more than anyone reads and ties up a connection for minutes; past it the export answers 413
 * and asks for narrower filters (a place, a period). Excel's own limit is 1,048,576 rows.
 */
export const EXPORT_ROW_LIMIT = 200_000;
const BATCH = 1000;

/** The inbox's rows under the list's filters as a streamed workbook; audited; 413 past EXPORT_ROW_LIMIT. */
export async function exportSubmissions(ctx: Ctx, q: ExportSubmissionsInput, now: Date, limit = EXPORT_ROW_LIMIT) {
  // the list's own count (and its search decision), so the file and the list's total agree
  const within = q.placeId ? await submissionsWithinPlace(ctx.db, q.placeId) : undefined;
  const counted = await listVisibleSubmissions(ctx.db, ctx.actor, { ...q, page: 1, pageSize: 1 }, now, within);
  if (counted.total > limit) throw new AppError(413, 'export_too_large', { count: counted.total, limit });
  const search =
    q.q && counted.search
      ? { plan: planSearch(q.q, await currentVocabulary(ctx.db)), mode: counted.search.mode }
      : null;
  await writeAudit(ctx.db, ctx, {
    action: 'submission.export',
    entityType: 'submission_inbox',
    entityId: ctx.actor.id,
    placePath: ctx.actor.homePlacePath,
    after: { filters: q, count: counted.total },
  });
  const w = SUBMISSION_EXPORT_WORDS[ctx.locale];
  const stream = streamXlsx({
    sheetName: w.sheet,
    columns: columnsFor(ctx, now),
    batches: exportBatches(ctx.db, ctx.actor, q, now, search, within?.where),
  });
  return { stream, fileName: w.fileName(shanghaiDate(now)), count: counted.total };
}

type ExportRow = Awaited<ReturnType<typeof readBatch>>[number];

const OPEN: readonly string[] = OPEN_STATUSES;

function columnsFor(ctx: Ctx, now: Date): XlsxColumn<ExportRow>[] {
  const w = SUBMISSION_EXPORT_WORDS[ctx.locale];
  const statuses = SUBMISSION_STATUS_WORDS[ctx.locale];
  const channels = SUBMISSION_CHANNEL_WORDS[ctx.locale];
  return [
    { header: w.trackingCode, width: 14, value: (r) => r.trackingCode },
    { header: w.status, width: 14, value: (r) => statuses[r.status] },
    { header: w.channel, width: 12, value: (r) => channels[r.channel] },
    { header: w.category, width: 14, value: (r) => r.categoryName },
    { header: w.place, width: 36, value: (r) => r.placeName },
    { header: w.content, width: 60, value: (r) => r.content },
    { header: w.createdAt, width: 17, type: 'datetime', value: (r) => r.createdAt },
    { header: w.dueAt, width: 17, type: 'datetime', value: (r) => r.dueAt },
    {
      header: w.overdue,
      width: 10,
      // the inbox's rule (presentSummary): open, and past its deadline with the clock running
      value: (r) => (OPEN.includes(r.status) && isOverdue(r.dueAt, now, r.clockStoppedAt) ? w.yes : w.no),
    },
    { header: w.satisfaction, width: 12, type: 'number', value: (r) => r.satisfaction },
  ];
}

type Search = { plan: SearchPlan; mode: SearchMode } | null;
type Cursor = { at: string; id: string };

/**
 * Newest first, or oldest first when the list is sorted so. Keyset paging needs a unique, stable
 * order, so the inbox's "due first" and "most relevant" orders export newest first. The next batch
 * is read while the sheet writes this one, and the places' full names come from the trail cache.
 */
async function* exportBatches(
  db: DbOrTx,
  actor: Actor,
  q: ExportSubmissionsInput,
  now: Date,
  search: Search,
  within: SQL | undefined,
) {
  const trails = new PlaceTrails(db);
  const read = async (after: Cursor | null) => {
    const rows = await readBatch(db, actor, q, now, search, within, after);
    await trails.load(rows.map((r) => r.placePath));
    return rows.map((r) => ({ ...r, placeName: trails.of(r.placePath, r.placeName) }));
  };
  yield* prefetched(read, BATCH);
}

function readBatch(
  db: DbOrTx,
  actor: Actor,
  q: ExportSubmissionsInput,
  now: Date,
  search: Search,
  within: SQL | undefined,
  after: Cursor | null,
) {
  const isOldestFirst = q.sort === 'oldest';
  const where: SQL[] = inboxFilters(actor, q, now, search, within);
  if (q.status) where.push(eq(submissions.status, q.status));
  // the cursor is the timestamp as the database prints it: a JS Date would drop its microseconds
  if (after)
    where.push(
      isOldestFirst
        ? sql`(${submissions.createdAt}, ${submissions.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`
        : sql`(${submissions.createdAt}, ${submissions.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  const order = isOldestFirst
    ? [asc(submissions.createdAt), asc(submissions.id)]
    : [desc(submissions.createdAt), desc(submissions.id)];
  return db
    .select({
      cursor: sql<string>`${submissions.createdAt}::text`,
      id: submissions.id,
      trackingCode: submissions.trackingCode,
      status: submissions.status,
      channel: submissions.channel,
      content: submissions.content,
      createdAt: submissions.createdAt,
      dueAt: submissions.dueAt,
      clockStoppedAt: submissions.clockStoppedAt,
      satisfaction: submissions.satisfaction,
      categoryName: categories.name,
      placeName: places.name,
      placePath: places.path,
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .leftJoin(categories, eq(categories.id, submissions.categoryId))
    .where(and(...where))
    .orderBy(...order)
    .limit(BATCH);
}
