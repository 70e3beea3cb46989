// Files attached to a record — a consultation's 附件, a training's 课件: one row a file in the
// record's `<noun>_files` table, the bytes under DATA_DIR/files/<folder>/<record id>/ by a random name.
// The module says who may read and write the record, how its changes are audited, and which types,
// sizes and counts it takes; this keeps the rows and the disk in step.
import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { and, asc, count, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ErrorCode } from '../../shared/error-messages';
import type { Ctx } from './context';
import type { DbOrTx, Tx } from './db';
import { AppError, conflict, notFound } from './errors';

/** Documents and photos by extension, each confirmed by the file's first bytes. */
export const DOCUMENT_TYPES = {
  pdf: { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  doc: { mime: 'application/msword', magic: [0xd0, 0xcf, 0x11, 0xe0] }, // OLE2
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [0x50, 0x4b] },
  xls: { mime: 'application/vnd.ms-excel', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [0x50, 0x4b] }, // zip
  ppt: { mime: 'application/vnd.ms-powerpoint', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: [0x50, 0x4b] },
  jpg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  png: { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
} as const satisfies Record<string, { mime: string; magic: readonly number[] }>;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

/** The MIME type of a file of one of `types`, or null when its name or its first bytes are not one of them. */
export function documentMimeType(types: readonly DocumentType[], fileName: string, head: Uint8Array): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (!fileName.includes('.') || !(types as readonly string[]).includes(ext)) return null;
  const type = DOCUMENT_TYPES[ext as DocumentType];
  return type.magic.every((b, i) => head[i] === b) ? type.mime : null;
}

/** The columns every `<noun>_files` table has, besides the one naming its record. */
type FileTable = PgTable & {
  id: AnyPgColumn<{ data: string; notNull: true }>;
  fileName: AnyPgColumn<{ data: string; notNull: true }>;
  storedName: AnyPgColumn<{ data: string; notNull: true }>;
  mimeType: AnyPgColumn<{ data: string; notNull: true }>;
  bytes: AnyPgColumn<{ data: number; notNull: true }>;
  uploadedById: AnyPgColumn<{ data: string }>;
  createdAt: AnyPgColumn<{ data: Date; notNull: true }>;
};

/** A stored file as its record shows it. */
export type AttachedFile = { id: string; fileName: string; mimeType: string; bytes: number; createdAt: Date };

/** The record files are attached to, as the module loads it. */
type Owner = { id: string };
type Audit<R> = (
  tx: Tx,
  ctx: Ctx,
  record: R,
  what: 'file.add' | 'file.remove',
  change: { before?: unknown; after?: unknown },
) => Promise<unknown>;

export type AttachmentSpec<T extends FileTable, R extends Owner> = {
  table: T;
  /** The column naming the record a file belongs to (`training_id`). */
  recordId: AnyPgColumn<{ data: string; notNull: true }>;
  /** The folder under DATA_DIR/files: the module's noun (`trainings`). */
  folder: string;
  types: readonly DocumentType[];
  maxBytes: number;
  /** How many files one record may hold, and the 409's code past it. */
  maxFiles?: { count: number; code: ErrorCode };
  /** The 400's code for a type not taken (or a file with no bytes). */
  typeCode: ErrorCode;
  /** The row's values naming its record: `{ trainingId: id }`. */
  recordValues: (recordId: string) => Partial<T['$inferInsert']>;
  /** The record, for reading (404 where the viewer does not see it). */
  readable: (ctx: Ctx, id: string) => Promise<R>;
  /** A change to the record in one transaction holding it (404 unseen, 403 not theirs, 409 closed). */
  write: <V>(ctx: Ctx, id: string, fn: (tx: Tx, record: R) => Promise<V>) => Promise<V>;
  audit: Audit<R>;
};

