import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { ImportErrorBody, PlaceListResponse } from '../../../shared/api/places';
import { buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { malformedUploads } from '../../testing/malformed-multipart';

type ImportError = Wire<typeof ImportErrorBody>;
type Listing = Wire<typeof PlaceListResponse>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let admin: Agent;
let townAdmin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  admin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.district })).agent;
  townAdmin = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
});

async function xlsx(rows: (string | undefined)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('places');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(filename: string, content: Buffer) {
  const boundary = '----shangliang-test';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(agent: Agent, filename: string, content: Buffer, query = '', lang = 'zh-CN') {
  const { payload, headers } = multipart(filename, content);
  return agent.request('POST', `/api/places/import${query}`, payload, { ...headers, 'accept-language': lang });
}

const HEADER = ['名称', '类型', '上级编码', '编码', '品牌', '委员工作站', '协商议事会', '议事室地址', '示范点'];
const children = async (agent: Agent, parentId: string) =>
  json<Listing>(await agent.get(`/api/places?parentId=${parentId}`)).items;

describe('importing places', () => {
  it('imports a village and its grids from .xlsx, a row’s parent being an earlier row', async () => {
    const file = await xlsx([
      HEADER,
      ['导入村', '村', tree.townA.code, 'imp-v1', '有事好商量', '否', '是', '村委会', '否'],
      ['导入一网格', '网格', 'imp-v1', '', '', '', '', '', ''],
      ['导入二网格', 'grid', 'imp-v1', '', '', '', '', '', ''],
    ]);
    const res = await upload(admin, 'places.xlsx', file);
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ imported: 3, dryRun: false });
    const village = (await children(admin, tree.townA.id)).find((p) => p.name === '导入村');
    expect(village).toMatchObject({ code: 'imp-v1', hasCouncil: true });
  });

  it('reports every wrong row and imports nothing when any row is wrong', async () => {
    const file = await xlsx([
      HEADER,
      ['好村', '村', tree.townA.code, 'imp-ok', '', '', '', '', ''],
      ['', '村', tree.townA.code, '', '', '', '', '', ''], // no name
      ['错层网格', '网格', tree.townA.code, '', '', '', '', '', ''], // grid under a township
      ['城堡', 'castle', tree.townA.code, '', '', '', '', '', ''], // unknown kind
      ['无主村', '村', 'no-such-code', '', '', '', '', '', ''], // unknown parent
      ['好村', '村', tree.townA.code, '', '', '', '', '', ''], // same name as row 2
      ['示范村', '村', tree.townA.code, '', '', '', '', '', '也许'], // neither yes nor no
    ]);
    const res = await upload(admin, 'places.xlsx', file);
    expect(res.statusCode).toBe(400);
    const body = json<ImportError>(res);
    expect(body.code).toBe('import_invalid');
    expect(body.rows?.map((r) => [r.row, r.field])).toEqual([
      [3, 'name'],
      [4, 'kind'],
      [5, 'kind'],
      [6, 'parentCode'],
      [7, 'name'],
      [8, 'isDemonstration'],
    ]);
    // what was given and what is allowed, and the code that named no place
    const say = (row: number) => body.rows?.find((r) => r.row === row)?.message;
    expect(say(5)).toBe('“castle”不是允许的取值，可填：区/县、乡镇、街道、村、社区、网格、企事业单位、园区');
    expect(say(6)).toBe('找不到编码为“no-such-code”的地点（可在“现有地点”表中查找）');
    expect(say(8)).toBe('“也许”不是允许的取值，可填：是、否');
    expect((await children(admin, tree.townA.id)).map((p) => p.name)).not.toContain('好村');
  });

  it('checks without importing on a dry run', async () => {
    const file = await xlsx([HEADER, ['试运行村', '村', tree.townB.code]]);
    const res = await upload(admin, 'places.xlsx', file, '?dryRun=true');
    expect(json(res)).toEqual({ imported: 1, dryRun: true });
    expect((await children(admin, tree.townB.id)).map((p) => p.name)).not.toContain('试运行村');
  });

  it('reads a CSV saved by Excel in GBK, with English headers too', async () => {
    const csv = `name,kind,parent_code\n国标社区,社区,${tree.townB.code}\n`;
    const res = await upload(admin, 'places.csv', iconv.encode(csv, 'gbk'));
    expect(res.statusCode).toBe(200);
    expect((await children(admin, tree.townB.id)).map((p) => p.name)).toContain('国标社区');
  });

  it('does not let a township admin import into another township', async () => {
    const file = await xlsx([HEADER, ['越界村', '村', tree.townB.code]]);
    const res = await upload(townAdmin, 'places.xlsx', file);
    expect(res.statusCode).toBe(400);
    expect(json<ImportError>(res).rows).toEqual([
      { row: 2, field: 'parentCode', message: `找不到编码为“${tree.townB.code}”的地点（可在“现有地点”表中查找）` },
    ]);
  });

  it('asks for an .xlsx or .csv file', async () => {
    const res = await upload(admin, 'places.txt', Buffer.from('hello'));
    expect(res.statusCode).toBe(400);
    expect(json<ImportError>(res).code).toBe('import_file_required');
    const empty = await upload(admin, 'places.xlsx', await xlsx([HEADER]));
    expect(json<ImportError>(empty).code).toBe('import_file_required');
  });

  it('takes at most 5,000 rows, and says so', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `村${i},村,${tree.townB.code}`);
    const res = await upload(admin, 'places.csv', Buffer.from(`name,kind,parent_code\n${rows.join('\n')}\n`));
    expect(res.statusCode).toBe(400);
    expect(json<ImportError>(res)).toEqual({
      code: 'import_too_many_rows',
      message: '导入文件最多 5000 行，请拆分后分批导入',
    });
  });

  it('offers a template that imports as its own headers', async () => {
    const res = await admin.get('/api/places/import-template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(1).values).toEqual([undefined, ...HEADER]);
  });

  it('gives the template drop-downs and a sheet of the region’s existing places', async () => {
    const res = await townAdmin.get('/api/places/import-template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const [sheet, places] = wb.worksheets.filter((w) => w.state !== 'hidden');
    // 类型 (B) offers the kinds in words, 委员工作站 (F) 是/否, as lists read from the hidden sheet
    const listOf = async (cell: string) => {
      const rule = sheet?.getCell(cell).dataValidation;
      expect(rule?.type).toBe('list');
      const [name, range] = String(rule?.formulae?.[0]).split('!');
      const [from, to] = (range ?? '').replaceAll('$', '').split(':');
      const list = wb.getWorksheet(name ?? '');
      const column = list?.getColumn(from?.replace(/\d+/g, '') ?? '');
      const values: string[] = [];
      column?.eachCell((c, r) => {
        if (r >= Number(from?.replace(/\D/g, '')) && r <= Number(to?.replace(/\D/g, ''))) values.push(c.text);
      });
      return values;
    };
    expect(await listOf('B2')).toEqual(['区/县', '乡镇', '街道', '村', '社区', '网格', '企事业单位', '园区']);
    expect(await listOf('F500')).toEqual(['是', '否']);
    expect(places?.name).toBe('现有地点');
    expect(places?.getRow(1).values).toEqual([undefined, '编码', '名称', '完整路径']);
    const listed = new Map<string, string>();
    places?.eachRow((row, r) => {
      if (r > 1) listed.set(row.getCell(1).text, row.getCell(3).text);
    });
    // the township admin's region: their township and what lies beneath, never the other township
    expect(listed.get(tree.townA.code)).toBe(`${tree.district.name} / ${tree.townA.name}`);
    expect(listed.get(tree.villageA.code)).toBe(`${tree.district.name} / ${tree.townA.name} / ${tree.villageA.name}`);
    expect(listed.has(tree.townB.code)).toBe(false);
    expect(listed.has(tree.district.code)).toBe(false);
  });

  it('says a corrupt .xlsx could not be read as a spreadsheet', async () => {
    const good = await xlsx([HEADER, ['新村', '村', tree.townB.code]]);
    for (const broken of [Buffer.from('PK\u0003\u0004 not really a zip'), good.subarray(0, good.length / 2)]) {
      const res = await upload(admin, 'places.xlsx', broken, '', 'en');
      expect(res.statusCode).toBe(400);
      expect(json<ImportError & { fields: unknown }>(res).fields).toEqual([
        { path: 'file', message: 'The file could not be read as a spreadsheet; upload an .xlsx or .csv file' },
      ]);
    }
  });

  it('reports a cell PostgreSQL cannot store as a wrong row', async () => {
    const res = await upload(
      admin,
      'places.csv',
      Buffer.from(`name,kind,parent_code\n村\u0000一,村,${tree.townB.code}\n`),
    );
    expect(res.statusCode).toBe(400);
    expect(json<ImportError>(res).rows).toEqual([
      { row: 2, field: 'name', message: '含有无法保存的字符（空字符或残缺的字符）' },
    ]);
  });

  it.each(Object.entries(malformedUploads(Buffer.from('name,kind,parent_code\n'))))(
    'answers a broken upload (%s) with 400',
    async (_, { payload, headers }) => {
      const res = await admin.request('POST', '/api/places/import', payload, headers);
      expect(res.statusCode).toBe(400);
    },
  );
});
