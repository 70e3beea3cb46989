import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import type { DbOrTx } from '../../platform/db';
import { submissionPhotos } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
const MAX_SIDE = 2048;

export const photoDir = (dataDir: string) => join(dataDir, 'uploads', 'photos');
export const photoPath = (dataDir: string, fileName: string) => join(photoDir(dataDir), fileName);

/**
 * Stores a resident's photo: decoded and re-encoded as JPEG (turned upright first), so EXIF —
 * the location above all — never reaches the disk, and anything that is not an image is refused.
 */
export async function storePhoto(db: DbOrTx, dataDir: string, placeId: string, file: Buffer) {
  let out: { data: Buffer; info: OutputInfo };
  try {
    out = await sharp(file, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new AppError(400, 'photo_invalid', {}, [], { field: 'file' });
  }
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
