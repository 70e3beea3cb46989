// What every import template shares: drop-down lists (Excel data validation) for the columns that
// take one of a few values, and a sheet of the region's existing places, so a person filling the
// template picks a value or copies a code rather than guessing one.
import type ExcelJS from 'exceljs';
import type { Locale } from '../../shared/enums';
import { guardCell } from './xlsx-export';

/** How many rows under the header carry the drop-downs. */
export const TEMPLATE_ROWS = 2000;
const LISTS_SHEET = 'lists';

/** A column of the template sheet (1-based) and the values its drop-down offers. */
export type DropDown = { column: number; values: readonly string[] };

// exceljs's types leave dataValidations out; it writes one range rather than a rule per cell
type WithValidations = { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } };

/**
 * Gives each column its drop-down, fed from a hidden sheet of the values (a list typed into the rule
 * itself may hold 255 characters at most, too few for, say, the place kinds in words).
 */
export function addDropDowns(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, dropDowns: readonly DropDown[]) {
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  dropDowns.forEach(({ column, values }, i) => {
    const listColumn = lists.getColumn(i + 1);
    values.forEach((v, j) => {
      lists.getCell(j + 1, i + 1).value = v;
    });
    const target = ws.getColumn(column).letter;
    (ws as unknown as WithValidations).dataValidations.add(`${target}2:${target}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`${LISTS_SHEET}!$${listColumn.letter}$1:$${listColumn.letter}$${values.length}`],
      showErrorMessage: true,
    });
  });
}

/** A place as the places sheet lists it: its code, its name, and the names from the top down. */
export type ListedPlace = { code: string; name: string; trail: string };

const SHEET_WORDS = {
  'zh-CN': { sheet: '现有地点', code: '编码', name: '名称', trail: '完整路径' },
  'zh-TW': { sheet: '現有地點', code: '編碼', name: '名稱', trail: '完整路徑' },
} as const;

/** The region's existing places on a sheet of their own (after the one to fill), in the sheet's script. */
export function addPlacesSheet(wb: ExcelJS.Workbook, rows: readonly ListedPlace[], locale: Locale) {
  const words = SHEET_WORDS[locale === 'zh-TW' ? 'zh-TW' : 'zh-CN'];
  const ws = wb.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: words.code, key: 'code', width: 16 },
    { header: words.name, key: 'name', width: 20 },
    { header: words.trail, key: 'trail', width: 48 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    ws.addRow(r).eachCell(guardCell); // names are people's text; codes like 001 stay text
  }
  return ws;
}
