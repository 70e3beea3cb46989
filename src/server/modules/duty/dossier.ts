import { DUTY_GRADE_WORDS, DUTY_KIND_WORDS } from '../../../shared/messages/duty';
import type { Ctx } from '../../platform/context';
import { type GongwenBlock, gongwenDate, renderGongwen } from '../../platform/docx/gongwen';
import { headingNumber } from '../../platform/docx/numbering';
import { DUTY_EXPORT_WORDS } from './export-words';
import { loadLedger } from './load-ledger';

type Ledger = Awaited<ReturnType<typeof loadLedger>>;

/** The dossier's body: the member's profile, the year's lines by kind, the total and grade. */
export function dossierBlocks(l: Ledger, locale: Ctx['locale']): GongwenBlock[] {
  const w = DUTY_EXPORT_WORDS[locale];
  const kindWords = DUTY_KIND_WORDS[locale];
  const m = l.member;
  const work = [m.employer, m.position].filter(Boolean).join(' ');
  const profile: GongwenBlock = {
    kind: 'table',
    rows: [
      { label: w.name, lines: [m.displayName] },
      ...(m.memberNo ? [{ label: w.memberNo, lines: [m.memberNo] }] : []),
      { label: w.place, lines: [m.place.name] },
      ...(work ? [{ label: w.work, lines: [work] }] : []),
      ...(m.termStart && m.termEnd ? [{ label: w.term, lines: [w.termYears(m.termStart, m.termEnd)] }] : []),
    ],
  };
  const blocks: GongwenBlock[] = [{ kind: 'heading1', text: `${headingNumber(1, 1, locale)}${w.profile}` }, profile];
  blocks.push({ kind: 'heading1', text: `${headingNumber(2, 1, locale)}${w.duties}` });
  const done = l.kinds.filter((k) => k.count > 0);
  if (done.length === 0) blocks.push({ kind: 'paragraph', text: w.none });
  done.forEach((k, i) => {
    const capped = k.isCapped && k.cap !== null ? w.capped(String(k.cap)) : '';
    blocks.push({
      kind: 'heading2',
      text: `${headingNumber(i + 1, 2, locale)}${w.kindHeading(kindWords[k.kind], w.kindLine(k.count, String(k.points)))}${capped}`,
    });
    for (const e of l.entries.filter((x) => x.kind === k.kind)) {
      const label = e.hours === null ? e.record.label : `${e.record.label}${w.hours(String(e.hours))}`;
      blocks.push({ kind: 'paragraph', text: w.entryLine(gongwenDate(e.at, locale), label, String(e.points)) });
    }
  });
  blocks.push({ kind: 'heading1', text: `${headingNumber(3, 1, locale)}${w.result}` });
  blocks.push({ kind: 'paragraph', text: w.total(String(l.total), DUTY_GRADE_WORDS[locale][l.grade]) });
  const { place, version } = l.rules;
  blocks.push({
    kind: 'paragraph',
    text: place && version ? w.countedBy(place.name, l.year, version) : w.countedByDefaults,
  });
  if (l.closing) blocks.push({ kind: 'paragraph', text: w.closedAt(gongwenDate(l.closing.closedAt, locale)) });
  return blocks;
}

/** A member's 履职档案 for a year as a Word document in 公文 style, with its file name. */
export async function exportDossier(ctx: Ctx, memberId: string, year?: number) {
  const ledger = await loadLedger(ctx, memberId, year);
  const title = DUTY_EXPORT_WORDS[ctx.locale].dossierTitle(ledger.member.displayName, ledger.year);
  const buffer = await renderGongwen({
    title,
    blocks: dossierBlocks(ledger, ctx.locale),
    date: new Date(),
    locale: ctx.locale,
  });
  return { buffer, fileName: `${title}.docx` };
}
