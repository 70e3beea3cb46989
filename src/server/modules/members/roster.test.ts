// The roster as Excel: the template's drop-downs, an import that writes all rows or none and says
// what is wrong row by row, and an export that imports back unchanged.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { ImportMembersResult } from '../../../shared/api/members';
import type { ImportErrorBody } from '../../../shared/api/places';
import { auditEvents } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { actorWith } from '../../testing/actors';
import { buildAccount } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { multipartFile } from '../../testing/malformed-multipart';
import { exportMembers } from './export-members';
import { MemberFilters } from './schemas';
import { addMember, memberFixture, type Roster } from './testing';

type Result = Wire<typeof ImportMembersResult>;
type Refusal = Wire<typeof ImportErrorBody>;

let t: TestApp;
let f: Awaited<ReturnType<typeof memberFixture>>;
let known: Awaited<ReturnType<typeof addMember>>; // already on the roster, homed at township A

const HEADER = [
  '委员编号',
  '姓名',
  '用户名',
  '性别',
  '界别',
  '层级',
  '政治面貌',
  '工作单位',
  '职务',
  '专长',
  '届期起',
  '届期止',
  '手机号',
  '所属地点编码',
  '所在委员工作站',
  '下沉村社区',
];

async function xlsx(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (agent: Agent, content: Buffer, { query = '', name = 'roster.xlsx', lang = 'zh-CN' } = {}) => {
  const { payload, headers } = multipartFile(name, 'application/octet-stream', content);
  return agent.request('POST', `/api/members/import${query}`, payload, { ...headers, 'accept-language': lang });
};
const rosterOf = async (agent: Agent) => json<Roster>(await agent.get('/api/members?pageSize=100'));
const sheetOf = async (buffer: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
};

/** A row for the sheet: a new 教育界 member of township A unless told otherwise. */
const row = (no: string, over: Partial<Record<(typeof HEADER)[number], string | number>> = {}) =>
  HEADER.map(
    (h) =>
      ({
        委员编号: no,
        姓名: `导入${no}`,
        用户名: '',
        性别: '女',
        界别: '教育界',
        层级: '区县级',
        政治面貌: '民进会员',
        工作单位: '青禾一中',
        职务: '教师',
        专长: '教育、心理',
        届期起: 2022,
        届期止: 2026,
        手机号: '13600000001',
        所属地点编码: f.tree.townA.code,
        所在委员工作站: '',
        下沉村社区: '',
        ...over,
      })[h] ?? '',
  );

beforeAll(async () => {
  t = await startTestApp();
  f = await memberFixture(t);
  known = await addMember(f.office, f.tree.townA.id, { displayName: '已在名册' });
});

describe('GET /api/members/import-template', () => {
  it('401 without a session, 403 to those who do not keep a roster', async () => {
    expect((await new Agent(t.app).get('/api/members/import-template')).statusCode).toBe(401);
    expect((await f.liaison.get('/api/members/import-template')).statusCode).toBe(403);
    expect((await f.admin.get('/api/members/import-template')).statusCode).toBe(403);
  });

  it('is a workbook with Chinese headers, drop-downs, and a hidden sheet of the codes', async () => {
    const res = await f.office.get('/api/members/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await sheetOf(res.rawPayload);
    const [roster, codes] = wb.worksheets;
    expect(roster?.getRow(1).values).toEqual([undefined, ...HEADER]);
    expect(roster?.rowCount).toBe(1);
    expect(codes).toMatchObject({ name: 'codes', state: 'hidden' });
    expect(codes?.getColumn(3).values).toContain('农业和农村界');
    expect(codes?.getColumn(4).values).toContain('agriculture');
    const validations = (roster as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    // 性别 is column D, 界别 E, 层级 F, 政治面貌 G
    expect(validations.E2).toMatchObject({ type: 'list', formulae: ['codes!$C$2:$C$28'] });
    expect(validations.D500).toMatchObject({ type: 'list', formulae: ['codes!$A$2:$A$3'] });
    expect(validations.F2?.formulae).toEqual(['codes!$E$2:$E$5']);
    expect(validations.G2?.formulae).toEqual(['codes!$G$2:$G$12']);
  });

  it('speaks 繁體 to a zh-TW reader', async () => {
    const res = await f.office.get('/api/members/import-template', { 'accept-language': 'zh-TW' });
    const wb = await sheetOf(res.rawPayload);
    expect(wb.worksheets[0]?.getRow(1).getCell(1).text).toBe('委員編號');
  });
});

describe('POST /api/members/import', () => {
  it('401 without a session; 403 to those who do not keep a roster', async () => {
    const file = await xlsx([HEADER, row('IMP-401')]);
    expect((await upload(new Agent(t.app), file)).statusCode).toBe(401);
    expect((await upload(f.liaison, file)).statusCode).toBe(403);
    expect((await upload(f.leader, file)).statusCode).toBe(403);
  });

  it('400 without a spreadsheet, on a corrupt .xlsx, on a sheet with no rows', async () => {
    const text = await upload(f.office, Buffer.from('hello'), { name: 'roster.txt' });
    expect(json(text)).toMatchObject({ code: 'import_file_required' });
    const corrupt = await upload(f.office, Buffer.from('PK\u0003\u0004 this is no zip at all'));
    expect(corrupt.statusCode).toBe(400);
    expect(json<Refusal>(corrupt).fields).toEqual([{ path: 'file', message: expect.stringContaining('.xlsx') }]);
    const empty = await upload(f.office, await xlsx([HEADER]));
    expect(empty.statusCode).toBe(400);
    expect(json(empty)).toMatchObject({ code: 'import_file_required' });
  });

  it('reports every wrong row, column by column, and writes nothing when any row is wrong', async () => {
    const before = (await rosterOf(f.office)).total;
    const file = await xlsx([
      HEADER,
      row('IMP-OK1'), // fine
      row('IMP-2', { 界别: '农民界', 层级: '' }), // unknown sector, no level
      row('IMP-3', { 届期起: 2026, 届期止: 2022 }), // term backwards
      row('IMP-4', { 所属地点编码: 'no-such-place' }),
      row('imp-ok1', { 姓名: '重复' }), // repeats row 2's number
      row('IMP-6', { 手机号: '12345' }),
      row('IMP-7', { 下沉村社区: `${f.tree.townB.code} 某街道` }), // a township is no village
      row('IMP-8', { 所属地点编码: f.other.townA.code }), // another region's place
      row(known.body.memberNo, { 手机号: '139****0000' }), // a masked number that is not theirs
      row('IMP-10', { 用户名: known.username }), // a taken username
      row('IMP-11', { 界别: '农民界', 所属地点编码: 'nowhere', 下沉村社区: f.tree.townA.code }), // all of it
    ]);
    const res = await upload(f.office, file);
    expect(res.statusCode).toBe(400);
    const body = json<Refusal>(res);
    expect(body.code).toBe('import_invalid');
    expect(body.rows?.map((r) => [r.row, r.field])).toEqual([
      [3, 'sector'],
      [3, 'level'],
      [4, 'termEnd'],
      [5, 'homePlace'],
      [6, 'memberNo'],
      [7, 'phone'],
      [8, 'assigned'],
      [9, 'homePlace'],
      [10, 'phone'],
      [11, 'username'],
      [12, 'sector'],
      [12, 'homePlace'],
      [12, 'assigned'],
    ]);
    expect(body.rows?.find((r) => r.row === 6)?.message).toBe('与第 2 行重复');
    // the value given and the values allowed, not just "not allowed"
    expect(body.rows?.find((r) => r.row === 3)?.message).toMatch(/^“农民界”不是允许的取值，可填：.*农业和农村界/);
    expect(body.rows?.find((r) => r.row === 5)?.message).toBe('没有编码为“no-such-place”的地点');
    expect(body.rows?.find((r) => r.row === 4)?.message).toBe('届期止不能早于届期起');
    expect(body.rows?.find((r) => r.row === 8)?.message).toContain('下沉联系点须是村、社区或网格');
    expect((await rosterOf(f.office)).total).toBe(before); // not even row 2
  });

  it('says what is wrong in the reader’s language', async () => {
    const res = await upload(f.office, await xlsx([HEADER, row('IMP-EN', { 手机号: '12' })]), { lang: 'en' });
    expect(json<Refusal>(res).rows).toEqual([{ row: 2, field: 'phone', message: 'Enter an 11-digit mobile number' }]);
  });

  it('checks without writing on a dry run', async () => {
    const before = (await rosterOf(f.office)).total;
    const res = await upload(f.office, await xlsx([HEADER, row('IMP-DRY'), row(known.body.memberNo)]), {
      query: '?dryRun=true',
    });
    expect(json<Result>(res)).toEqual({ created: 1, updated: 1, dryRun: true, accounts: [] });
    expect((await rosterOf(f.office)).total).toBe(before);
  });

  it('refuses another office’s member by number', async () => {
    const theirs = await addMember(f.townBOffice, f.tree.townB.id);
    const res = await upload(f.townOffice, await xlsx([HEADER, row(theirs.body.memberNo)]));
    expect(json<Refusal>(res).rows).toEqual([{ row: 2, field: 'memberNo', message: '该委员编号已被使用' }]);
  });

  it('creates new members with their accounts and updates those it knows by number', async () => {
    const file = await xlsx([
      HEADER,
      row('IMP-A', {
        姓名: '刘建明',
        用户名: 'member.liujm',
        性别: '男',
        界别: '農業和農村界', // 繁體 labels read too
        所在委员工作站: f.tree.townA.code,
        下沉村社区: `${f.tree.villageA.code} 第一村、${f.tree.gridA.code}`,
      }),
      row('imp-b', { 姓名: '陈晓', 界别: 'medicine', 层级: '市级', 手机号: '' }),
      row(known.body.memberNo.toLowerCase(), { 姓名: '已在名册（改）', 手机号: '139****5678', 专长: '' }),
    ]);
    const res = await upload(f.office, file);
    expect(res.statusCode, res.body).toBe(200);
    const result = json<Result>(res);
    expect(result).toMatchObject({ created: 2, updated: 1, dryRun: false });
    expect(result.accounts.map((a) => [a.row, a.memberNo, a.username, a.displayName])).toEqual([
      [2, 'IMP-A', 'member.liujm', '刘建明'],
      [3, 'IMP-B', 'member.imp-b', '陈晓'],
    ]);
    // a new member signs in with the first password given
    const first = result.accounts[0];
    await Agent.signIn(t.app, first?.username ?? '', first?.initialPassword ?? '', '10.7.0.1');
    const roster = await rosterOf(f.office);
    const liu = roster.items.find((m) => m.username === 'member.liujm');
    expect(liu).toMatchObject({
      profile: { memberNo: 'IMP-A', sector: 'agriculture', gender: 'male', expertise: ['教育', '心理'] },
      phoneMasked: '136****0001',
    });
    expect(liu?.places.map((p) => [p.kind, p.place.id]).sort()).toEqual(
      [
        ['workstation', f.tree.townA.id],
        ['assigned', f.tree.villageA.id],
        ['assigned', f.tree.gridA.id],
      ].sort(),
    );
    const updated = roster.items.find((m) => m.id === known.id);
    expect(updated).toMatchObject({
      displayName: '已在名册（改）',
      phoneMasked: '139****5678',
      profile: { expertise: [] },
    });
  });
});

describe('a roster saved as .csv', () => {
  it('imports in UTF-8, and in GBK as Excel in Chinese saves it', async () => {
    const csv = (no: string) => `${HEADER.join(',')}\n${row(no).join(',')}\n`;
    const utf8 = await upload(f.office, Buffer.from(`\uFEFF${csv('CSV-UTF8')}`), { name: 'roster.csv' });
    expect(json<Result>(utf8)).toMatchObject({ created: 1 });
    const gbk = await upload(f.office, iconv.encode(csv('CSV-GBK'), 'gbk'), { name: '名册.csv' });
    expect(json<Result>(gbk)).toMatchObject({ created: 1 });
    const names = (await rosterOf(f.office)).items.map((m) => m.displayName);
    expect(names).toEqual(expect.arrayContaining(['导入CSV-UTF8', '导入CSV-GBK']));
  });
});

describe('GET /api/members/export', () => {
  it('401 without a session; 403 to those without a roster', async () => {
    expect((await new Agent(t.app).get('/api/members/export')).statusCode).toBe(401);
    expect((await f.admin.get('/api/members/export')).statusCode).toBe(403);
    expect((await f.department.get('/api/members/export')).statusCode).toBe(403);
  });

  it('400 on a bad filter', async () => {
    expect((await f.office.get('/api/members/export?sector=x')).statusCode).toBe(400);
  });

  it('writes the roster in the reader’s reach, phones masked, places as code and name', async () => {
    const res = await f.liaison.get('/api/members/export');
    expect(res.statusCode).toBe(200);
    const sheet = (await sheetOf(res.rawPayload)).worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, ...HEADER]);
    const rows = (sheet?.getSheetValues() ?? []).slice(2) as unknown[][];
    const liu = rows.find((r) => r[2] === '刘建明');
    expect(liu?.slice(1)).toEqual([
      'IMP-A',
      '刘建明',
      'member.liujm',
      '男',
      '农业和农村界',
      '区县级',
      '民进会员',
      '青禾一中',
      '教师',
      '教育、心理',
      2022,
      2026,
      '136****0001',
      f.tree.townA.code,
      `${f.tree.townA.code} ${f.tree.townA.name}`,
      expect.stringContaining(`${f.tree.villageA.code} ${f.tree.villageA.name}`),
    ]);
    // the liaison of township A: nobody homed elsewhere
    expect(rows.map((r) => r[14])).toEqual(rows.map(() => f.tree.townA.code));
  });

  it('imports back unchanged', async () => {
    const exported = await f.office.get('/api/members/export');
    const before = await rosterOf(f.office);
    const res = await upload(f.office, exported.rawPayload);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<Result>(res)).toMatchObject({ created: 0, updated: before.total, accounts: [] });
    const after = await rosterOf(f.office);
    expect(after.items).toEqual(before.items);
  });

  it('writes the members in the roster’s order, and refuses past the row limit with 413', async () => {
    const office = await buildAccount(t.app, t.db, { role: 'cppcc', place: f.tree.district });
    const listed = await rosterOf(office.agent);
    expect(listed.total).toBeGreaterThan(2);
    const res = await office.agent.get('/api/members/export');
    expect(res.statusCode).toBe(200);
    const rows = ((await sheetOf(res.rawPayload)).worksheets[0]?.getSheetValues() ?? []).slice(2) as unknown[][];
    expect(rows.map((r) => r[2])).toEqual(listed.items.map((m) => m.displayName));

    const ctx = {
      db: t.db,
      actor: actorWith(office.id, ['cppcc', f.tree.district.path]),
      locale: 'zh-CN' as const,
      ip: null,
    };
    const filters = MemberFilters.parse({});
    const err = await exportMembers(ctx, filters, listed.total - 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      status: 413,
      code: 'export_too_large',
      params: { count: listed.total, limit: listed.total - 1 },
    });
    const stream = await exportMembers(ctx, filters, listed.total);
    await new Promise((done) => stream.resume().on('end', done));
  });

  it('writes text like a formula as text, and audits the export', async () => {
    await addMember(f.townBOffice, f.tree.townB.id, { displayName: '=1+1', employer: '@SUM(A1)公司' });
    const res = await f.townBOffice.get('/api/members/export');
    expect(res.statusCode).toBe(200);
    const sheet = (await sheetOf(res.rawPayload)).worksheets[0];
    const rows: ExcelJS.Row[] = [];
    sheet?.eachRow((row, n) => n > 1 && rows.push(row));
    const row = rows.find((r) => r.getCell(2).value === '=1+1');
    for (const [col, text] of [
      [2, '=1+1'],
      [8, '@SUM(A1)公司'],
    ] as const) {
      const cell = row?.getCell(col);
      expect(cell?.value).toBe(text);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.numFmt).toBe('@');
    }
    const audits = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'member.export'));
    const total = (await rosterOf(f.townBOffice)).total;
    expect(audits.map((a) => a.after)).toContainEqual(expect.objectContaining({ count: total }));
  });
});
