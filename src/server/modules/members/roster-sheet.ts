// The roster as an Excel workbook (委员名册): one sheet of members under Chinese headers, with
// drop-downs for 性别, 界别, 层级 and 政治面貌 fed from a hidden sheet of their labels and codes.
// The template is the same workbook without members; the export fills it; the import reads it back.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '../../../shared/enums';
import {
  MEMBER_GENDER_LABELS,
  MEMBER_LEVEL_LABELS,
  MEMBER_PARTY_LABELS,
  ROSTER_COLUMN_LABELS,
  type RosterColumn,
} from '../../../shared/messages/members';
import { SECTOR_LABELS } from '../../../shared/messages/sectors';
import { guardCell } from '../../platform/xlsx-export';
import { readSheet } from '../../platform/xlsx-read';
import { addPlacesSheet, type ListedPlace } from '../../platform/xlsx-template';

/** The roster's columns in order, each with its width in characters. */
export const ROSTER_COLUMNS = [
  ['memberNo', 14],
  ['displayName', 10],
  ['username', 18],
  ['gender', 6],
  ['sector', 16],
  ['level', 8],
  ['party', 12],
  ['employer', 24],
  ['position', 14],
  ['expertise', 18],
  ['termStart', 8],
  ['termEnd', 8],
  ['phone', 14],
  ['homePlace', 14],
  ['workstations', 20],
  ['assigned', 28],
] as const satisfies readonly (readonly [RosterColumn, number])[];

/** The coded columns and the labels their drop-downs offer, as laid out on the hidden sheet. */
const CODED = [
  ['gender', MEMBER_GENDER_LABELS],
  ['sector', SECTOR_LABELS],
  ['level', MEMBER_LEVEL_LABELS],
  ['party', MEMBER_PARTY_LABELS],
] as const;

/** How many rows of the roster sheet carry the drop-downs. */
export const TEMPLATE_ROWS = 2000;
const CODES_SHEET = 'codes';

/** The sheet's words: 繁體 for a zh-TW reader, 简体 for everyone else (the headers are Chinese). */
export const sheetLocale = (locale: Locale): Locale => (locale === 'zh-TW' ? 'zh-TW' : 'zh-CN');

const NOTES: Partial<Record<RosterColumn, Record<'zh-CN' | 'zh-TW', string>>> = {
  memberNo: {
    'zh-CN': '必填，委员的唯一编号；已有编号的行会更新该委员',
    'zh-TW': '必填，委員的唯一編號；已有編號的列會更新該委員',
  },
  username: {
    'zh-CN': '新委员登录用的用户名，可不填（默认 member.编号）',
    'zh-TW': '新委員登入用的使用者名稱，可不填（預設 member.編號）',
  },
  homePlace: { 'zh-CN': '必填，地点编码，如 nl', 'zh-TW': '必填，地點編碼，如 nl' },
  workstations: {
    'zh-CN': '设有委员工作站的地点编码，多个用顿号分隔',
    'zh-TW': '設有委員工作站的地點編碼，多個用頓號分隔',
  },
  assigned: {
    'zh-CN': '下沉的村、社区或网格编码，多个用顿号分隔',
    'zh-TW': '下沉的村、社區或網格編碼，多個用頓號分隔',
  },
  phone: {
    'zh-CN': '11 位手机号；导出的号码已隐去中间四位，原样保留即不改动',
    'zh-TW': '11 位手機號碼；匯出的號碼已隱去中間四位，原樣保留即不改動',
  },
};

/** A row of the roster as the sheet shows it (every value already in the sheet's words). */
export type SheetRow = Record<RosterColumn, string | number>;

/** The roster workbook without members (the import template) with the region's places to copy codes from, whole. */
export async function rosterWorkbook(locale: Locale, places: readonly ListedPlace[]) {
  const chunks: Buffer[] = [];
  for await (const c of rosterStream(locale, emptyBatches(), places)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function* emptyBatches(): AsyncIterable<readonly SheetRow[]> {}

/**
 * The roster workbook as a stream (exceljs's streaming writer): the members' rows as the batches
 * come, a batch held at a time, then the hidden sheet of codes and the drop-downs. A batch failing
 * midway ends the stream in error, so no short file is saved.
 */
export function rosterStream(
  locale: Locale,
  batches: AsyncIterable<readonly SheetRow[]>,
  places?: readonly ListedPlace[],
) {
  const out = new PassThrough();
  const write = async () => {
    const lang = sheetLocale(locale) as 'zh-CN' | 'zh-TW';
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.creator = 'Shangliang';
    const ws = wb.addWorksheet(lang === 'zh-TW' ? '委員名冊' : '委员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = ROSTER_COLUMNS.map(([key, width]) => ({ key, width, header: ROSTER_COLUMN_LABELS[key][lang] }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    ROSTER_COLUMNS.forEach(([key], i) => {
      const note = NOTES[key]?.[lang];
      if (note) header.getCell(i + 1).note = note;
    });
    header.commit();
    for await (const batch of batches) {
      if (out.destroyed) return;
      for (const r of batch) {
        const row = ws.addRow(r);
        row.eachCell(guardCell); // names, employers, positions are people's text
        row.commit();
      }
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    // the drop-downs: each coded column's labels (what it offers) beside their codes on a hidden sheet
    CODED.forEach(([key, labels], i) => {
      const letter = ws.getColumn(i * 2 + 1).letter; // the labels' column on the codes sheet
      const target = ws.getColumn(ROSTER_COLUMNS.findIndex(([k]) => k === key) + 1).letter;
      const last = Object.keys(labels).length + 1;
      // exceljs types leave dataValidations out; it writes one range rather than a cell per row
      (
        ws as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }
      ).dataValidations.add(`${target}2:${target}${TEMPLATE_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`${CODES_SHEET}!$${letter}$2:$${letter}$${last}`],
        showErrorMessage: true,
      });
    });
    ws.commit();
    const codes = wb.addWorksheet(CODES_SHEET, { state: 'hidden' });
    const codeRows: (string | null)[][] = [CODED.flatMap(([key]) => [ROSTER_COLUMN_LABELS[key][lang], 'code'])];
    CODED.forEach(([, labels], i) => {
      Object.entries(labels).forEach(([code, texts], j) => {
        const row = codeRows[j + 1] ?? Array<string | null>(CODED.length * 2).fill(null);
        codeRows[j + 1] = row;
        row[i * 2] = (texts as Record<Locale, string>)[lang];
        row[i * 2 + 1] = code;
      });
    });
    for (const values of codeRows) codes.addRow(values).commit();
    codes.commit();
    // the template: the places whose codes 住所地点, 工作站 and 下沉 take
    if (places) addPlacesSheet(wb as unknown as Pick<ExcelJS.Workbook, 'addWorksheet'>, places, locale);
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

export type RawRosterRow = Record<RosterColumn, string> & { row: number };

/**
 * Reads the first sheet's rows as column → text (.xlsx, or .csv in UTF-8 or GBK), and which columns
 * the sheet has: a column left out is left as it is, a column there but blank is emptied.
 * A file that is no spreadsheet answers 400 on `file`.
 */
export const readRoster = (file: Buffer, filename: string) => readSheet(file, filename, ROSTER_COLUMN_LABELS);
