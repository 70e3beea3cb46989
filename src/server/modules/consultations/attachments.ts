import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { consultationFiles } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import { auditConsultation, readable, writeRecord } from './access';
import { fileMimeType } from './rules';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const dirOf = (dataDir: string, consultationId: string) => join(dataDir, 'files', 'consultations', consultationId);
export const filePath = (dataDir: string, consultationId: string, storedName: string) =>
  join(dirOf(dataDir, consultationId), storedName);

const fileColumns = {
  id: consultationFiles.id,
  fileName: consultationFiles.fileName,
  mimeType: consultationFiles.mimeType,
  bytes: consultationFiles.bytes,
  createdAt: consultationFiles.createdAt,
};

/** Attaches a document or photo (PDF, Word, Excel, JPG, PNG; ≤ 5 MB) to the record. */
export async function attachFile(ctx: Ctx, dataDir: string, id: string, upload: { fileName: string; data: Buffer }) {
  const fileName = basename(upload.fileName).trim().slice(0, 200);
  const mimeType = fileMimeType(fileName, upload.data.subarray(0, 8));
  if (!mimeType || upload.data.length === 0)
    throw new AppError(400, 'consultation_file_type', {}, [{ path: 'file', key: 'invalid_value' }]);
  if (upload.data.length > MAX_FILE_BYTES) throw new AppError(413, 'payload_too_large');
  return writeRecord(ctx, id, async (tx, c) => {
    const storedName = randomBytes(16).toString('hex');
    const path = filePath(dataDir, c.id, storedName);
    await mkdir(dirOf(dataDir, c.id), { recursive: true });
    await writeFile(path, upload.data);
    try {
      const [row] = await tx
        .insert(consultationFiles)
        .values({
          consultationId: c.id,
          fileName,
          storedName,
          mimeType,
          bytes: upload.data.length,
          uploadedById: ctx.actor.id,
        })
        .returning(fileColumns);
      if (!row) throw new Error('file not inserted');
      await auditConsultation(tx, ctx, c, 'file.add', { after: row });
      return row;
    } catch (err) {
      await unlink(path).catch(() => {});
      throw err;
    }
  });
}

/** An attachment for download, to anyone who can see the consultation. */
export async function findFile(ctx: Ctx, dataDir: string, id: string, fileId: string) {
  const c = await readable(ctx, id);
  const [row] = await ctx.db
    .select({ ...fileColumns, storedName: consultationFiles.storedName })
    .from(consultationFiles)
    .where(and(eq(consultationFiles.id, fileId), eq(consultationFiles.consultationId, c.id)));
  if (!row) throw notFound();
  return { ...row, path: filePath(dataDir, c.id, row.storedName) };
}

/** Removes an attachment from the record and from the disk. */
export async function removeFile(ctx: Ctx, dataDir: string, id: string, fileId: string) {
  const removed = await writeRecord(ctx, id, async (tx, c) => {
    const [row] = await tx
      .delete(consultationFiles)
      .where(and(eq(consultationFiles.id, fileId), eq(consultationFiles.consultationId, c.id)))
      .returning();
    if (!row) throw notFound();
    await auditConsultation(tx, ctx, c, 'file.remove', { before: { ...row, storedName: undefined } });
    return row;
  });
  await unlink(filePath(dataDir, removed.consultationId, removed.storedName)).catch(() => {});
}
