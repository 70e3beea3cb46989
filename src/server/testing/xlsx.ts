// Reading an exported sheet back in tests: the header row and the data rows as cell values.
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Agent } from './harness';

/** GETs an Excel export (expects 200 and a .xlsx attachment) and parses its first sheet. */
export async function exportedSheet(by: Agent, url: string, headers?: Record<string, string>) {
  const res = await by.get(url, headers);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['content-disposition']).toContain('.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => rows.push(row));
  const [header, ...data] = rows;
  return {
    header: ((header?.values ?? []) as unknown[]).slice(1),
    rows: data,
    disposition: res.headers['content-disposition'],
  };
}

/** The text of a column (1-based) down the data rows, sorted. */
export const columnOf = (rows: ExcelJS.Row[], column: number) =>
  rows.map((r) => String(r.getCell(column).value)).sort();

/** Expects a cell to hold `text` as a plain string formatted as Text, never a formula. */
export function expectTextCell(cell: ExcelJS.Cell | undefined, text: string) {
  expect(cell?.value).toBe(text);
  expect(cell?.type).toBe(ExcelJS.ValueType.String);
  expect(cell?.formula).toBeUndefined();
  expect(cell?.numFmt).toBe('@');
}
