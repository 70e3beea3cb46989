import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { FANGSONG, HEITI, MM, run } from './styles';

/** A table of figures: a header row and a row per item, the first column a name, the others numbers. */
export type GongwenGrid = { header: string[]; rows: string[][] };

const TEXT_WIDTH = Math.round((210 - 28 - 26) * MM);
const SMALL = 24; // 小四: a row of figures fits the width
const cellBorder = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BORDERS = {
  top: cellBorder,
  bottom: cellBorder,
  left: cellBorder,
  right: cellBorder,
  insideHorizontal: cellBorder,
  insideVertical: cellBorder,
};

/** The grid as a Word table: the header in 黑体, the cells in 仿宋, the first column twice as wide. */
export function gridTable(grid: GongwenGrid): Table {
  const columns = grid.header.length;
  const unit = Math.floor(TEXT_WIDTH / (columns + 1));
  const widths = grid.header.map((_, i) => (i === 0 ? TEXT_WIDTH - unit * (columns - 1) : unit));
  const row = (cells: string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i] ?? unit, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({
                alignment: i === 0 && !isHeader ? AlignmentType.LEFT : AlignmentType.CENTER,
                children: [run(text, isHeader ? HEITI : FANGSONG, SMALL)],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [row(grid.header, true), ...grid.rows.map((r) => row(r, false))],
  });
}
