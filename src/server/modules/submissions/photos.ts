import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DbOrTx } from '../../platform/db';
import { submissionPhotos } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { photoFormatOf, reencodePhoto } from '../../platform/images';

// the decoding is the platform's, shared with every other photo upload (one queue for the CPU)
export { type PhotoFormat, photoFormatOf, photoWork } from '../../platform/images';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export const photoDir = (dataDir: string) => join(dataDir, 'uploads', 'photos');
export const photoPath = (dataDir: string, fileName: string) => join(photoDir(dataDir), fileName);

/**
 * Stores a resident's photo: decoded and re-encoded as JPEG (turned upright first), so EXIF —
 * the location above all — never reaches the disk, and anything that is not an image is refused.
 */
export async function storePhoto(db: DbOrTx, dataDir: string, placeId: string, file: Buffer) {
  if (!photoFormatOf(file)) throw new AppError(415, 'photo_unsupported', {}, [], { field: 'file' });
  const out = await reencodePhoto(file);
  const id = randomUUID();
  const fileName = `${id}.jpg`;
  await mkdir(photoDir(dataDir), { recursive: true });
  await writeFile(photoPath(dataDir, fileName), out.data);
  await db.insert(submissionPhotos).values({
    id,
    placeId,
    fileName,
    bytes: out.info.size,
    width: out.info.width,
    height: out.info.height,
  });
  return { id };
}
