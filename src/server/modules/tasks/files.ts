// Photos and documents of a task's reports: uploaded first, attached to the step that cites them
// (TaskActionBody.fileIds), swept after a day when no step ever did.
import { randomUUID } from 'node:crypto';
import { mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { taskFiles } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { photoFormatOf, reencodePhoto } from '../../platform/images';
import { fileMimeType } from '../consultations';
import { fileColumns } from './load';
import { canTask, taskAbilities } from './policy';
import { presentTaskFile } from './present';
import { findVisibleTask } from './queries';

/** How long an upload may wait for the step that attaches it. */
export const UNATTACHED_FILE_HOURS = 24;

const dirOf = (dataDir: string, taskId: string) => join(dataDir, 'files', 'tasks', taskId);
const pathOf = (dataDir: string, taskId: string, fileName: string) => join(dirOf(dataDir, taskId), fileName);

/** The task, if the actor may upload to it now: 404 unseen, 403 not theirs, 409 no step left to attach it to. */
export async function uploadableTask(ctx: Ctx, id: string) {
  const t = await findVisibleTask(ctx.db, ctx.actor, id);
  if (!t) throw notFound();
  if (!canTask(ctx.actor, 'upload', t)) throw forbidden();
  if (!taskAbilities(ctx.actor, t).upload) throw new AppError(409, 'action_not_allowed', { status: t.status });
  return t;
}

const PHOTO_FORMATS = new Set(['jpeg', 'png', 'webp']);

/**
 * What is stored of an upload: a photo (JPG, PNG, WebP, told by its first bytes) re-encoded as
 * JPEG without its metadata; a PDF or Office document as it came, its type told by its name and
 * confirmed by its first bytes; anything else is refused (400 on "file").
 */
async function storable(fileName: string, data: Buffer) {
  const format = photoFormatOf(data);
  if (format && PHOTO_FORMATS.has(format)) {
    const out = await reencodePhoto(data);
    const name = `${fileName.replace(/\.[^.]*$/, '') || 'photo'}.jpg`;
    return { isPhoto: true, data: out.data, mimeType: 'image/jpeg', originalName: name, ext: '.jpg' };
  }
  const mimeType = fileMimeType(fileName, data.subarray(0, 8));
  if (!mimeType || mimeType.startsWith('image/') || data.length === 0)
    throw new AppError(400, 'task_file_type', {}, [{ path: 'file', key: 'invalid_value' }]);
  return { isPhoto: false, data, mimeType, originalName: fileName, ext: '' };
}

/** Stores an upload for the task, unattached until a step cites it. */
export async function storeTaskFile(
  ctx: Ctx,
  dataDir: string,
  taskId: string,
  upload: { filename: string; data: Buffer },
) {
  const t = await uploadableTask(ctx, taskId); // again: the task may have moved while the upload came in
  const fileName = basename(upload.filename).trim().slice(0, 200) || 'file';
  const file = await storable(fileName, upload.data);
  const id = randomUUID();
  const stored = `${id}${file.ext}`;
  await mkdir(dirOf(dataDir, t.id), { recursive: true });
  await writeFile(pathOf(dataDir, t.id, stored), file.data);
  try {
    const [row] = await ctx.db
      .insert(taskFiles)
      .values({
        id,
        taskId: t.id,
        isPhoto: file.isPhoto,
        fileName: stored,
        originalName: file.originalName,
        mimeType: file.mimeType,
        bytes: file.data.length,
        uploadedById: ctx.actor.id,
      })
      .returning(fileColumns);
    if (!row) throw new Error('task file not inserted');
    return presentTaskFile(row);
  } catch (err) {
    await unlink(pathOf(dataDir, t.id, stored)).catch(() => {});
    throw err;
  }
}

/** A file for download: attached ones to anyone who sees the task, an unattached one to its uploader. */
export async function findTaskFile(ctx: Ctx, dataDir: string, taskId: string, fileId: string) {
  const t = await findVisibleTask(ctx.db, ctx.actor, taskId);
  if (!t) throw notFound();
  const [row] = await ctx.db
    .select({ ...fileColumns, fileName: taskFiles.fileName })
    .from(taskFiles)
    .where(
      and(
        eq(taskFiles.id, fileId),
        eq(taskFiles.taskId, t.id),
        or(sql`${taskFiles.eventId} is not null`, eq(taskFiles.uploadedById, ctx.actor.id)),
      ),
    );
  if (!row) throw notFound();
  return { ...row, path: pathOf(dataDir, t.id, row.fileName) };
}

/** Deletes uploads no step attached within a day: the rows, then their files. */
export async function sweepUnattachedTaskFiles(db: DbOrTx, dataDir: string) {
  const gone = await db
    .delete(taskFiles)
    .where(
      and(
        isNull(taskFiles.eventId),
        lt(taskFiles.createdAt, sql`now() - ${UNATTACHED_FILE_HOURS} * interval '1 hour'`),
      ),
    )
    .returning({ taskId: taskFiles.taskId, fileName: taskFiles.fileName });
  await Promise.all(gone.map((f) => rm(pathOf(dataDir, f.taskId, f.fileName), { force: true })));
  return gone.length;
}
