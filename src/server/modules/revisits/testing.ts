// Test fixtures for revisits: outcomes of township A carried out (a task set, done, accepted), the
// people around them, and helpers to upload photos and record revisits through the API.
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { expect } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type {
  DueRevisits as DueRevisitsSchema,
  OutcomeRevisits as OutcomeRevisitsSchema,
  RecordRevisitBody,
  RevisitPhoto as RevisitPhotoSchema,
} from '../../../shared/api/revisits';
import { outcomes } from '../../platform/db/schema';
import type { Agent, TestApp } from '../../testing/harness';
import { json } from '../../testing/harness';
import { multipartFile } from '../../testing/malformed-multipart';
import type { OutcomeDetail } from '../outcomes/testing';
import { sentOutcome, setTask, step, type TaskScene, taskScene } from '../tasks/testing';

export type OutcomeRevisits = Wire<typeof OutcomeRevisitsSchema>;
export type DueRevisits = Wire<typeof DueRevisitsSchema>;
export type RevisitPhoto = Wire<typeof RevisitPhotoSchema>;
export { fieldsOf, inDays, NO_SUCH, noticesOf } from '../tasks/testing';

/** An outcome of township A sent, its one task (to the district department) done and accepted: 已落实. */
export async function carriedOutOutcome(s: TaskScene) {
  const outcome: OutcomeDetail = await sentOutcome(s);
  const task = await setTask(s.liaison.agent, { outcomeId: outcome.id, ownerId: s.department.id });
  await step(s.department.agent, task.id, 'done');
  await step(s.liaison.agent, task.id, 'accept');
  return { outcome, task };
}

/** taskScene (township A's liaison, member, district leader and departments, township B's liaison …) and a carried-out outcome. */
export async function revisitScene(t: TestApp) {
  const s = await taskScene(t);
  return { ...s, carried: await carriedOutOutcome(s) };
}
export type RevisitScene = Awaited<ReturnType<typeof revisitScene>>;

/** Moves an outcome's review date, as time passing would. */
export async function setReviewDue(t: TestApp, outcomeId: string, at: Date | null) {
  await t.db.update(outcomes).set({ reviewDueAt: at }).where(eq(outcomes.id, outcomeId));
}

const GPS = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 0/1', GPSLongitudeRef: 'E' } };
/** A small PNG carrying where it was taken (which must never reach the disk). */
export const photo = (width = 60, height = 40) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .png()
    .withExif(GPS)
    .toBuffer();

/** Uploads a file as a revisit's photo; the response. */
export function uploadPhoto(by: Agent, outcomeId: string, content: Buffer, name = '现场.png') {
  const { payload, headers } = multipartFile(name, 'application/octet-stream', content);
  return by.request('POST', `/api/outcomes/${outcomeId}/revisit-photos`, payload, headers);
}

/** Uploads a photo that must be stored; its record. */
export async function uploaded(by: Agent, outcomeId: string) {
  const res = await uploadPhoto(by, outcomeId, await photo());
  expect(res.statusCode, res.body).toBe(201);
  return json<RevisitPhoto>(res);
}

type RecordBody = Wire<typeof RecordRevisitBody>;
/** A revisit that found all well, as the form sends it. */
export const allWell = (extra: Partial<RecordBody> = {}): RecordBody => ({
  visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
  findings: '水渠畅通，护坡完好',
  residentsView: '村民满意',
  isProblemBack: false,
  ...extra,
});

/** Records a revisit through the API; the response. */
export const record = (by: Agent, outcomeId: string, body: Partial<RecordBody>) =>
  by.post(`/api/outcomes/${outcomeId}/revisits`, body);
