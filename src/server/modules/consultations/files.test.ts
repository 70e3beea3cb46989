import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/consultations';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { malformedUploads } from '../../testing/malformed-multipart';
import { buildConsultation } from './testing';

type ErrorBody = Wire<typeof ErrorBodySchema>;
type FileInfo = Wire<typeof Api.FileInfo>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent;
let member: Agent;
let liaisonB: Agent;

function multipart(filename: string, content: Buffer) {
  const boundary = '----shangliang-file';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const upload = (by: Agent, id: string, filename: string, content: Buffer) => {
  const { payload, headers } = multipart(filename, content);
  return by.request('POST', `/api/consultations/${id}/files`, payload, headers);
};
const PDF = Buffer.from('%PDF-1.4\n% 调研报告\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
/** Where the app stored a consultation's files: under its test data dir (a fresh temp dir per app). */
function storedDir(consultationId: string) {
  const dirs = readdirSync(tmpdir())
    .filter((d) => d.startsWith('shangliang-test-'))
    .map((d) => join(tmpdir(), d, 'files', 'consultations', consultationId));
  const found = dirs.find((d) => existsSync(d));
  if (!found) throw new Error('no stored files');
  return found;
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.townA })).agent;
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
});

describe('attachments', () => {
  it.each(Object.entries(malformedUploads(PDF)))('answers a broken upload (%s) with 400', async (_, upload) => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    const res = await liaison.request('POST', `/api/consultations/${id}/files`, upload.payload, upload.headers);
    expect(res.statusCode).toBe(400);
    expect(json<Wire<typeof Api.ConsultationDetail>>(await liaison.get(`/api/consultations/${id}`)).files).toEqual([]);
  });

  it('uploads, downloads with the original name, and deletes from disk', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    expect((await upload(new Agent(t.app), id, '调研报告.pdf', PDF)).statusCode).toBe(401);
    expect((await upload(liaisonB, id, '调研报告.pdf', PDF)).statusCode).toBe(404);
    expect((await upload(member, id, '调研报告.pdf', PDF)).statusCode).toBe(403);
    const res = await upload(liaison, id, '调研报告.pdf', PDF);
    expect(res.statusCode).toBe(201);
    const file = json<FileInfo>(res);
    expect(file).toMatchObject({ fileName: '调研报告.pdf', mimeType: 'application/pdf', bytes: PDF.length });

    const down = await member.get(`/api/consultations/${id}/files/${file.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('调研报告.pdf')}`);
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect((await liaisonB.get(`/api/consultations/${id}/files/${file.id}`)).statusCode).toBe(404);

    const detail = json<Wire<typeof Api.ConsultationDetail>>(await liaison.get(`/api/consultations/${id}`));
    expect(detail.files.map((f) => f.id)).toEqual([file.id]);
    const dir = storedDir(id);
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await member.delete(`/api/consultations/${id}/files/${file.id}`)).statusCode).toBe(403);
    expect((await liaison.delete(`/api/consultations/${id}/files/${file.id}`)).statusCode).toBe(204);
    expect(readdirSync(dir)).toHaveLength(0);
    expect((await liaison.get(`/api/consultations/${id}/files/${file.id}`)).statusCode).toBe(404);
  });

  it('refuses other types, a disguised file, a missing file, and a closed record', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    for (const [name, content] of [
      ['run.exe', Buffer.from('MZ……')],
      ['photo.png', PDF],
    ] as const) {
      const res = await upload(liaison, id, name, content);
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res)).toMatchObject({ code: 'consultation_file_type', fields: [{ path: 'file' }] });
    }
    const none = await liaison.post(`/api/consultations/${id}/files`, {});
    expect(none.statusCode).toBe(400);
    const big = await upload(liaison, id, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    const closed = await buildConsultation(t.db, { place: tree.villageA, status: 'concluded' });
    const res = await upload(liaison, closed.consultationId, '纪要.pdf', PDF);
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('consultation_closed');
  });
});

describe('minutes and the QR code', () => {
  it('writes the minutes (会议纪要) with attendees, opinions, consensus and dissent', async () => {
    const { consultationId: id } = await buildConsultation(t.db, {
      place: tree.villageA,
      title: '关于停车难的协商',
      consensus: ['划设 24 个停车位', '物业负责管理'],
    });
    const base = `/api/consultations/${id}`;
    const p = await liaison.post(`${base}/participants`, { name: '张三', affiliation: '幸福村', kind: 'resident_rep' });
    await liaison.post(`${base}/participants/${json<Wire<typeof Api.Participant>>(p).id}/attendance`, {
      attended: true,
    });
    await liaison.post(`${base}/participants`, { name: '缺席者', kind: 'expert' });
    await liaison.post(`${base}/opinions`, {
      participantId: json<Wire<typeof Api.Participant>>(p).id,
      speakerName: '张三',
      stance: 'support',
      text: '早该划线了',
    });
    await liaison.patch(base, { preStudy: '走访 30 户居民。\n实地查看 3 处空地。', summary: '会议达成一致。' });
    await liaison.post(`${base}/dissents`, { holderName: '李四', text: '费用由谁承担需再议' });
    expect((await new Agent(t.app).get(`${base}/minutes.docx`)).statusCode).toBe(401);
    expect((await liaisonB.get(`${base}/minutes.docx`)).statusCode).toBe(404);
    const res = await member.get(`${base}/minutes.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('会议纪要.docx'));
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    for (const text of [
      `${tree.villageA.name}协商议事会`,
      '关于停车难的协商会议纪要',
      '张三（幸福村），共1人',
      '走访 30 户居民。',
      '一、协商过程',
      '张三（群众代表，支持）：早该划线了',
      '二、达成共识',
      '1. 划设 24 个停车位',
      '2. 物业负责管理',
      '三、保留意见',
      '李四：费用由谁承担需再议',
      '会议达成一致。',
    ])
      expect(value).toContain(text);
    expect(value).not.toContain('缺席者');
  });

  it('draws the sign-in QR code for managers only', async () => {
    const { consultationId: id } = await buildConsultation(t.db, { place: tree.villageA });
    const res = await liaison.get(`/api/consultations/${id}/sign-in-qr.png`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      true,
    );
    expect((await member.get(`/api/consultations/${id}/sign-in-qr.png`)).statusCode).toBe(403);
    expect((await liaisonB.get(`/api/consultations/${id}/sign-in-qr.png`)).statusCode).toBe(404);
  });
});
