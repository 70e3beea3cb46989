import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

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
  | { kind: 'label'; label: string; text: string }; // "时间：…", "地点：…"

export type GongwenDocument = {
  masthead?: string; // 发文机关标志 in red, e.g. "青禾区政协协商议事会议纪要"
  docNumber?: string; // 发文字号, e.g. "东湖协〔2026〕3号"
  title: string;
  addressee?: string; // 主送机关
  blocks: GongwenBlock[];
  issuer?: string; // 落款
  date: Date;
  copyTo?: string; // 抄送
};

const MM = 56.7; // twips per millimetre
const LINE = { line: 579, lineRule: LineRuleType.EXACT }; // 28.95 pt
const SIZE = { 2: 44, 3: 32, 4: 28 }; // 号 → half-points
const latin = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin });
const FANGSONG = font('仿宋_GB2312');
const HEITI = font('黑体');
const KAITI = font('楷体_GB2312');
const XIAOBIAOSONG = font('方正小标宋简体');
const SONG = font('宋体');

const run = (text: string, f = FANGSONG, size = SIZE[3], extra: { color?: string; bold?: boolean } = {}) =>
  new TextRun({ text, font: f, size, ...extra });

/** 2026年11月26日 — the date as 公文 writes it (Arabic numerals, per GB/T 9704-2012). */
export const gongwenDate = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

function blockParagraph(b: GongwenBlock): Paragraph {
  switch (b.kind) {
    case 'heading1':
      return new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(b.text, HEITI)] });
    case 'heading2':
      return new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(b.text, KAITI)] });
    case 'label':
      return new Paragraph({
        spacing: LINE,
        indent: { firstLine: 640 },
        children: [run(`${b.label}：`, HEITI), run(b.text)],
      });
    default:
      return new Paragraph({ spacing: LINE, indent: { firstLine: 640 }, children: [run(b.text)] });
  }
}

/** Splits text into paragraphs on blank or single line breaks, dropping empty ones. */
export const paragraphsOf = (text: string): GongwenBlock[] =>
  text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph', text: t }));

/** Renders the document as a .docx file. */
export async function renderGongwen(doc: GongwenDocument): Promise<Buffer> {
  const children: Paragraph[] = [];
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
  if (doc.addressee) children.push(new Paragraph({ spacing: LINE, children: [run(`${doc.addressee}：`)] }));
  children.push(...doc.blocks.map(blockParagraph));
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
      children: [run(gongwenDate(doc.date))],
    }),
  );
  if (doc.copyTo) {
    children.push(
      new Paragraph({
        spacing: { ...LINE, before: 600 },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [run(`抄送：${doc.copyTo}。`, FANGSONG, SIZE[4])],
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
