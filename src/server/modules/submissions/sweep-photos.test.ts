import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { submissionPhotos } from '../../platform/db/schema';
import { buildPlace } from '../../testing/factories';
import { Agent, startTestApp, type TestApp } from '../../testing/harness';
import { photoPath, storePhoto } from './photos';
import { sweepUnattachedPhotos } from './sweep-photos';

let t: TestApp;
const dataDir = mkdtempSync(join(tmpdir(), 'shangliang-sweep-'));
const png = () =>
  sharp({ create: { width: 20, height: 20, channels: 3, background: { r: 20, g: 90, b: 40 } } })
    .png()
    .toBuffer();
const fileOf = async (id: string) => {
  const [row] = await t.db
    .select()
    .from(submissionPhotos)
    .where(inArray(submissionPhotos.id, [id]));
  return row ? photoPath(dataDir, row.fileName) : undefined;
};

beforeAll(async () => {
  t = await startTestApp();
});

describe('unattached photos', () => {
  it('are deleted, row and file, a day after upload; attached and fresh ones stay', async () => {
    const place = await buildPlace(t.db, { kind: 'village' });
    const [stale, attached, fresh] = await Promise.all(
      [1, 2, 3].map(async () => (await storePhoto(t.db, dataDir, place.id, await png())).id),
    );
    const staleFile = await fileOf(stale as string);
    const res = await new Agent(t.app, {}, '127.40.0.1').post(`/api/public/places/${place.code}/submissions`, {
      content: '楼道里的灯坏了很久',
      photoIds: [attached],
    });
    expect(res.statusCode).toBe(201);
    await t.db
      .update(submissionPhotos)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(inArray(submissionPhotos.id, [stale as string, attached as string]));
    expect(existsSync(staleFile as string)).toBe(true);

    expect(await sweepUnattachedPhotos(t.db, dataDir)).toBeGreaterThanOrEqual(1);
    expect(await fileOf(stale as string)).toBeUndefined();
    expect(existsSync(staleFile as string)).toBe(false);
    for (const kept of [attached, fresh]) expect(existsSync((await fileOf(kept as string)) as string)).toBe(true);
  });
});
