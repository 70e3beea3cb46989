import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionListResponse } from '../../../shared/api/submissions';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { auditEvents, submissions } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { actorWith } from '../../testing/actors';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { exportSubmissions } from './export-submissions';

type Inbox = Wire<typeof SubmissionListResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: { id: string; agent: Agent };
let ipSeq = 0;
const resident = () => new Agent(t.app, {}, `127.12.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);

async function raise(place: BuiltPlace, content: string, extra: Record<string, unknown> = {}) {
  const res = await resident().post(`/api/public/places/${place.code}/submissions`, { content, ...extra });
  expect(res.statusCode).toBe(201);
  return json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
}

/** The export's sheet as rows of cell values, the header first. */
async function exported(by: Agent, query = '', headers?: Record<string, string>) {
  const res = await by.get(`/api/submissions/export.xlsx?${query}`, headers);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['content-disposition']).toContain('.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => rows.push(row));
  return { ws, header: rows[0] as ExcelJS.Row, rows: rows.slice(1) };
}
const codesOf = (rows: ExcelJS.Row[]) => rows.map((r) => r.getCell(1).value as string).sort();

const inbox = async (by: Agent, query = '') => {
  const res = await by.get(`/api/submissions?pageSize=100&${query}`);
  expect(res.statusCode).toBe(200);
  return json<Inbox>(res);
};

let formula: string;
let atSum: string;
let withPhone: string;
let otherRegion: string;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
  formula = await raise(tree.villageA, '=1+1 楼道的路灯坏了');
  atSum = await raise(tree.villageA, '@SUM(A1:A9) 井盖松动', { placeId: tree.gridA.id });
  withPhone = await raise(tree.villageA, '广场的路灯坏了一半', { phone: '13812345678', consent: true });
  const walkIn = await liaison.agent.post('/api/submissions', {
    placeId: tree.villageA.id,
    channel: 'phone_call',
    content: '-居民来电反映停车位不够',
  });
  expect(walkIn.statusCode).toBe(201);
  otherRegion = await raise(tree.villageB, '另一个乡镇的路灯也坏了');
  await t.db
    .update(submissions)
    .set({ dueAt: new Date(Date.now() - 86_400_000) })
    .where(eq(submissions.trackingCode, withPhone));
});

describe('GET /api/submissions/export.xlsx', () => {
  it('answers 401 without a session', async () => {
    expect((await new Agent(t.app).get('/api/submissions/export.xlsx')).statusCode).toBe(401);
  });

  it.each([
    ['status=nope', 'status'],
    ['channel=fax', 'channel'],
    ['overdue=maybe', 'overdue'],
    ['from=yesterday', 'from'],
    ['categoryId=x', 'categoryId'],
  ])('answers 400 for %s, by field', async (query, path) => {
    const res = await liaison.agent.get(`/api/submissions/export.xlsx?${query}`);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toContain(path);
  });

  it('writes the region’s rows, none of another region, no phone numbers, and audits the export', async () => {
    const { header, rows } = await exported(liaison.agent);
    expect(header.getCell(1).value).toBe('查询码');
    expect(codesOf(rows)).toHaveLength(4);
    expect(codesOf(rows)).not.toContain(otherRegion);
    const cells = rows.flatMap((r) => (r.values as unknown[]).map(String));
    expect(cells.some((c) => c.includes('13812345678') || c.includes('5678'))).toBe(false);
    const [audit] = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'submission.export'), eq(auditEvents.actorId, liaison.id)));
    expect(audit?.after).toMatchObject({ count: 4 });
  });

  it('shows another region’s liaison nothing of this one', async () => {
    const other = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageB });
    expect(codesOf((await exported(other.agent)).rows)).toEqual([otherRegion]);
  });

  it.each([
    '',
    'channel=phone_call',
    'overdue=true',
    'status=received',
    `placeId=PLACE`,
    'q=路灯',
    'q=路燈',
    'sort=oldest',
    'sort=due',
  ])('has exactly the rows the list counts for %j', async (raw) => {
    const query = raw.replace('PLACE', tree.gridA.id);
    const list = await inbox(liaison.agent, query);
    const { rows } = await exported(liaison.agent, query);
    expect(rows).toHaveLength(list.total);
    expect(codesOf(rows)).toEqual(list.items.map((i) => i.trackingCode).sort());
  });

  it('writes the reader’s language, the place’s full name and the columns in order', async () => {
    const { header, rows } = await exported(liaison.agent, 'overdue=true', { 'accept-language': 'en' });
    expect((header.values as unknown[]).slice(1)).toEqual([
      'Tracking code',
      'Status',
      'Channel',
      'Category',
      'Place',
      'Content',
      'Submitted',
      'Due',
      'Overdue',
      'Satisfaction (1-5)',
    ]);
    const [row] = rows;
    expect(row?.getCell(1).value).toBe(withPhone);
    expect(row?.getCell(2).value).toBe('To sort');
    expect(row?.getCell(3).value).toBe('QR code');
    expect(row?.getCell(5).value).toBe([tree.district, tree.townA, tree.villageA].map((p) => p.name).join(' / '));
    expect(row?.getCell(7).value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(row?.getCell(9).value).toBe('Yes');
  });

  it('writes a content that begins like a formula as literal text', async () => {
    const { rows } = await exported(liaison.agent);
    const byCode = new Map(rows.map((r) => [r.getCell(1).value, r.getCell(6)]));
    for (const [code, text] of [
      [formula, '=1+1 楼道的路灯坏了'],
      [atSum, '@SUM(A1:A9) 井盖松动'],
    ] as const) {
      const cell = byCode.get(code) as ExcelJS.Cell;
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
  });

  it('refuses with 413 past the row limit, before writing anything', async () => {
    const ctx = {
      db: t.db,
      actor: actorWith(liaison.id, ['liaison', tree.townA.path]),
      locale: 'en' as const,
      ip: null,
    };
    const err = await exportSubmissions(ctx, { overdue: undefined }, new Date(), 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 413, code: 'export_too_large', params: { count: 4, limit: 3 } });
    const { stream } = await exportSubmissions(ctx, { overdue: undefined }, new Date(), 4);
    await new Promise((done) => stream.resume().on('end', done));
  });
});