/** Attaching, finding, listing and removing the files of one kind of record. */
export function attachmentStore<T extends FileTable, R extends Owner>(spec: AttachmentSpec<T, R>) {
  const { table } = spec;
  // the table as a plain source to select from (drizzle cannot tell a generic table from a subquery)
  const source: PgTable = table;
  const columns = {
    id: table.id,
    fileName: table.fileName,
    mimeType: table.mimeType,
    bytes: table.bytes,
    createdAt: table.createdAt,
  };
  const dirOf = (dataDir: string, recordId: string) => join(dataDir, 'files', spec.folder, recordId);
  const pathOf = (dataDir: string, recordId: string, storedName: string) => join(dirOf(dataDir, recordId), storedName);
  const one = (recordId: string, fileId: string) => and(eq(table.id, fileId), eq(spec.recordId, recordId));

  return {
    /** Where a stored file's bytes lie (`DATA_DIR/files/<folder>/<record>/<stored name>`). */
    pathOf,

    /** A record's files, oldest first. */
    list: (db: DbOrTx, recordId: string): Promise<AttachedFile[]> =>
      db.select(columns).from(source).where(eq(spec.recordId, recordId)).orderBy(asc(table.createdAt), asc(table.id)),

    /** Stores an upload on the record: its type checked by name and first bytes, its size and the count. */
    async attach(ctx: Ctx, dataDir: string, id: string, upload: { fileName: string; data: Buffer }) {
      const fileName = basename(upload.fileName).trim().slice(0, 200);
      const mimeType = documentMimeType(spec.types, fileName, upload.data.subarray(0, 8));
      if (!mimeType || upload.data.length === 0)
        throw new AppError(400, spec.typeCode, {}, [{ path: 'file', key: 'invalid_value' }]);
      if (upload.data.length > spec.maxBytes) throw new AppError(413, 'payload_too_large');
      return spec.write(ctx, id, async (tx, record) => {
        if (spec.maxFiles) {
          const [held] = await tx.select({ n: count() }).from(source).where(eq(spec.recordId, record.id));
          if ((held?.n ?? 0) >= spec.maxFiles.count) throw conflict(spec.maxFiles.code, { max: spec.maxFiles.count });
        }
        const storedName = randomBytes(16).toString('hex');
        const path = pathOf(dataDir, record.id, storedName);
        await mkdir(dirOf(dataDir, record.id), { recursive: true });
        await writeFile(path, upload.data);
        try {
          const values = {
            ...spec.recordValues(record.id),
            fileName,
            storedName,
            mimeType,
            bytes: upload.data.length,
            uploadedById: ctx.actor.id,
          } as T['$inferInsert'];
          const [row] = (await tx.insert(table).values(values).returning(columns)) as AttachedFile[];
          if (!row) throw new Error('file not inserted');
          await spec.audit(tx, ctx, record, 'file.add', { after: row });
          return row;
        } catch (err) {
          await unlink(path).catch(() => {});
          throw err;
        }
      });
    },

    /** A file for download, to anyone who sees the record, with where its bytes are. */
    async find(ctx: Ctx, dataDir: string, id: string, fileId: string) {
      const record = await spec.readable(ctx, id);
      const [row] = await ctx.db
        .select({ ...columns, storedName: table.storedName })
        .from(source)
        .where(one(record.id, fileId));
      if (!row) throw notFound();
      return { ...row, path: pathOf(dataDir, record.id, row.storedName) };
    },

    /** Removes a file from the record and from the disk. */
    async remove(ctx: Ctx, dataDir: string, id: string, fileId: string) {
      const removed = await spec.write(ctx, id, async (tx, record) => {
        const [row] = (await tx.delete(table).where(one(record.id, fileId)).returning()) as Record<string, unknown>[];
        if (!row) throw notFound();
        await spec.audit(tx, ctx, record, 'file.remove', { before: { ...row, storedName: undefined } });
        return { recordId: record.id, storedName: String(row.storedName) };
      });
      await unlink(pathOf(dataDir, removed.recordId, removed.storedName)).catch(() => {});
    },
  };
}
