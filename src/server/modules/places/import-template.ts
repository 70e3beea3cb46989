// The places import template (地点导入模板): the columns to fill, drop-downs for the kind and the
// yes/no columns, and a sheet of the region's existing places whose codes a row's parent takes.
import ExcelJS from 'exceljs';
import type { Ctx } from '../../platform/context';
import { addDropDowns, addPlacesSheet } from '../../platform/xlsx-template';
import { FLAG_LABELS, IMPORT_COLUMNS, KIND_CHOICES } from './import-places';
import { listRegionPlaces } from './queries';

const FLAG_COLUMNS = ['hasWorkstation', 'hasCouncil', 'isDemonstration'] as const;
const columnOf = (key: (typeof IMPORT_COLUMNS)[number]['key']) => IMPORT_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The template as an .xlsx file, in the reader's script (简体 unless they read 繁體). */
export async function placesTemplate(ctx: Ctx) {
  const lang = ctx.locale === 'zh-TW' ? 'zh-TW' : 'zh-CN';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shangliang';
  const ws = wb.addWorksheet('places', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(IMPORT_COLUMNS.map((c) => c.headers[0]));
  ws.getRow(1).font = { bold: true };
  ws.addRow(['示例社区', '社区', '（上级地点的编码）', '', '', '否', '是', '', '否']);
  ws.columns.forEach((c) => {
    c.width = 16;
  });
  addPlacesSheet(wb, await listRegionPlaces(ctx.db, ctx.actor), ctx.locale);
  addDropDowns(wb, ws, [
    { column: columnOf('kind'), values: KIND_CHOICES.map((k) => k[lang]) },
    ...FLAG_COLUMNS.map((key) => ({ column: columnOf(key), values: FLAG_LABELS.map((f) => f[lang]) })),
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
