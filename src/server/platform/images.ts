// Photos people upload (a resident's, a unit's progress report): told by their first bytes and
// re-encoded as JPEG, so that EXIF — the location above all — never reaches the disk.
import { availableParallelism } from 'node:os';
import sharp, { type OutputInfo } from 'sharp';
import { AppError } from './errors';
import { WorkQueue } from './work-queue';

/**
 * Decoding photos is the heaviest work anyone can ask for (a 2048² noise JPEG costs a quarter of
 * a CPU-second even without mozjpeg). One photo per two cores at a time keeps the rest of the CPU
 * and libuv's four threads for every other request; sixteen more may wait (at most 8 MB each, a
 * few seconds' work), and past that the uploader is told to retry in a few seconds (503): the
 * server, not the uploader, is over its limit, so not 429. Every upload of a photo shares it.
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
 * The photo formats we take (JPG, PNG, WebP, HEIC), told by the file's first bytes, never by its
 * name or declared type: an SVG (a script-bearing document) or a GIF never reaches the decoder.
 */
export function photoFormatOf(file: Buffer): PhotoFormat | undefined {
  if (file[0] === 0xff && file[1] === 0xd8 && file[2] === 0xff) return 'jpeg';
  if (file.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (file.toString('latin1', 0, 4) === 'RIFF' && file.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (file.toString('latin1', 4, 8) === 'ftyp' && HEIC_BRANDS.has(file.toString('latin1', 8, 12))) return 'heic';
  return undefined;
}

const MAX_SIDE = 2048;

/**
 * The photo decoded and re-encoded as JPEG (turned upright first, at most 2048 px a side), in
 * the shared work queue; 400 photo_invalid (on the field "file") when it does not decode.
 */
export async function reencodePhoto(file: Buffer): Promise<{ data: Buffer; info: OutputInfo }> {
  return photoWork.run(async () => {
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
  });
}
