// Excel out (导出Excel): the one way every list and report writes a sheet. Lists stream rows from
// a paged read through exceljs's streaming writer, so a large export holds one batch in memory;
// small workbooks built whole pass through `guardSheet`. Either way a text that begins like a
// formula (= + - @, or a tab / CR) is marked as text, so Excel shows it and never evaluates it.
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { crc32, createDeflateRaw, deflateRawSync, constants as zlibConstants } from 'node:zlib';
import type ExcelJS from 'exceljs';
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
 * the batches come. Returns the stream to send; it reads the next batch only when the reader has
 * taken the last one (backpressure) and stops reading the database when the reader goes away.
 * A read failing midway ends the stream in error, so the download fails instead of saving a
 * short file. The sheet's XML is written here directly (inline strings, four cell styles) and
 * zipped as it goes: exceljs's row and cell objects cost more than the database's read of them.
 */
export function streamXlsx<T>({ sheetName, columns, batches }: SheetSpec<T>): Readable {
  return Readable.from(xlsxChunks(sheetName.slice(0, 31), columns, batches), { objectMode: false });
}

async function* xlsxChunks<T>(
  sheetName: string,
  columns: readonly XlsxColumn<T>[],
  batches: AsyncIterable<readonly T[]>,
) {
  const zip = new ZipWriter();
  yield* zip.file('[Content_Types].xml', CONTENT_TYPES);
  yield* zip.file('_rels/.rels', ROOT_RELS);
  yield* zip.file('docProps/core.xml', CORE);
  yield* zip.file('xl/workbook.xml', workbookXml(sheetName, columns.length));
  yield* zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  yield* zip.file('xl/styles.xml', STYLES);
  const sheet = zip.deflated('xl/worksheets/sheet1.xml');
  const letters = columns.map((_, i) => columnLetter(i));
  const last = letters.at(-1) ?? 'A';
  yield* sheet.write(
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1"/>` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/><cols>' +
      columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('') +
      '</cols><sheetData>' +
      rowXml(
        1,
        letters,
        columns.map((c) => c.header),
        STYLE.bold,
      ),
  );
  let r = 1;
  for await (const batch of batches) {
    let xml = '';
    for (const item of batch) {
      r += 1;
      xml += rowXml(
        r,
        letters,
        columns.map((c) => cellOf(c.type, c.value(item))),
        STYLE.plain,
      );
    }
    yield* sheet.write(xml);
  }
  yield* sheet.end(`</sheetData><autoFilter ref="A1:${last}1"/></worksheet>`);
  yield* zip.end();
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>';

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>';

const CORE =
  `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Shangliang 商量</dc:creator></cp:coreProperties>';

const WORKBOOK_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_RELS_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
  '</Relationships>';

const workbookXml = (sheetName: string, columnCount: number) =>
  `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
  `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets><definedNames>` +
  `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${escapeXml(sheetName.replace(/'/g, "''"))}'!$A$1:$${columnLetter(Math.max(columnCount - 1, 0))}$1</definedName>` +
  '</definedNames></workbook>';

/** The cell styles (cellXfs): plain, bold (the header), and each as Text (@, built-in format 49). */
const STYLE = { plain: 0, bold: 1 } as const;
const AS_TEXT = 2; // added to a style: the same, formatted as Text
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** 0 → A, 25 → Z, 26 → AA. */
function columnLetter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : columnLetter(Math.floor(i / 26) - 1) + columnLetter(i % 26);
}

// what XML 1.0 cannot hold at all (control characters but tab, LF and CR; unpaired surrogates;
// U+FFFE and U+FFFF): dropped from a cell, as exceljs did
const UNWRITABLE_CHARS =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const UNWRITABLE = new RegExp(UNWRITABLE_CHARS);
const UNWRITABLE_ALL = new RegExp(UNWRITABLE_CHARS, 'g');
const ESCAPED = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeXml(text: string) {
  const kept = UNWRITABLE.test(text) ? text.replace(UNWRITABLE_ALL, '') : text;
  return kept.replace(ESCAPED, (c) => ENTITY[c] as string);
}

