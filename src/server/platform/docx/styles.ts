// The type of 公文 (GB/T 9704-2012): sizes in 号, the fonts of each part, the fixed line.
import { LineRuleType, TextRun } from 'docx';

export const MM = 56.7; // twips per millimetre
export const LINE = { line: 579, lineRule: LineRuleType.EXACT }; // 28.95 pt
export const SIZE = { 2: 44, 3: 32, 4: 28 }; // 号 → half-points
const latin = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin });
export const FANGSONG = font('仿宋_GB2312');
export const HEITI = font('黑体');
export const KAITI = font('楷体_GB2312');
export const XIAOBIAOSONG = font('方正小标宋简体');
export const SONG = font('宋体');

export const run = (text: string, f = FANGSONG, size = SIZE[3], extra: { color?: string; bold?: boolean } = {}) =>
  new TextRun({ text, font: f, size, ...extra });
