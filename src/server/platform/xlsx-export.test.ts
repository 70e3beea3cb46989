import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guardSheet, looksLikeFormula, streamXlsx, type XlsxColumn } from './xlsx-export';

type Row = { text: string; n: number | null; at: Date | null };
const columns: XlsxColumn<Row>[] = [
  { header: '内容', width: 30, value: (r) => r.text },
  { header: '数', width: 8, type: 'number', value: (r) => r.n },
  { header: '时间', width: 18, type: 'datetime', value: (r) => r.at },
];

async function* batchesOf(...batches: Row[][]) {
  for (const b of batches) yield b;
}

async function readBack(stream: NodeJS.ReadableStream) {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb.worksheets[0] as ExcelJS.Worksheet;
}

describe('looksLikeFormula', () => {
  it.each([
    ['=1+1', true],
    ['+86 138', true],
    ['-5', true],
    ['@SUM(A1)', true],
    ['\tx', true],
    ['\rx', true],
    ['路灯不亮 =1', false],
    ['', false],
    ['1+1', false],
  ])('%j → %s', (text, expected) => expect(looksLikeFormula(text)).toBe(expected));
});

describe('streamXlsx', () => {
  it('writes a frozen, filtered header, the rows of every batch, times in Asia/Shanghai', async () => {
    const ws = await readBack(
      streamXlsx({
        sheetName: '诉求',
        columns,
        batches: batchesOf(
          [{ text: '路灯不亮', n: 3, at: new Date('2026-01-01T16:05:00Z') }],
          [{ text: '垃圾', n: null, at: null }],
        ),
      }),
    );
    expect(ws.name).toBe('诉求');
    expect(ws.getRow(1).values).toEqual([undefined, '内容', '数', '时间']);
    expect(ws.getRow(2).values).toEqual([undefined, '路灯不亮', 3, '2026-01-02 00:05']);
    expect(ws.getCell('A3').value).toBe('垃圾');
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.rowCount).toBe(3);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:C1');
  });

  it('writes a text that begins like a formula as text, literally', async () => {
    const ws = await readBack(
      streamXlsx({
        sheetName: 'x',
        columns,
        batches: batchesOf([
          { text: '=1+1', n: -1, at: null },
          { text: '@SUM(A1:A9)', n: 0, at: null },
          { text: '-2+3', n: 0, at: null },
          { text: '平常的话', n: 0, at: null },
        ]),
      }),
    );
    for (const [ref, text] of [
      ['A2', '=1+1'],
      ['A3', '@SUM(A1:A9)'],
      ['A4', '-2+3'],
    ] as const) {
      const cell = ws.getCell(ref);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    // a number stays a number, and an ordinary text keeps the general format
    expect(ws.getCell('B2').value).toBe(-1);
    expect(ws.getCell('A5').numFmt).toBeUndefined();
  });

  it('keeps markup, emoji and line breaks as typed, and drops what XML cannot hold', async () => {
    const ws = await readBack(
      streamXlsx({
        sheetName: 'a<b>&"c"',
        columns,
        batches: batchesOf([
          { text: '<b>灯</b> & "门" 🚪\n第二行', n: 2.5, at: null },
          { text: 'bell\u0007 and a lone \ud800 half', n: null, at: null },
        ]),
      }),
    );
    expect(ws.name).toBe('a<b>&"c"');
    expect(ws.getCell('A2').value).toBe('<b>灯</b> & "门" 🚪\n第二行');
    expect(ws.getCell('B2').value).toBe(2.5);
    expect(ws.getCell('A3').value).toBe('bell and a lone  half');
  });

  it('writes a thousand rows in batches as a zip every reader takes', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ text: `第${i}条`, n: i, at: null }));
    const ws = await readBack(
      streamXlsx({ sheetName: 'x', columns, batches: batchesOf(many.slice(0, 400), many.slice(400)) }),
    );
    expect(ws.rowCount).toBe(1001);
    expect(ws.getCell('A1001').value).toBe('第999条');
    expect(ws.getCell('B1001').value).toBe(999);
  });

  it('ends the stream in error when a read fails midway, so no short file is saved', async () => {
    async function* failing() {
      yield [{ text: 'a', n: 1, at: null }];
      throw new Error('connection lost');
    }
    await expect(readBack(streamXlsx({ sheetName: 'x', columns, batches: failing() }))).rejects.toThrow(
      'connection lost',
    );
  });
});

describe('guardSheet', () => {
  it('marks the formula-like texts of a workbook built whole', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow(['=HYPERLINK("http://x")', '张三', 5]);
    guardSheet(ws);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const cell = (back.worksheets[0] as ExcelJS.Worksheet).getCell('A1');
    expect(cell.value).toBe('=HYPERLINK("http://x")');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
    expect((back.worksheets[0] as ExcelJS.Worksheet).getCell('B1').numFmt).toBeUndefined();
  });
});
