// The demo's training materials (课件): a file kept under the data directory and its row, as
// attaching one from the page keeps them — the same place, name and type check.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DbOrTx } from '../../platform/db';
import { trainingFiles } from '../../platform/db/schema';
import { materials } from './files';
import { materialMimeType } from './rules';

type DemoMaterial = { trainingId: string; fileName: string; data: Buffer; uploadedById: string | null; at: Date };

/** Stores one material of a session (a PDF, Word, … file, by its name and first bytes). */
export async function seedDemoMaterial(tx: DbOrTx, dataDir: string, m: DemoMaterial) {
  const mimeType = materialMimeType(m.fileName, m.data.subarray(0, 8));
  if (!mimeType) throw new Error(`demo: ${m.fileName} is not a material`);
  const storedName = randomBytes(16).toString('hex');
  const path = materials.pathOf(dataDir, m.trainingId, storedName);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, m.data);
  await tx.insert(trainingFiles).values({
    trainingId: m.trainingId,
    fileName: m.fileName,
    storedName,
    mimeType,
    bytes: m.data.length,
    uploadedById: m.uploadedById,
    createdAt: m.at,
  });
}
