import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { assertStorable } from './input-guard';

export type Upload = { filename: string; mimetype: string; data: Buffer };

/**
 * The file of a multipart upload, read whole, or undefined when none was sent. A broken upload —
 * no boundary, a part cut off — answers 400 upload_malformed and a file over `maxBytes` 413; a
 * file name or text field PostgreSQL cannot store answers 400, as JSON does through the input guard.
 */
export async function readUpload(req: FastifyRequest, maxBytes?: number): Promise<Upload | undefined> {
  if (!req.isMultipart()) return undefined;
  let file: MultipartFile | undefined;
  let data: Buffer;
  try {
    file = await req.file(maxBytes ? { limits: { fileSize: maxBytes } } : undefined);
    if (!file) return undefined;
    data = await file.toBuffer();
  } catch (err) {
    throw asUploadError(err);
  }
  const text: Record<string, unknown> = { [file.fieldname]: file.filename };
  for (const [name, field] of Object.entries(file.fields)) {
    const values = [field].flat().flatMap((f) => (f?.type === 'field' ? [f.value] : []));
    if (values.length > 0) text[name] = values;
  }
  assertStorable(text);
  return { filename: file.filename, mimetype: file.mimetype, data };
}

function asUploadError(err: unknown) {
  if (err instanceof AppError) return err;
  // too large: the error handler's payload_too_large; anything else busboy threw is a broken body
  if ((err as { statusCode?: number }).statusCode === 413) return err;
  return new AppError(400, 'upload_malformed', {}, [], { field: 'file' });
}
