import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { TaskFile } from '../../../shared/api/tasks';
import { taskFiles } from '../../platform/db/schema';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { malformedUploads, multipartFile } from '../../testing/malformed-multipart';
import { sweepUnattachedTaskFiles } from './files';
import { fieldsOf, setTask, step, type TaskDetail, type TaskScene, taskScene } from './testing';

type File = Wire<typeof TaskFile>;
// 北纬 39°54′: where the photo was taken, which must never reach the disk
const GPS = { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 0/1', GPSLongitudeRef: 'E' } };
const PDF = Buffer.from('%PDF-1.4\n% 进展报告\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

let t: TestApp;
let s: TaskScene;
let task: TaskDetail;

const upload = (by: Agent, id: string, name: string, content: Buffer) => {
  const { payload, headers } = multipartFile(name, 'application/octet-stream', content);
  return by.request('POST', `/api/tasks/${id}/files`, payload, headers);
};
const photo = () =>
  sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .png()
    .withExif(GPS)
    .toBuffer();
/** Where the app stored a task's files: under its test data dir (a fresh temp dir per app). */
function storedDir(taskId: string) {
  const found = readdirSync(tmpdir())
    .filter((d) => d.startsWith('shangliang-test-'))
    .map((d) => join(tmpdir(), d, 'files', 'tasks', taskId))
    .find((d) => existsSync(d));
  if (!found) throw new Error('no stored files');
  return found;
}

beforeAll(async () => {
  t = await startTestApp();
  s = await taskScene(t);
  task = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
});

describe('POST /api/tasks/:id/files', () => {
  it('re-encodes a photo as JPEG without its location; shows it only to its uploader until a step cites it', async () => {
    const res = await upload(s.department.agent, task.id, '现场.png', await photo());
    expect(res.statusCode, res.body).toBe(201);
    const file = json<File>(res);
    expect(file).toMatchObject({ isPhoto: true, mimeType: 'image/jpeg', originalName: '现场.jpg' });
    expect(file.url).toBe(`/api/tasks/${task.id}/files/${file.id}`);
    const stored = readFileSync(join(storedDir(task.id), `${file.id}.jpg`));
    expect((await sharp(stored).metadata()).exif).toBeUndefined();

    const mine = await s.department.agent.get(file.url);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('image/jpeg');
    expect((await s.liaison.agent.get(file.url)).statusCode).toBe(404); // not yet part of the record

    // the liaison cannot cite another person's upload
    const theirs = await step(s.liaison.agent, task.id, 'urge', { note: '请报送进展' });
    expect(theirs.files).toEqual([]);
    const stolen = await s.liaison.agent.post(`/api/tasks/${task.id}/actions`, {
      action: 'progress',
      note: '代报',
      fileIds: [file.id],
    });
    expect(fieldsOf(stolen.body)).toEqual(['fileIds']);

    const reported = await step(s.department.agent, task.id, 'progress', { note: '现场已清理', fileIds: [file.id] });
    expect(reported.events.at(-1)?.files.map((f) => f.id)).toEqual([file.id]);
    expect(reported.files.map((f) => f.id)).toEqual([file.id]);
    for (const who of [s.liaison, s.member]) expect((await who.agent.get(file.url)).statusCode).toBe(200);
    for (const who of [s.liaisonB, s.department2]) expect((await who.agent.get(file.url)).statusCode).toBe(404);
    expect((await new Agent(t.app).get(file.url)).statusCode).toBe(401);
    // cited once: a second step cannot take it again
    const again = await s.department.agent.post(`/api/tasks/${task.id}/actions`, {
      action: 'progress',
      note: '再次引用',
      fileIds: [file.id],
    });
    expect(fieldsOf(again.body)).toEqual(['fileIds']);
  });

  it('stores a PDF as it came, up to 10 MB (beyond the app’s 5 MB default); 413 past that', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    const res = await upload(s.liaison.agent, task.id, '验收报告.pdf', big);
    expect(res.statusCode, res.body).toBe(201);
    const file = json<File>(res);
    expect(file).toMatchObject({ isPhoto: false, mimeType: 'application/pdf', originalName: '验收报告.pdf' });
    expect(file.bytes).toBe(big.length);
    const down = await s.liaison.agent.get(file.url);
    expect(down.rawPayload.equals(big)).toBe(true);
    expect(down.headers['content-disposition']).toContain(encodeURIComponent('验收报告.pdf'));
    const tooBig = await upload(
      s.liaison.agent,
      task.id,
      'big.pdf',
      Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(tooBig.statusCode).toBe(413);
  });

  it('refuses what is neither a photo nor a document, and an upload without a file (400 on file)', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'red' } })
      .gif()
      .toBuffer();
    for (const [name, content] of [
      ['动图.gif', gif],
      ['说明.txt', Buffer.from('纯文本')],
      ['伪装.pdf', Buffer.from('not a pdf at all')],
    ] as const) {
      const res = await upload(s.department.agent, task.id, name, content);
      expect(res.statusCode, name).toBe(400);
      expect(json<Wire<typeof ErrorBody>>(res)).toMatchObject({ code: 'task_file_type' });
      expect(fieldsOf(res.body)).toEqual(['file']);
    }
    const none = await s.department.agent.post(`/api/tasks/${task.id}/files`, {});
    expect(none.statusCode).toBe(400);
    expect(fieldsOf(none.body)).toEqual(['file']);
  });

  it.each(Object.entries(malformedUploads(PDF)))('answers a broken upload (%s) with 400', async (_, broken) => {
    const res = await s.department.agent.request('POST', `/api/tasks/${task.id}/files`, broken.payload, broken.headers);
    expect(res.statusCode).toBe(400);
  });

  it('answers 401, 404, 403, and 409 when the uploader has no step left to take', async () => {
    expect((await upload(new Agent(t.app), task.id, 'a.pdf', PDF)).statusCode).toBe(401);
    expect((await upload(s.liaisonB.agent, task.id, 'a.pdf', PDF)).statusCode).toBe(404);
    expect((await upload(s.member.agent, task.id, 'a.pdf', PDF)).statusCode).toBe(403);
    const finished = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
    await step(s.department.agent, finished.id, 'done');
    expect((await upload(s.department.agent, finished.id, 'a.pdf', PDF)).statusCode).toBe(409);
    expect((await upload(s.liaison.agent, finished.id, 'a.pdf', PDF)).statusCode).toBe(201); // to cite in 验收
  });
});

describe('sweepUnattachedTaskFiles', () => {
  it('deletes uploads no step cited within a day, rows and files; keeps cited ones and recent ones', async () => {
    const other = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
    const up = async () => json<File>(await upload(s.department.agent, other.id, '记录.pdf', PDF));
    const [stale, recent, cited] = [await up(), await up(), await up()];
    await step(s.department.agent, other.id, 'progress', { note: '附记录', fileIds: [cited.id] });
    await t.db
      .update(taskFiles)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(sql`${taskFiles.id} in (${stale.id}, ${cited.id})`);
    const dir = storedDir(other.id);
    expect(readdirSync(dir)).toHaveLength(3);
    const gone = await sweepUnattachedTaskFiles(t.db, dir.replace(/\/files\/tasks\/[^/]+$/, ''));
    expect(gone).toBeGreaterThanOrEqual(1);
    const left = await t.db.select({ id: taskFiles.id }).from(taskFiles).where(eq(taskFiles.taskId, other.id));
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, cited.id].sort());
    expect(readdirSync(dir).sort()).toEqual([recent.id, cited.id].sort());
  });
});
