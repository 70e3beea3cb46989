// Photos of a revisit (回头看): uploaded first, re-encoded like every photo people upload, attached
// to the revisit that cites them (RecordRevisitBody.photoIds), swept after a day when none did.
import { randomUUID } from 'node:crypto';
import { mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { revisitPhotos } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { photoFormatOf, reencodePhoto } from '../../platform/images';
import type { Job } from '../../platform/jobs';
import { findVisibleOutcome } from '../outcomes';
import { canRevisit } from './policy';
import { photoColumns, presentPhoto } from './queries';
import { isRevisitable } from './rules';

/** How long an upload may wait for the revisit that cites it. */
export const UNATTACHED_PHOTO_HOURS = 24;

// beside residents' photos (uploads/photos), in the folders a backup takes
const dirOf = (dataDir: string) => join(dataDir, 'uploads', 'revisits');
const pathOf = (dataDir: string, fileName: string) => join(dirOf(dataDir), fileName);

const PHOTO_FORMATS = new Set(['jpeg', 'png', 'webp']);

/** The outcome, if the actor may upload a revisit's photo to it now: 404 unseen, 403 not theirs, 409 not carried out. */
export async function photoOutcome(ctx: Ctx, outcomeId: string) {
  const o = await findVisibleOutcome(ctx.db, ctx.actor, outcomeId);
  if (!o) throw notFound();
  if (!canRevisit(ctx.actor, 'record', o)) throw forbidden();
  if (!isRevisitable(o.status)) throw new AppError(409, 'revisit_not_carried_out', { status: o.status });
  return o;
}

/**
 * Stores a revisit's photo (JPG, PNG, WebP, told by its first bytes) re-encoded as JPEG without its
 * metadata, unattached until a revisit cites it; anything else is refused (400 on "file").
 */
export async function storeRevisitPhoto(ctx: Ctx, dataDir: string, outcomeId: string, data: Buffer) {
  const o = await photoOutcome(ctx, outcomeId); // again: the outcome may have moved while the upload came in
  const format = photoFormatOf(data);
  if (!format || !PHOTO_FORMATS.has(format))
    throw new AppError(400, 'revisit_photo_type', {}, [{ path: 'file', key: 'invalid_value' }]);
  const out = await reencodePhoto(data);
  const id = randomUUID();
  const fileName = `${id}.jpg`;
  await mkdir(dirOf(dataDir), { recursive: true });
  await writeFile(pathOf(dataDir, fileName), out.data);
  try {
    const [row] = await ctx.db
      .insert(revisitPhotos)
      .values({
        id,
        outcomeId: o.id,
        fileName,
        bytes: out.info.size,
        width: out.info.width,
        height: out.info.height,
        uploadedById: ctx.actor.id,
      })
      .returning(photoColumns);
    if (!row) throw new Error('revisit photo not inserted');
    return presentPhoto(row);
  } catch (err) {
    await unlink(pathOf(dataDir, fileName)).catch(() => {});
    throw err;
  }
}

/** A photo to show: attached ones to anyone who reads the outcome's revisits, an unattached one to its uploader. */
export async function findRevisitPhoto(ctx: Ctx, dataDir: string, outcomeId: string, photoId: string) {
  const o = await findVisibleOutcome(ctx.db, ctx.actor, outcomeId);
  if (!o) throw notFound();
  if (!canRevisit(ctx.actor, 'read', o)) throw forbidden();
  const [row] = await ctx.db
    .select({ fileName: revisitPhotos.fileName })
    .from(revisitPhotos)
    .where(
      and(
        eq(revisitPhotos.id, photoId),
        eq(revisitPhotos.outcomeId, o.id),
        or(sql`${revisitPhotos.revisitId} is not null`, eq(revisitPhotos.uploadedById, ctx.actor.id)),
      ),
    );
  if (!row) throw notFound();
  return pathOf(dataDir, row.fileName);
}

/** Deletes uploads no revisit cited within a day: the rows, then their files. */
export async function sweepUnattachedRevisitPhotos(db: DbOrTx, dataDir: string) {
  const gone = await db
    .delete(revisitPhotos)
    .where(
      and(
        isNull(revisitPhotos.revisitId),
        lt(revisitPhotos.createdAt, sql`now() - ${UNATTACHED_PHOTO_HOURS} * interval '1 hour'`),
      ),
    )
    .returning({ fileName: revisitPhotos.fileName });
  await Promise.all(gone.map((p) => rm(pathOf(dataDir, p.fileName), { force: true })));
  return gone.length;
}

/** This module's periodic job: the unattached photos' sweep, hourly. */
export const revisitJobs = (dataDir: string): Job[] => [
  {
    name: 'sweep-unattached-revisit-photos',
    everyMs: 3600_000,
    run: (tx) => sweepUnattachedRevisitPhotos(tx, dataDir),
  },
];
