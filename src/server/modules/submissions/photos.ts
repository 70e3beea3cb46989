import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import type { DbOrTx } from '../../platform/db';
import { submissionPhotos } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { WorkQueue } from '../../platform/work-queue';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
const MAX_SIDE = 2048;

export const photoDir = (dataDir: string) => join(dataDir, 'uploads', 'photos');
export const photoPath = (dataDir: string, fileName: string) => join(photoDir(dataDir), fileName);

/**
 * Decoding photos is the heaviest work a resident can ask for (a 2048² noise JPEG costs a quarter of
 * a CPU-second even without mozjpeg). One photo per two cores at a time keeps the rest of the CPU
 * and libuv's four threads for every other request; sixteen more may wait (at most 8 MB each, a
 * few seconds' work), and past that the resident is told to retry in a few seconds (503): the
 * server, not the resident, is over its limit, so not 429.
 */
export const photoWork = new WorkQueue({
  concurrency: Math.max(1, Math.floor(availableParallelism() / 2)),
  maxWaiting: 16,
  retryAfterSeconds: 5,
});

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'heic';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// ISO-BMFF brands of HEIF images as phones write them (HEIC on iPhones, mif1 elsewhere)
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/**
 * The formats the residents' page promises (JPG, PNG, WebP, HEIC), told by the file's first bytes,
 * never by its name or declared type: an SVG (a script-bearing document) or a GIF never reaches
 * the decoder.
 */
export function photoFormatOf(file: Buffer): PhotoFormat | undefined {
  if (file[0] === 0xff && file[1] === 0xd8 && file[2] === 0xff) return 'jpeg';
  if (file.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (file.toString('latin1', 0, 4) === 'RIFF' && file.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (file.toString('latin1', 4, 8) === 'ftyp' && HEIC_BRANDS.has(file.toString('latin1', 8, 12))) return 'heic';
  return undefined;
}

/**
 * Stores a resident's photo: decoded and re-encoded as JPEG (turned upright first), so EXIF —
 * the location above all — never reaches the disk, and anything that is not an image is refused.
 */
export async function storePhoto(db: DbOrTx, dataDir: string, placeId: string, file: Buffer) {
  if (!photoFormatOf(file)) throw new AppError(415, 'photo_unsupported', {}, [], { field: 'file' });
  const out = await photoWork.run(() => reencode(file));
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

async function reencode(file: Buffer): Promise<{ data: Buffer; info: OutputInfo }> {
  try {
    return await sharp(file, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .timeout({ seconds: 15 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new AppError(400, 'photo_invalid', {}, [], { field: 'file' });
  }
}
