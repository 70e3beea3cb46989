import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { TRAINING_LIMITS } from '../../../shared/api/trainings';
import type { Ctx } from '../../platform/context';
import { trainingFiles } from '../../platform/db/schema';
import { AppError, conflict, notFound } from '../../platform/errors';
import { auditTraining, onTraining, readable } from './access';
import { fileColumns } from './queries';
import { materialMimeType } from './rules';

const dirOf = (dataDir: string, trainingId: string) => join(dataDir, 'files', 'trainings', trainingId);
export const filePath = (dataDir: string, trainingId: string, storedName: string) =>
  join(dirOf(dataDir, trainingId), storedName);

/** Adds a material (PDF, Word, Excel, PowerPoint, JPG, PNG) to a session, up to TRAINING_LIMITS.files of them. */
export async function attachMaterial(
  ctx: Ctx,
  dataDir: string,
  id: string,
  upload: { fileName: string; data: Buffer },
) {
  const fileName = basename(upload.fileName).trim().slice(0, 200);
  const mimeType = materialMimeType(fileName, upload.data.subarray(0, 8));
  if (!mimeType || upload.data.length === 0)
    throw new AppError(400, 'training_file_type', {}, [{ path: 'file', key: 'invalid_value' }]);
  return onTraining(ctx, id, async (tx, t) => {
    const [held] = await tx.select({ n: count() }).from(trainingFiles).where(eq(trainingFiles.trainingId, t.id));
    if ((held?.n ?? 0) >= TRAINING_LIMITS.files)
      throw conflict('training_too_many_files', { max: TRAINING_LIMITS.files });
    const storedName = randomBytes(16).toString('hex');
    const path = filePath(dataDir, t.id, storedName);
    await mkdir(dirOf(dataDir, t.id), { recursive: true });
    await writeFile(path, upload.data);
    try {
      const [row] = await tx
        .insert(trainingFiles)
        .values({
          trainingId: t.id,
          fileName,
          storedName,
          mimeType,
          bytes: upload.data.length,
          uploadedById: ctx.actor.id,
        })
        .returning(fileColumns);
      if (!row) throw new Error('file not inserted');
      await auditTraining(tx, ctx, t, 'file.add', { after: row });
      return row;
    } catch (err) {
      await unlink(path).catch(() => {});
      throw err;
    }
  });
}

/** A material for download, to anyone who sees the session. */
export async function findMaterial(ctx: Ctx, dataDir: string, id: string, fileId: string) {
  const t = await readable(ctx, id);
  const [row] = await ctx.db
    .select({ ...fileColumns, storedName: trainingFiles.storedName })
    .from(trainingFiles)
    .where(and(eq(trainingFiles.id, fileId), eq(trainingFiles.trainingId, t.id)));
  if (!row) throw notFound();
  return { ...row, path: filePath(dataDir, t.id, row.storedName) };
}

/** Removes a material from the session and from the disk. */
export async function removeMaterial(ctx: Ctx, dataDir: string, id: string, fileId: string) {
  const removed = await onTraining(ctx, id, async (tx, t) => {
    const [row] = await tx
      .delete(trainingFiles)
      .where(and(eq(trainingFiles.id, fileId), eq(trainingFiles.trainingId, t.id)))
      .returning();
    if (!row) throw notFound();
    await auditTraining(tx, ctx, t, 'file.remove', { before: { ...row, storedName: undefined } });
    return row;
  });
  await unlink(filePath(dataDir, removed.trainingId, removed.storedName)).catch(() => {});
}
