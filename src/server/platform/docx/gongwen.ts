import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import type { Locale } from '../../../shared/enums';
import { gongwenDate } from './dates';
import { formTable, type GongwenRow } from './form-table';
import { type GongwenGrid, gridTable } from './grid-table';
import { FANGSONG, HEITI, KAITI, LINE, MM, run, SIZE, SONG, XIAOBIAOSONG } from './styles';

export { gongwenDate, gongwenDateTime } from './dates';

/**
 * Official documents in 公文 style (GB/T 9704-2012, as far as Word can hold it): A4 with 37/35/28/26 mm
 * margins; a red masthead and rule; the title in 2号 小标宋; body in 3号 仿宋_GB2312 on a fixed
 * 28.95 pt line (22 lines a page); level-one headings in 黑体, level two in 楷体; the issuer and date
 * to the right; page numbers "— 1 —" in 4号 宋体.
 */
export type GongwenBlock =
  | { kind: 'heading1'; text: string } // 一、…
  | { kind: 'heading2'; text: string } // （一）…
  | { kind: 'paragraph'; text: string }
  | { kind: 'label'; label: string; text: string } // "时间：…", "地点：…"
  | { kind: 'table'; rows: GongwenRow[] } // a form (督办单): a label beside each entry
  | ({ kind: 'grid' } & GongwenGrid); // a table of figures (the township table of a report)

export type { GongwenRow } from './form-table';
export type { GongwenGrid } from './grid-table';

export type GongwenDocument = {
  masthead?: string; // 发文机关标志 in red, e.g. "青禾区政协协商议事会议纪要"
  docNumber?: string; // 发文字号, e.g. "东湖协〔2026〕3号"
  title: string;
  addressee?: string; // 主送机关
  blocks: GongwenBlock[];
  issuer?: string; // 落款
  date: Date; // shown as its calendar day in the deployment's time zone
  copyTo?: string; // 抄送
  locale?: Locale; // the reader's language for the date and punctuation (default zh-CN)
};

function blockParagraph(b: GongwenBlock, labelEnd: string): Paragraph | Table {
  switch (b.kind) {
    case 'heading1':
      return new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(b.text, HEITI)] });
    case 'heading2':
      return new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(b.text, KAITI)] });
    case 'table':
      return formTable(b.rows);
    case 'grid':
      return gridTable(b);
    case 'label':
      return new Paragraph({
        spacing: LINE,
        indent: { firstLine: 640 },
        children: [run(`${b.label}${labelEnd}`, HEITI), run(b.text)],
      });
    default:
      return new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(b.text)] });
  }
}

/** The non-empty lines of a text, trimmed. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean);

/** Splits text into paragraphs on blank or single line breaks, dropping empty ones. */
export const paragraphsOf = (text: string): GongwenBlock[] =>
  linesOf(text).map((t) => ({ kind: 'paragraph', text: t }));

/** A label with the first line of `text` beside it ("批示：…") and its further lines as paragraphs beneath. */
export function labelled(label: string, text: string): GongwenBlock[] {
  const [first = '', ...rest] = linesOf(text);
  return [{ kind: 'label', label, text: first }, ...rest.map((t): GongwenBlock => ({ kind: 'paragraph', text: t }))];
}

/** Renders the document as a .docx file. */
export async function renderGongwen(doc: GongwenDocument): Promise<Buffer> {
  const locale = doc.locale ?? 'zh-CN';
  const colon = locale === 'en' ? ':' : '：';
  const children: (Paragraph | Table)[] = [];
  if (doc.masthead) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 400, after: 200 },
        children: [run(doc.masthead, XIAOBIAOSONG, 60, { color: 'E60012' })],
      }),
    );
  }
  if (doc.docNumber) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [run(doc.docNumber)] }));
  }
  if (doc.masthead || doc.docNumber) {
    // the red rule under the masthead (版头中的分隔线)
    children.push(
      new Paragraph({
        spacing: { after: 400 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'E60012', space: 1 } },
        children: [],
      }),
    );
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 300 },
      children: [run(doc.title, XIAOBIAOSONG, SIZE[2])],
    }),
  );
  if (doc.addressee) children.push(new Paragraph({ spacing: LINE, children: [run(`${doc.addressee}${colon}`)] }));
  children.push(...doc.blocks.map((b) => blockParagraph(b, locale === 'en' ? ': ' : '：')));
  children.push(new Paragraph({ spacing: LINE, children: [] }));
  if (doc.issuer) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: LINE,
        indent: { right: 1280 },
        children: [run(doc.issuer)],
      }),
    );
  }
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: 1280 },
      children: [run(gongwenDate(doc.date, locale))],
    }),
  );
  if (doc.copyTo) {
    children.push(
      new Paragraph({
        spacing: { ...LINE, before: 600 },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [run(locale === 'en' ? `Copy to: ${doc.copyTo}.` : `抄送：${doc.copyTo}。`, FANGSONG, SIZE[4])],
      }),
    );
  }

  const document = new Document({
    creator: 'Shangliang 商量',
    title: doc.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONG, size: SIZE[4] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The Content-Disposition value for a download with a Chinese file name (RFC 6266/5987). */
export const attachmentName = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