function rowXml(r: number, letters: readonly string[], values: readonly (string | number | null)[], style: number) {
  let xml = `<row r="${r}">`;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const ref = `${letters[i]}${r}`;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) xml += `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;
      continue;
    }
    const s = looksLikeFormula(v) ? style + AS_TEXT : style;
    xml += `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  }
  return `${xml}</row>`;
}

/**
 * A zip archive written front to back (the sizes of each entry follow its data, in a data
 * descriptor), as spreadsheet readers take it: small parts stored whole, the sheet deflated as
 * it is written.
 */
class ZipWriter {
  private offset = 0;
  private readonly entries: { name: Buffer; crc: number; size: number; compressed: number; offset: number }[] = [];
  private readonly stamp = dosStamp(new Date());

  private header(name: Buffer) {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4); // version needed: 2.0
    h.writeUInt16LE(0x0808, 6); // sizes in the data descriptor; UTF-8 names
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt32LE(this.stamp, 10);
    h.writeUInt16LE(name.length, 26);
    return Buffer.concat([h, name]);
  }

  private descriptor(crc: number, compressed: number, size: number) {
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(crc >>> 0, 4);
    d.writeUInt32LE(compressed, 8);
    d.writeUInt32LE(size, 12);
    return d;
  }

  private *emit(chunk: Buffer) {
    this.offset += chunk.length;
    yield chunk;
  }

  /** A small part, compressed at once. */
  *file(path: string, text: string) {
    const data = Buffer.from(text, 'utf8');
    const body = deflateRawSync(data);
    const name = Buffer.from(path, 'utf8');
    const offset = this.offset;
    const crc = crc32(data);
    yield* this.emit(this.header(name));
    yield* this.emit(body);
    yield* this.emit(this.descriptor(crc, body.length, data.length));
    this.entries.push({ name, crc, size: data.length, compressed: body.length, offset });
  }

  /** A part written in pieces: each `write` gives back what the compressor has made of it so far. */
  deflated(path: string) {
    const name = Buffer.from(path, 'utf8');
    const offset = this.offset;
    const z = createDeflateRaw({ level: 6 });
    let crc = 0;
    let size = 0;
    let compressed = 0;
    let started = false;
    const pending: Buffer[] = [];
    z.on('data', (c: Buffer) => pending.push(c));
    const zip = this;
    const drain = function* () {
      for (const c of pending.splice(0)) {
        compressed += c.length;
        yield* zip.emit(c);
      }
    };
    const take = async function* (text: string, finish: boolean) {
      if (!started) {
        started = true;
        yield* zip.emit(zip.header(name));
      }
      const data = Buffer.from(text, 'utf8');
      crc = crc32(data, crc);
      size += data.length;
      if (finish) {
        const ended = once(z, 'end');
        z.end(data);
        await ended;
      } else {
        z.write(data);
        await new Promise<void>((resolve) => z.flush(zlibConstants.Z_SYNC_FLUSH, () => resolve()));
      }
      yield* drain();
    };
    return {
      write: (text: string) => take(text, false),
      end: async function* (text: string) {
        yield* take(text, true);
        yield* zip.emit(zip.descriptor(crc, compressed, size));
        zip.entries.push({ name, crc, size, compressed, offset });
      },
    };
  }

  /** The central directory and its end record. */
  *end() {
    const start = this.offset;
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4); // made by: 2.0
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(0x0808, 8);
      c.writeUInt16LE(8, 10);
      c.writeUInt32LE(this.stamp, 12);
      c.writeUInt32LE(e.crc >>> 0, 16);
      c.writeUInt32LE(e.compressed, 20);
      c.writeUInt32LE(e.size, 24);
      c.writeUInt16LE(e.name.length, 28);
      c.writeUInt32LE(e.offset, 42);
      yield* this.emit(Buffer.concat([c, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    yield* this.emit(end);
  }
}

/** A moment as a zip archive's MS-DOS time (high word) and date (low word), local time. */
function dosStamp(d: Date) {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2);
  const date = ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return ((time << 16) | date) >>> 0;
}
