import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Wire } from '../../../shared/api/common';
import type { TrainingFile } from '../../../shared/api/trainings';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { malformedUploads, multipartFile } from '../../testing/malformed-multipart';
import { created, NO_SUCH, type TrainingDetail, type TrainingScene, trainingScene } from './testing';

let t: TestApp;
let s: TrainingScene;
let anonymous: Agent;
const codeOf = (body: string) => (JSON.parse(body) as Wire<typeof ErrorBody>).code;

const PPTX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('课件内容 slides')]);
const upload = (by: Agent, id: string, name: string, content: Buffer) => {
  const { payload, headers } = multipartFile(name, 'application/octet-stream', content);
  return by.request('POST', `/api/trainings/${id}/files`, payload, headers);
};
/** Where the app stored a session's files: under its test data dir (a fresh temp dir per app). */
function storedDir(trainingId: string) {
  const found = readdirSync(tmpdir())
    .filter((d) => d.startsWith('shangliang-test-'))
    .map((d) => join(tmpdir(), d, 'files', 'trainings', trainingId))
    .find((d) => existsSync(d));
  if (!found) throw new Error('no stored files');
  return found;
}

beforeAll(async () => {
  t = await startTestApp();
  s = await trainingScene(t);
  anonymous = new Agent(t.app);
});

describe('materials', () => {
  it.each(Object.entries(malformedUploads(PPTX)))('answers a broken upload (%s) with 400', async (_, broken) => {
    const d = await created(s);
    const res = await s.cppcc.agent.request('POST', `/api/trainings/${d.id}/files`, broken.payload, broken.headers);
    expect(res.statusCode).toBe(400);
    expect(json<TrainingDetail>(await s.cppcc.agent.get(`/api/trainings/${d.id}`)).files).toEqual([]);
  });

  it('uploads under the data dir, lets members download with the original name, and deletes from disk', async () => {
    const d = await created(s);
    const res = await upload(s.liaisonA.agent, d.id, '政协章程解读.pptx', PPTX);
    expect(res.statusCode, res.body).toBe(201);
    const file = json<Wire<typeof TrainingFile>>(res);
    expect(file).toMatchObject({
      fileName: '政协章程解读.pptx',
      mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      bytes: PPTX.length,
    });
    const down = await s.memberV.agent.get(`/api/trainings/${d.id}/files/${file.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('政协章程解读.pptx')}`,
    );
    expect(down.rawPayload.equals(PPTX)).toBe(true);
    expect(json<TrainingDetail>(await s.memberV.agent.get(`/api/trainings/${d.id}`)).files.map((f) => f.id)).toEqual([
      file.id,
    ]);
    const dir = storedDir(d.id);
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await s.memberV.agent.delete(`/api/trainings/${d.id}/files/${file.id}`)).statusCode).toBe(403);
    expect((await s.cppcc.agent.delete(`/api/trainings/${d.id}/files/${file.id}`)).statusCode).toBe(204);
    expect(readdirSync(dir)).toHaveLength(0);
    expect((await s.memberV.agent.get(`/api/trainings/${d.id}/files/${file.id}`)).statusCode).toBe(404);
  });

  it('answers 401, 404, 403, 400 for no file or a type not taken, 409 past the limit or once cancelled', async () => {
    const d = await created(s);
    expect((await upload(anonymous, d.id, 'a.pptx', PPTX)).statusCode).toBe(401);
    expect((await upload(s.liaisonB.agent, d.id, 'a.pptx', PPTX)).statusCode).toBe(404);
    expect((await upload(s.cppcc.agent, NO_SUCH, 'a.pptx', PPTX)).statusCode).toBe(404);
    for (const who of [s.memberA1, s.leader])
      expect((await upload(who.agent, d.id, 'a.pptx', PPTX)).statusCode).toBe(403);
    const exe = await upload(s.cppcc.agent, d.id, '程序.exe', Buffer.from('MZ....'));
    expect(exe.statusCode).toBe(400);
    expect(codeOf(exe.body)).toBe('training_file_type');
    const disguised = await upload(s.cppcc.agent, d.id, '课件.pptx', Buffer.from('%PDF-1.4'));
    expect(codeOf(disguised.body)).toBe('training_file_type');
    const none = await s.cppcc.agent.post(`/api/trainings/${d.id}/files`, {});
    expect(none.statusCode).toBe(400);
    expect(codeOf(none.body)).toBe('training_file_missing');
    for (let i = 0; i < 20; i++)
      expect((await upload(s.cppcc.agent, d.id, `第${i + 1}讲.pptx`, PPTX)).statusCode).toBe(201);
    const full = await upload(s.cppcc.agent, d.id, '第21讲.pptx', PPTX);
    expect(full.statusCode).toBe(409);
    expect(codeOf(full.body)).toBe('training_too_many_files');
    const e = await created(s);
    await s.cppcc.agent.post(`/api/trainings/${e.id}/cancel`);
    expect(codeOf((await upload(s.cppcc.agent, e.id, 'a.pptx', PPTX)).body)).toBe('training_cancelled');
    expect((await s.cppcc.agent.get(`/api/trainings/${d.id}/files/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await s.liaisonB.agent.get(`/api/trainings/${d.id}/files/${NO_SUCH}`)).statusCode).toBe(404);
    expect((await s.cppcc.agent.delete(`/api/trainings/${d.id}/files/x`)).statusCode).toBe(400);
  });
});
