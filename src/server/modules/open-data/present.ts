// How open figures are told: zh-CN names, and the CSV a spreadsheet opens (UTF-8 with a BOM).
import type { OpenFigure } from '../../../shared/api/open-data';

export const OPEN_FIGURE_NAMES: Record<OpenFigure, string> = {
  places: '村（社区）数',
  councils: '议事会数',
  rooms: '议事室数',
  received: '收集意见建议',
  solved: '已办结',
  satisfaction: '平均满意度',
  consultations: '协商活动',
  participants: '参与人次',
  outcomesSent: '报送协商成果',
  outcomesCarriedOut: '落实成果',
};

/** A CSV field: quoted when it holds a comma, quote or line break, quotes doubled. */
export const csvField = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

type Row = { key: string; name: string; value: number | null; unit: string };

/** The figures as CSV: a BOM, the header, one row per figure, CRLF line ends. */
export function figuresCsv(figures: Row[], period: { from: string; to: string }) {
  const lines = [
    ['figure', 'name', 'value', 'unit', 'from', 'to'],
    ...figures.map((f) => [f.key, f.name, f.value, f.unit, period.from, period.to]),
  ];
  return `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
