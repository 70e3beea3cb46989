// Reading an uploaded sheet (.xlsx, or .csv in UTF-8 or GBK) as rows of column → text, the columns
// found by their headers in any language.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../../shared/enums';
import { invalid } from './errors';

/** A row as read: its number on the sheet, and each known column's text ('' when blank). */
export type SheetRow<K extends string> = Record<K, string> & { row: number };

/** The first visible sheet's non-blank rows; a file that is no spreadsheet answers 400 on `file`. */
export async function readSheetRows<K extends string>(
  file: Buffer,
  filename: string,
  headers: Record<K, Record<Locale, string>>,
): Promise<SheetRow<K>[]> {
  const wb = new ExcelJS.Workbook();
  try {
    if (/\.csv$/i.test(filename)) await wb.csv.read(Readable.from([decodeText(file)]));
    else await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw invalid([{ path: 'file', key: 'not_a_spreadsheet' }]);
  }
  const byHeader = new Map<string, K>();
  for (const [key, words] of Object.entries(headers) as [K, Record<Locale, string>][]) {
    byHeader.set(key.toLowerCase(), key);
    for (const w of Object.values(words)) byHeader.set(w.toLowerCase(), key);
  }
  const sheet = wb.worksheets.find((w) => w.state === 'visible') ?? wb.worksheets[0];
  const keyAt = new Map<number, K>();
  sheet?.getRow(1).eachCell((cell, col) => {
    const key = byHeader.get(
      cell.text
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase(),
    );
    if (key) keyAt.set(col, key);
  });
  const rows: SheetRow<K>[] = [];
  for (let r = 2; r <= (sheet?.rowCount ?? 0); r++) {
    const record = Object.fromEntries(Object.keys(headers).map((k) => [k, ''])) as Record<K, string>;
    sheet?.getRow(r).eachCell((cell, col) => {
      const key = keyAt.get(col);
      if (key) record[key] = cell.text;
    });
    if (Object.values<string>(record).some((v) => v.trim() !== '')) rows.push({ ...record, row: r });
  }
  return rows;
}

function decodeText(buf: Buffer) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(buf); // Excel in Chinese saves CSV as GBK
  }
}
