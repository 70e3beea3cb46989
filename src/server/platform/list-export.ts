// A list as Excel (列表导出): the one recipe the lists share. The caller counts the rows under the
// list's own conditions (so the file and the list's total agree), this refuses past the row limit,
// audits the export and streams the rows a keyset batch at a time through streamXlsx.
import type { Readable } from 'node:stream';
import { type AnyColumn, inArray, type SQL, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { AuditAction, AuditEntity } from '../../shared/messages/audit';
import { writeAudit } from './audit';
import { shanghaiDate } from './calendar';
import type { Ctx } from './context';
import type { DbOrTx } from './db';
import { pathIds } from './db/place-path';
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
export const placeTrail = (path: AnyColumn | SQL) =>
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
  action: AuditAction;
  entityType: AuditEntity;
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
  yield* prefetched(readBatch, EXPORT_BATCH);
}

/**
 * The batches of a keyset read, each asked for while the sheet writes the one before: the
 * database and the writer work side by side, and at most two batches are held. Stops after a
 * short batch; a read still under way when the reader goes away is let go.
 */
export async function* prefetched<T extends Keyed>(
  readBatch: (after: ExportCursor | null) => Promise<T[]>,
  batchSize: number,
) {
  let next: Promise<T[]> | null = readBatch(null);
  try {
    while (next) {
      const rows: T[] = await next;
      const last = rows.at(-1);
      next = last && rows.length >= batchSize ? readBatch({ at: last.cursor, id: last.id }) : null;
      if (rows.length > 0) yield rows;
    }
  } finally {
    next?.catch(() => {}); // the reader went away mid-export: nobody waits for this batch
  }
}

/**
 * A place's full name from the top of the tree (石桥街道 / 石桥村 / 第三网格) without a subquery a
 * row: each row brings its place's name and path, the names of the places above are read once an
 * export for those not met yet and kept (no more than the places above the lowest level).
 */
export class PlaceTrails {
  private readonly names = new Map<string, string>();
  constructor(private readonly db: DbOrTx) {}

  /** Reads the names of the places above `paths` not read before. */
  async load(paths: readonly string[]) {
    const missing = new Set<string>();
    for (const path of paths) for (const id of pathIds(path).slice(0, -1)) if (!this.names.has(id)) missing.add(id);
    if (missing.size === 0) return;
    const rows = await this.db
      .select({ id: places.id, name: places.name })
      .from(places)
      .where(inArray(places.id, [...missing]));
    for (const r of rows) this.names.set(r.id, r.name);
  }

  /** The full name of the place at `path` named `name`, once `load` has read its ancestors. */
  of(path: string, name: string) {
    const above = pathIds(path)
      .slice(0, -1)
      .map((id) => this.names.get(id))
      .filter((n) => n !== undefined);
    return [...above, name].join(' / ');
  }
}

/** Sends a started export as the download. */
export const sendWorkbook = (reply: FastifyReply, file: { stream: Readable; fileName: string }) =>
  reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', attachmentName(file.fileName))
    .send(file.stream);
