// The account import template: the columns to fill, a drop-down of the roles in words, and a
// sheet of the region's places whose codes the 地点编码 column takes.
import ExcelJS from 'exceljs';
import { ACCOUNT_IMPORT_COLUMNS, ROLE_LABELS } from '../../../shared/messages/accounts';
import type { Ctx } from '../../platform/context';
import { addDropDowns, addPlacesSheet } from '../../platform/xlsx-template';
import { listRegionPlaces } from '../places';

const KEYS = Object.keys(ACCOUNT_IMPORT_COLUMNS) as (keyof typeof ACCOUNT_IMPORT_COLUMNS)[];

/** The template as an .xlsx file, in the reader's script (简体 unless they read 繁體). */
export async function accountsTemplate(ctx: Ctx) {
  const lang = ctx.locale === 'zh-TW' ? 'zh-TW' : 'zh-CN';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shangliang';
  const ws = wb.addWorksheet(lang === 'zh-TW' ? '帳號' : '账号', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = KEYS.map((k) => ({ header: ACCOUNT_IMPORT_COLUMNS[k][lang], key: k, width: 18 }));
  ws.getRow(1).font = { bold: true };
  addPlacesSheet(wb, await listRegionPlaces(ctx.db, ctx.actor), ctx.locale);
  addDropDowns(wb, ws, [{ column: KEYS.indexOf('role') + 1, values: Object.values(ROLE_LABELS).map((r) => r[lang]) }]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
