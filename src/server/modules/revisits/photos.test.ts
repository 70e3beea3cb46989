import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import { revisitPhotos } from '../../platform/db/schema';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { malformedUploads } from '../../testing/malformed-multipart';
import { sweepUnattachedRevisitPhotos } from './photos';
import {
  allWell,
  carriedOutOutcome,
  fieldsOf,
  type OutcomeRevisits,
  photo,
  type RevisitPhoto,
  type RevisitScene,
  record,
  revisitScene,
  uploaded,
  uploadPhoto,
} from './testing';

let t: TestApp;
let s: RevisitScene;
let outcomeId: string;

/** Where the app stored a revisit's photo: beside residents' photos, under its test data dir (a fresh temp dir per app). */
function storedPath(photoId: string) {
  const found = readdirSync(tmpdir())
    .filter((d) => d.startsWith('shangliang-test-'))
    .map((d) => join(tmpdir(), d, 'uploads', 'revisits', `${photoId}.jpg`))
    .find((p) => existsSync(p));
  if (!found) throw new Error('no stored photo');
  return found;
}

beforeAll(async () => {
  t = await startTestApp();
  s = await revisitScene(t);
  outcomeId = s.carried.outcome.id;
});

describe('POST /api/outcomes/:id/revisit-photos', () => {
  it('re-encodes the photo as JPEG without its location; shows it only to its uploader until a revisit cites it', async () => {
    const res = await uploadPhoto(s.liaison.agent, outcomeId, await photo(80, 50));
    expect(res.statusCode, res.body).toBe(201);
    const p = json<RevisitPhoto>(res);
    expect(p).toMatchObject({ width: 80, height: 50 });
    expect(p.url).toBe(`/api/outcomes/${outcomeId}/revisit-photos/${p.id}`);
    const stored = readFileSync(storedPath(p.id));
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(p.bytes).toBe(stored.length);

    const mine = await s.liaison.agent.get(p.url);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('image/jpeg');
    expect(mine.rawPayload.equals(stored)).toBe(true);
    expect((await s.member.agent.get(p.url)).statusCode).toBe(404); // not yet part of the record

    const r = json<OutcomeRevisits>(await record(s.liaison.agent, outcomeId, allWell({ photoIds: [p.id] })));
    expect(r.items[0]?.photos.map((x) => x.id)).toEqual([p.id]);
    for (const who of [s.member, s.leader]) expect((await who.agent.get(p.url)).statusCode).toBe(200);
    expect((await s.liaisonB.agent.get(p.url)).statusCode).toBe(404);
    expect((await s.department.agent.get(p.url)).statusCode).toBe(403);
    expect((await new Agent(t.app).get(p.url)).statusCode).toBe(401);
    expect((await s.liaison.agent.get(`/api/outcomes/${s.outcome.id}/revisit-photos/${p.id}`)).statusCode).toBe(404);
  });

  it('a photo is cited once: a second revisit cannot take it again', async () => {
    const { outcome } = await carriedOutOutcome(s);
    const p = await uploaded(s.liaison.agent, outcome.id);
    await s.liaison.agent.request('PUT', `/api/outcomes/${outcome.id}/review-date`, {
      reviewDueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect((await record(s.liaison.agent, outcome.id, allWell({ photoIds: [p.id] }))).statusCode).toBe(201);
    const again = await record(s.liaison.agent, outcome.id, allWell({ photoIds: [p.id] }));
    expect(again.statusCode).toBe(400);
    expect(fieldsOf(again.body)).toEqual(['photoIds']);
  });

  it('takes up to 10 MB (beyond the app’s 5 MB default); 413 past that', async () => {
    // a PNG whose pixels do not compress: over 5 MB on the wire, re-encoded much smaller
    const noise = await sharp(Buffer.from(Array.from({ length: 1400 * 1400 * 3 }, (_, i) => (i * 7919) % 251)), {
      raw: { width: 1400, height: 1400, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(5 * 1024 * 1024);
    const res = await uploadPhoto(s.liaison.agent, outcomeId, noise);
    expect(res.statusCode, res.body).toBe(201);
    expect(json<RevisitPhoto>(res)).toMatchObject({ width: 1400, height: 1400 });
    const tooBig = Buffer.concat([await photo(), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await uploadPhoto(s.liaison.agent, outcomeId, tooBig)).statusCode).toBe(413);
  });

  it('refuses what is not a photo (400 on file), and an upload without a file', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'red' } })
      .gif()
      .toBuffer();
    for (const [name, content] of [
      ['动图.gif', gif],
      ['说明.txt', Buffer.from('纯文本')],
      ['报告.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')],
    ] as const) {
      const res = await uploadPhoto(s.liaison.agent, outcomeId, content, name);
      expect(res.statusCode, name).toBe(400);
      expect(json<Wire<typeof ErrorBody>>(res)).toMatchObject({ code: 'revisit_photo_type' });
      expect(fieldsOf(res.body)).toEqual(['file']);
    }
    const broken = await uploadPhoto(s.liaison.agent, outcomeId, (await photo()).subarray(0, 60));
    expect(broken.statusCode).toBe(400);
    expect(json<Wire<typeof ErrorBody>>(broken).code).toBe('photo_invalid');
    const none = await s.liaison.agent.post(`/api/outcomes/${outcomeId}/revisit-photos`, {});
    expect(none.statusCode).toBe(400);
    expect(json<Wire<typeof ErrorBody>>(none).code).toBe('revisit_photo_missing');
    expect(fieldsOf(none.body)).toEqual(['file']);
  });

  it.each(Object.entries(malformedUploads(Buffer.from('%PNG'))))(
    'answers a broken upload (%s) with 400',
    async (_, broken) => {
      const res = await s.liaison.agent.request(
        'POST',
        `/api/outcomes/${outcomeId}/revisit-photos`,
        broken.payload,
        broken.headers,
      );
      expect(res.statusCode).toBe(400);
    },
  );

  it('answers 401, 404, 403 to those who do not record, 409 unless carried out', async () => {
    const png = await photo();
    expect((await uploadPhoto(new Agent(t.app), outcomeId, png)).statusCode).toBe(401);
    expect((await uploadPhoto(s.liaisonB.agent, outcomeId, png)).statusCode).toBe(404);
    for (const who of [s.member, s.leader, s.department])
      expect((await uploadPhoto(who.agent, outcomeId, png)).statusCode).toBe(403);
    const sent = await uploadPhoto(s.liaison.agent, s.outcome.id, png);
    expect(sent.statusCode).toBe(409);
    expect(json<Wire<typeof ErrorBody>>(sent).code).toBe('revisit_not_carried_out');
  });
});

