import ExcelJS from 'exceljs';
import { DUTY_KINDS } from '../../../shared/enums';
import { DUTY_GRADE_WORDS, DUTY_KIND_WORDS } from '../../../shared/messages/duty';
import { shanghaiDate } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { guardSheet } from '../../platform/xlsx-export';
import { DUTY_EXPORT_WORDS } from './export-words';
import { byKindOf, presentLine } from './present';
import { assessRegion } from './ranking';
import type { DutyRankingInput } from './schemas';
import { fromTenths, rankOf } from './scoring';

/**
 * A region's (or a group's) year ledger as Excel: one row per member with a column per kind, the
 * total and the grade, ranked; a second sheet with every line and the console's link to its record.
 */
export async function exportLedger(ctx: Ctx, q: DutyRankingInput, publicUrl: string) {
  const r = await assessRegion(ctx, q);
  const w = DUTY_EXPORT_WORDS[ctx.locale];
  const kindWords = DUTY_KIND_WORDS[ctx.locale];
  const gradeWords = DUTY_GRADE_WORDS[ctx.locale];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shangliang 商量';

  const summary = wb.addWorksheet(w.summarySheet, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  summary.columns = [
    { header: w.rank, key: 'rank', width: 6 },
    { header: w.member, key: 'member', width: 16 },
    { header: w.place, key: 'place', width: 14 },
    ...DUTY_KINDS.map((k) => ({ header: kindWords[k], key: k, width: 12 })),
    { header: w.totalColumn, key: 'total', width: 8 },
    { header: w.grade, key: 'grade', width: 10 },
  ];
  const ranked = rankOf(r.assessments);
  for (const a of ranked)
    summary.addRow({
      rank: a.rank,
      member: a.member.displayName,
      place: a.member.place.name,
      ...byKindOf(a),
      total: fromTenths(a.total),
      grade: gradeWords[a.grade],
    });
  summary.getRow(1).font = { bold: true };

  const entries = wb.addWorksheet(w.entriesSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  entries.columns = [
    { header: w.member, key: 'member', width: 16 },
    { header: w.kind, key: 'kind', width: 16 },
    { header: w.date, key: 'date', width: 12 },
    { header: w.record, key: 'record', width: 40 },
    { header: w.points, key: 'points', width: 8 },
    { header: w.link, key: 'link', width: 40 },
  ];
  for (const a of ranked)
    for (const line of a.lines.map(presentLine))
      entries.addRow({
        member: a.member.displayName,
        kind: kindWords[line.kind],
        date: shanghaiDate(line.at),
        record: line.record.label,
        points: line.points,
        link: new URL(line.record.path, publicUrl).href,
      });
  entries.getRow(1).font = { bold: true };
  // names and record titles are people's text
  guardSheet(summary);
  guardSheet(entries);

  const region = r.group?.name ?? r.place.name;
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), fileName: `${w.ledgerFile(region, r.year)}.xlsx` };
}
