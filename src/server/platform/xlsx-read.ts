// Reading an uploaded sheet (.xlsx, or .csv in UTF-8 or GBK) as rows of column → text, the columns
// found by their headers in any language.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { invalid } from './errors';

/** A row as read: its number on the sheet, and each known column's text ('' when blank). */
export type SheetRow<K extends string> = Record<K, string> & { row: number };

/** Each column's headers: its label in each language (or a list of words), matched case-blind. */
export type SheetHeaders<K extends string> = Record<K, Readonly<Record<string, string>> | readonly string[]>;

/**
 * The first visible sheet's non-blank rows, and which columns the sheet has (a column left out is
 * not the same as one left blank); a file that is no spreadsheet answers 400 on `file`.
 */
export async function readSheet<K extends string>(
  file: Buffer,
  filename: string,
  headers: SheetHeaders<K>,
): Promise<{ rows: SheetRow<K>[]; columns: Set<K> }> {
  const wb = new ExcelJS.Workbook();
  try {
    if (/\.csv$/i.test(filename)) await wb.csv.read(Readable.from([decodeText(file)]));
    else await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    // not a zip, a zip cut short, a sheet exceljs cannot parse: the file, not the server, is wrong
    throw invalid([{ path: 'file', key: 'not_a_spreadsheet' }]);
  }
  const byHeader = new Map<string, K>();
  for (const [key, words] of Object.entries(headers) as [K, SheetHeaders<K>[K]][]) {
    byHeader.set(key.toLowerCase(), key);
    for (const w of Object.values(words)) byHeader.set(w.toLowerCase(), key);
  }
  // the first sheet a person sees: a template's lists of allowed values and places are hidden
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
  return { rows, columns: new Set(keyAt.values()) };
}

/** The first visible sheet's non-blank rows (readSheet without which columns it has). */
export async function readSheetRows<K extends string>(
  file: Buffer,
  filename: string,
  headers: SheetHeaders<K>,
): Promise<SheetRow<K>[]> {
  return (await readSheet(file, filename, headers)).rows;
}

function decodeText(buf: Buffer) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(buf); // Excel in Chinese saves CSV as GBK
  }
}
