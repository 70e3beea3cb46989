// A list as Excel (列表导出): the one recipe the lists share. The caller counts the rows under the
// list's own conditions (so the file and the list's total agree), this refuses past the row limit,
// audits the export and streams the rows a keyset batch at a time through streamXlsx.
import type { Readable } from 'node:stream';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { writeAudit } from './audit';
import { shanghaiDate } from './calendar';
import type { Ctx } from './context';
import { places } from './db/schema';
import { attachmentName } from './docx/gongwen';
import { AppError } from './errors';
import { streamXlsx, XLSX_MIME, type XlsxColumn } from './xlsx-export';

/**
 * The most rows one list export writes: past it the export answers 413 export_too_large and asks
 * for narrower filters. Streaming keeps memory flat at any size; the cap keeps a connection from
 * being tied up for minutes on a sheet nobody reads. The inbox has the same limit.
 */
export const LIST_EXPORT_LIMIT = 200_000;
export const EXPORT_BATCH = 1000;

/** Where the last batch ended: its order timestamp as the database prints it (microseconds kept), and id. */
export type ExportCursor = { at: string; id: string };

/** A row of a batch: the cursor fields beside the columns the sheet writes. */
export type Keyed = { cursor: string; id: string };

/** The column's value as the database prints it, to select as a row's `cursor`. */
export const cursorOf = (at: AnyColumn) => sql<string>`${at}::text`;

/** A place's full name from the top of the tree (石桥街道 / 石桥村 / 第三网格), by its path column. */
export const placeTrail = (path: AnyColumn) =>
  sql<string>`(select string_agg(a.name, ' / ' order by a.depth) from ${places} a
    where a.id = any(string_to_array(trim(both '/' from ${path}), '/')::uuid[]))`;

/** Newest first by (at, id): the rows after the cursor, or none of a condition on the first batch. */
export const keysetBefore = (at: AnyColumn, id: AnyColumn, after: ExportCursor | null): SQL[] =>
  after ? [sql`(${at}, ${id}) < (${after.at}::timestamptz, ${after.id}::uuid)`] : [];

type ListExport<T extends Keyed> = {
  /** The rows the list counts for the same query. */
  total: number;
  limit?: number;
  /** The audit action (`topic.export`), the list's filters recorded with it. */
  action: string;
  entityType: string;
  filters: unknown;
  sheetName: string;
  /** The file's name without the date and extension, in the reader's language. */
  fileStem: string;
  columns: readonly XlsxColumn<T>[];
  /** One batch of EXPORT_BATCH rows after the cursor, in keyset order. */
  readBatch: (after: ExportCursor | null) => Promise<T[]>;
};

/** Refuses past the limit (413), audits, and returns the streamed workbook with its file name. */
export async function startListExport<T extends Keyed>(ctx: Ctx, spec: ListExport<T>, now: Date) {
  const limit = spec.limit ?? LIST_EXPORT_LIMIT;
  if (spec.total > limit) throw new AppError(413, 'export_too_large', { count: spec.total, limit });
  await writeAudit(ctx.db, ctx, {
    action: spec.action,
    entityType: spec.entityType,
    entityId: ctx.actor.id,
    placePath: ctx.actor.homePlacePath,
    after: { filters: spec.filters, count: spec.total },
  });
  const stream = streamXlsx({ sheetName: spec.sheetName, columns: spec.columns, batches: batchesOf(spec.readBatch) });
  return { stream, fileName: `${spec.fileStem}-${shanghaiDate(now)}.xlsx`, count: spec.total };
}

async function* batchesOf<T extends Keyed>(readBatch: (after: ExportCursor | null) => Promise<T[]>) {
  let after: ExportCursor | null = null;
  for (;;) {
    const rows = await readBatch(after);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < EXPORT_BATCH) return;
    after = { at: last.cursor, id: last.id };
  }
}

/** Sends a started export as the download. */
export const sendWorkbook = (reply: FastifyReply, file: { stream: Readable; fileName: string }) =>
  reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', attachmentName(file.fileName))
    .send(file.stream);
