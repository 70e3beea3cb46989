import { rm } from 'node:fs/promises';
import { and, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { submissionPhotos } from '../../platform/db/schema';
import type { Job } from '../../platform/jobs';
import { photoPath } from './photos';
import { reindexTermsJob } from './text-index';

/** How long an uploaded photo may wait to be attached to a submission. */
export const UNATTACHED_PHOTO_HOURS = 24;

/**
 * Deletes photos uploaded more than a day ago and never attached to a submission: the rows, then
 * their files. A submission attaching one meanwhile finds it gone and is refused (photo_invalid),
 * so no submission points at a deleted file.
 */
export async function sweepUnattachedPhotos(db: DbOrTx, dataDir: string) {
  const gone = await db
    .delete(submissionPhotos)
    .where(
      and(
        isNull(submissionPhotos.submissionId),
        lt(submissionPhotos.createdAt, sql`now() - ${UNATTACHED_PHOTO_HOURS} * interval '1 hour'`),
      ),
    )
    .returning({ fileName: submissionPhotos.fileName });
  await Promise.all(gone.map((p) => rm(photoPath(dataDir, p.fileName), { force: true })));
  return gone.length;
}

/** This module's periodic jobs. */
export const submissionJobs = (dataDir: string): Job[] => [
  { name: 'sweep-unattached-photos', everyMs: 3600_000, run: (tx) => sweepUnattachedPhotos(tx, dataDir) },
  reindexTermsJob,
];