describe('sweepUnattachedRevisitPhotos', () => {
  it('deletes uploads no revisit cited within a day, rows and files; keeps cited and recent ones', async () => {
    const districtLiaison = await buildAccount(t.app, t.db, { role: 'liaison', place: s.tree.district });
    const { outcome } = await carriedOutOutcome(s);
    const up = () => uploaded(districtLiaison.agent, outcome.id);
    const [stale, recent, cited] = [await up(), await up(), await up()];
    await record(districtLiaison.agent, outcome.id, allWell({ photoIds: [cited.id] }));
    await t.db
      .update(revisitPhotos)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(sql`${revisitPhotos.id} in (${stale.id}, ${cited.id})`);
    const stalePath = storedPath(stale.id);
    const dataDir = stalePath.replace(/\/uploads\/revisits\/[^/]+$/, '');
    const gone = await sweepUnattachedRevisitPhotos(t.db, dataDir);
    expect(gone).toBeGreaterThanOrEqual(1);
    const left = await t.db
      .select({ id: revisitPhotos.id })
      .from(revisitPhotos)
      .where(eq(revisitPhotos.outcomeId, outcome.id));
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, cited.id].sort());
    expect(existsSync(stalePath)).toBe(false);
    for (const p of [recent, cited]) expect(existsSync(storedPath(p.id))).toBe(true);
  });
});
