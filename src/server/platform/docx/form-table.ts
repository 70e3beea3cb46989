import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { FANGSONG, HEITI, MM, run, SIZE } from './styles';

/** A row of a form: the label, its lines, and room to write by hand (反馈 lines) when it has none. */
export type GongwenRow = { label: string; lines: string[]; blankLines?: number };

const CELL_MARGIN = { top: 60, bottom: 60, left: 120, right: 120 };
const cellBorder = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const TABLE_BORDERS = {
  top: cellBorder,
  bottom: cellBorder,
  left: cellBorder,
  right: cellBorder,
  insideHorizontal: cellBorder,
  insideVertical: cellBorder,
};
const TEXT_WIDTH = Math.round((210 - 28 - 26) * MM);
const LABEL_WIDTH = Math.round(32 * MM);

/** A form as a two-column table: the label in 黑体, its lines in 仿宋 (4号, to fit a row). */
export function formTable(rows: GongwenRow[]): Table {
  const line = (text: string, f = FANGSONG) => new Paragraph({ children: [run(text, f, SIZE[4])] });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    borders: TABLE_BORDERS,
    rows: rows.map(
      (r) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: LABEL_WIDTH, type: WidthType.DXA },
              margins: CELL_MARGIN,
              verticalAlign: VerticalAlign.CENTER,
              children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(r.label, HEITI, SIZE[4])] })],
            }),
            new TableCell({
              width: { size: TEXT_WIDTH - LABEL_WIDTH, type: WidthType.DXA },
              margins: CELL_MARGIN,
              children: [
                ...r.lines.map((t) => line(t)),
                ...Array.from({ length: r.lines.length === 0 ? (r.blankLines ?? 1) : 0 }, () => line('')),
              ],
            }),
          ],
        }),
    ),
  });
}
