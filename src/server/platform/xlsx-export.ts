// Excel out (导出Excel): the one way every list and report writes a sheet. Lists stream rows from
// a paged read through exceljs's streaming writer, so a large export holds one batch in memory;
// small workbooks built whole pass through `guardSheet`. Either way a text that begins like a
// formula (= + - @, or a tab / CR) is marked as text, so Excel shows it and never evaluates it.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { shanghaiDateTime } from './calendar';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's "Text" number format: the cell keeps what is typed, even when re-edited. */
const TEXT_FORMAT = '@';

/** A text Excel (or LibreOffice, or a CSV reader) could take for a formula: 公式注入. */
export const looksLikeFormula = (text: string) => /^[=+\-@\t\r]/.test(text);

/**
 * Makes a cell holding such a text safe: the value stays a plain string (exceljs writes strings as
 * strings, never as formulas) and the cell is formatted as Text, so editing it in Excel does not
 * turn it into a formula either. The text itself is kept as it was — no quote prepended.
 */
export function guardCell(cell: ExcelJS.Cell) {
  if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = TEXT_FORMAT;
}

/** Guards every cell of a sheet built whole (the ledger, the roster, the hours table). */
export function guardSheet(ws: ExcelJS.Worksheet) {
  ws.eachRow((row) => row.eachCell(guardCell));
}

type CellValue = string | number | Date | null | undefined;

/** A column of an exported list: its header in the reader's language, its width, and its cell. */
export type XlsxColumn<T> = {
  header: string;
  width: number;
  /** `datetime` writes an instant as 'YYYY-MM-DD HH:mm' in Asia/Shanghai, as the other exports do. */
  type?: 'text' | 'number' | 'datetime';
  value: (row: T) => CellValue;
};

const cellOf = (type: XlsxColumn<unknown>['type'], v: CellValue): string | number | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return type === 'datetime' ? shanghaiDateTime(v) : v.toISOString();
  return v;
};

type SheetSpec<T> = {
  sheetName: string;
  columns: readonly XlsxColumn<T>[];
  /** The rows, a batch at a time (a keyset-paged read). */
  batches: AsyncIterable<readonly T[]>;
};

/**
 * One sheet written as a stream: a bold, frozen header row with an autofilter, then the rows as
 * the batches come. Returns the stream to send; it waits for the reader (backpressure) and stops
 * reading the database when the reader goes away. A read failing midway ends the stream in error,
 * so the download fails instead of saving a short file.
 */
export function streamXlsx<T>({ sheetName, columns, batches }: SheetSpec<T>) {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Shangliang 商量';
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell(guardCell);
  header.commit();

  const write = async () => {
    for await (const batch of batches) {
      if (out.destroyed) return;
      for (const item of batch) {
        const row = ws.addRow(columns.map((c) => cellOf(c.type, c.value(item))));
        row.eachCell(guardCell);
        row.commit();
      }
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    ws.commit();
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
