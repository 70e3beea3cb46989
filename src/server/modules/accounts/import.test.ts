// 批量导入账号: the same checks as the one-account form, row by row; all rows or none.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountListResponse } from '../../../shared/api/accounts';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { Wire } from '../../../shared/api/common';
import type { ImportErrorBody } from '../../../shared/api/places';
import { buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Refusal = Wire<typeof ImportErrorBody>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let districtAdmin: Agent;
let townAdmin: Agent;

const HEADER = ['姓名', '用户名', '初始密码', '角色', '地点编码', '手机号'];
const uniq = () => randomBytes(3).toString('hex');

async function xlsx(rows: (string | undefined)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
function upload(agent: Agent, content: Buffer, query = '', filename = 'accounts.xlsx') {
  const boundary = '----shangliang-accounts';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return agent.request('POST', `/api/accounts/import${query}`, payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}
const found = async (by: Agent, q: string) =>
  json<Wire<typeof AccountListResponse>>(await by.get(`/api/accounts?q=${q}`)).items;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  districtAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  townAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
});

describe('importing accounts', () => {
  it('creates every account with its role and number, each audited', async () => {
    const tag = uniq();
    const file = await xlsx([
      HEADER,
      ['李联络', `imp-${tag}-1`, 'Imported-2025', '联络员', tree.villageA.code, '138 1234 5678'],
      ['赵委员', `imp-${tag}-2`, 'Imported-2025', 'member', tree.gridA.code, ''],
    ]);
    const res = await upload(townAdmin, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual({ created: 2, dryRun: false });
    const [first] = await found(townAdmin, `imp-${tag}-1`);
    expect(first).toMatchObject({ displayName: '李联络', mobile: '13812345678', mustChangePassword: true });
    expect(first?.grants.map((g) => [g.role, g.place.id])).toEqual([['liaison', tree.villageA.id]]);
    const audit = json<Wire<typeof AuditListResponse>>(
      await districtAdmin.get(`/api/audit?entityId=${first?.id}&pageSize=100`),
    );
    expect(audit.items.map((e) => e.action).sort()).toEqual(['account.import', 'grant.create']);
  });

  it('reports each wrong cell by row and column, and writes nothing', async () => {
    const tag = uniq();
    const file = await xlsx([
      HEADER,
      ['好人', `ok-${tag}`, 'Imported-2025', '联络员', tree.villageA.code, ''],
      ['', 'x', 'short', '村长', 'no-such-code', '12345'],
      ['越界', `out-${tag}`, 'Imported-2025', '联络员', tree.villageB.code, ''], // another township
      ['重复', `ok-${tag}`, 'Imported-2025', '联络员', tree.villageA.code, ''], // row 2's username
    ]);
    const res = await upload(townAdmin, file);
    expect(res.statusCode).toBe(400);
    const body = json<Refusal>(res);
    expect(body.code).toBe('import_invalid');
    expect(body.rows?.map((r) => [r.row, r.field])).toEqual([
      [3, 'displayName'],
      [3, 'username'],
      [3, 'password'],
      [3, 'role'],
      [3, 'mobile'],
      [3, 'placeCode'],
      [4, 'placeCode'],
      [5, 'username'],
    ]);
    const say = (row: number, field: string) => body.rows?.find((r) => r.row === row && r.field === field)?.message;
    expect(say(3, 'role')).toBe(
      '“村长”不是允许的取值，可填：系统管理员、党委政府领导、联络员、政协委员、职能部门、政协机关',
    );
    expect(say(3, 'placeCode')).toBe('找不到编码为“no-such-code”的地点（可在“现有地点”表中查找）');
    expect(say(4, 'placeCode')).toBe(`找不到编码为“${tree.villageB.code}”的地点（可在“现有地点”表中查找）`);
    expect(say(5, 'username')).toBe('与第 2 行重复');
    expect(await found(districtAdmin, `ok-${tag}`)).toEqual([]); // not even the good row
  });

  it('checks without writing on a dry run', async () => {
    const tag = uniq();
    const file = await xlsx([HEADER, ['试运行', `dry-${tag}`, 'Imported-2025', '联络员', tree.villageA.code]]);
    expect(json(await upload(townAdmin, file, '?dryRun=true'))).toEqual({ created: 1, dryRun: true });
    expect(await found(townAdmin, `dry-${tag}`)).toEqual([]);
  });

  it('answers 401, 403 to a non-admin, and 400 on a wrong query or file', async () => {
    const file = await xlsx([HEADER, ['某人', `x-${uniq()}`, 'Imported-2025', '联络员', tree.villageA.code]]);
    const { Agent } = await import('../../testing/harness');
    expect((await upload(new Agent(t.app), file)).statusCode).toBe(401);
    const liaison = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA });
    expect((await upload(liaison.agent, file)).statusCode).toBe(403);
    expect((await liaison.agent.get('/api/accounts/import-template')).statusCode).toBe(403);
    const wrongQuery = await upload(townAdmin, file, '?dryRun=maybe');
    expect(wrongQuery.statusCode).toBe(400);
    expect(json<Refusal>(wrongQuery).fields?.map((f) => f.path)).toEqual(['dryRun']);
    expect(json<Refusal>(await upload(townAdmin, Buffer.from('hi'), '', 'a.txt')).code).toBe('import_file_required');
  });

  it('offers a template with the roles as a drop-down and the region’s places', async () => {
    const res = await townAdmin.get('/api/accounts/import-template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [sheet, places] = wb.worksheets.filter((w) => w.state !== 'hidden');
    expect(sheet?.getRow(1).values).toEqual([undefined, ...HEADER]);
    const rule = sheet?.getCell('D2').dataValidation;
    expect(rule?.type).toBe('list');
    const lists = wb.worksheets.find((w) => w.state === 'hidden');
    expect(lists?.getColumn(1).values.slice(1)).toEqual([
      '系统管理员',
      '党委政府领导',
      '联络员',
      '政协委员',
      '职能部门',
      '政协机关',
    ]);
    const codes: string[] = [];
    places?.eachRow((row, r) => {
      if (r > 1) codes.push(row.getCell(1).text);
    });
    expect(codes).toContain(tree.villageA.code);
    expect(codes).not.toContain(tree.villageB.code);
  });
});
