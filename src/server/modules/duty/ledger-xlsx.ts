import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { DUTY_KINDS } from '../../../shared/enums';
import { DUTY_GRADE_WORDS, DUTY_KIND_WORDS } from '../../../shared/messages/duty';
import { writeAudit } from '../../platform/audit';
import { shanghaiDate } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { guardCell } from '../../platform/xlsx-export';
import { DUTY_EXPORT_WORDS } from './export-words';
import { byKindOf, presentLine } from './present';
import { assessRegion } from './ranking';
import type { DutyRankingInput } from './schemas';
import { fromTenths, rankOf } from './scoring';

/**
 * A region's (or a group's) year ledger as Excel: one row per member with a column per kind, the
 * total and the grade, ranked; a second sheet with every line and the console's link to its record.
 * The ranking needs every member's total first, so the assessments are read whole; the workbook is
 * then written as a stream (a row committed as it is written, never the whole file in memory), every
 * cell guarded against formula injection, and the export audited (duty.ledger_export).
 */
export async function exportLedger(ctx: Ctx, q: DutyRankingInput, publicUrl: string) {
  const r = await assessRegion(ctx, q);
  const w = DUTY_EXPORT_WORDS[ctx.locale];
  const kindWords = DUTY_KIND_WORDS[ctx.locale];
  const gradeWords = DUTY_GRADE_WORDS[ctx.locale];
  const region = r.group?.name ?? r.place.name;
  await writeAudit(ctx.db, ctx, {
    action: 'duty.ledger_export',
    entityType: 'duty_ledger',
    entityId: ctx.actor.id,
    placePath: ctx.actor.homePlacePath,
    after: { filters: q, count: r.assessments.length },
  });
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
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
  summary.getRow(1).font = { bold: true };
  // names and record titles are people's text: each row guarded as it is written
  const put = async (ws: ExcelJS.Worksheet, values: Record<string, unknown>) => {
    const row = ws.addRow(values);
    row.eachCell(guardCell);
    row.commit();
    if (out.writableNeedDrain) await once(out, 'drain'); // the reader sets the pace
  };
  const write = async () => {
    for (const a of ranked)
      await put(summary, {
        rank: a.rank,
        member: a.member.displayName,
        place: a.member.place.name,
        ...byKindOf(a),
        total: fromTenths(a.total),
        grade: gradeWords[a.grade],
      });
    summary.commit();

    const entries = wb.addWorksheet(w.entriesSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    entries.columns = [
      { header: w.member, key: 'member', width: 16 },
      { header: w.kind, key: 'kind', width: 16 },
      { header: w.date, key: 'date', width: 12 },
      { header: w.record, key: 'record', width: 40 },
      { header: w.points, key: 'points', width: 8 },
      { header: w.link, key: 'link', width: 40 },
    ];
    entries.getRow(1).font = { bold: true };
    for (const a of ranked)
      for (const line of a.lines.map(presentLine))
        await put(entries, {
          member: a.member.displayName,
          kind: kindWords[line.kind],
          date: shanghaiDate(line.at),
          record: line.record.label,
          points: line.points,
          link: new URL(line.record.path, publicUrl).href,
        });
    entries.commit();
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return { stream: out, fileName: `${w.ledgerFile(region, r.year)}.xlsx` };
}
