import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';

export const FORMAT = 'shangliang-backup';
export const FORMAT_VERSION = 1;

/**
 * The data directory's folders of uploaded files, beside the database: residents' photos
 * (`uploads/photos`, submissions/photos.ts) and consultation files (`files/consultations`,
 * consultations/attachments.ts). A new kind of upload stored elsewhere must be added here.
 */
export const FILE_DIRS = ['uploads', 'files'] as const;

/** A refusal or a damaged archive: the message says what is wrong and what to do. */
export class BackupError extends Error {}

const TableName = z.string().regex(/^[a-z_][a-z0-9_]*$/);

export const Manifest = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: z.string(),
  driver: z.enum(['pglite', 'postgres']),
  migration: z.object({ tag: z.string(), when: z.number().int() }),
  // sha-256 of the SECRET under a label: says whether phone numbers will decrypt, never the key
  secretCheck: z.string(),
  tables: z.array(
    z.object({ name: TableName, columns: z.array(z.string()), rows: z.number().int().min(0), sha256: z.string() }),
  ),
  sequences: z.array(z.object({ name: TableName, value: z.string().nullable() })),
  files: z.object({ count: z.number().int().min(0), bytes: z.number().int().min(0) }),
});
export type Manifest = z.infer<typeof Manifest>;

export const secretCheck = (secret: string) => createHash('sha256').update(`shangliang:backup:${secret}`).digest('hex');

export const tableFile = (root: string, table: string) => join(root, 'tables', `${table}.jsonl`);

/** Rows and sha-256 of a table file, read as a stream. */
export async function digestTableFile(path: string) {
  const hash = createHash('sha256');
  let rows = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    hash.update(`${line}\n`);
    rows++;
  }
  return { rows, sha256: hash.digest('hex') };
}

/** Number and total size of the files beneath `root` (symbolic links followed). */
export async function countFiles(root: string) {
  let count = 0;
  let bytes = 0;
  const entries = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  for (const entry of entries) {
    const s = await stat(join(root, entry));
    if (!s.isFile()) continue;
    count++;
    bytes += s.size;
  }
  return { count, bytes };
}
