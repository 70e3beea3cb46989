import type { Locale } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { nearestOfKind } from '../../platform/db/place-path';
import { docNumber } from '../../platform/docx/doc-number';
import { type GongwenBlock, gongwenDateTime, labelled, paragraphsOf, renderGongwen } from '../../platform/docx/gongwen';
import { WRITING_DOC_WORDS } from './document-words';
import { peopleOf, readableSubmissions, type WritingRow } from './queries';

/**
 * The writing as a 公文-style Word file: 社情民意信息 or 政协提案 as its masthead, its number from its
 * code, addressed to whom it was forwarded; who wrote it and where, the submissions behind it the
 * reader may see, the text, and where its review stands. Issued by the committee's office.
 */
export async function writingDocx(db: DbOrTx, actor: Actor, w: WritingRow, locale: Locale, now = new Date()) {
  const words = WRITING_DOC_WORDS[locale];
  const [district, recipients, sources] = await Promise.all([
    nearestOfKind(db, w.placePath, ['district']),
    peopleOf(db, w.forwardedToIds),
    readableSubmissions(db, actor, w.submissionIds),
  ]);
  const code = w.code;
  const committee = words.committee(district?.name ?? null);
  const names = recipients.map((r) => r.displayName).join(words.listSep);
  const blocks: GongwenBlock[] = [
    { kind: 'label', label: words.author[w.kind], text: words.authorAt(w.authorName, w.placeName) },
  ];
  if (w.submittedAt)
    blocks.push({ kind: 'label', label: words.submittedAt, text: gongwenDateTime(w.submittedAt, locale) });
  if (sources.length > 0)
    blocks.push({ kind: 'label', label: words.sources, text: sources.map((s) => s.trackingCode).join(words.listSep) });
  blocks.push(...paragraphsOf(w.body));
  blocks.push({ kind: 'label', label: words.status, text: words.statuses[w.status] });
  if (w.reviewNote && (w.status === 'returned' || w.status === 'not_adopted'))
    blocks.push(...labelled(words.reviewNote, w.reviewNote));
  if (names) blocks.push({ kind: 'label', label: words.forwardedTo, text: names });
  const buffer = await renderGongwen({
    masthead: words.masthead[w.kind],
    docNumber: code && district ? docNumber(district.name, code, words.numberWord[w.kind]) : undefined,
    title: w.title,
    addressee: names || undefined,
    blocks,
    issuer: words.office(committee),
    date: w.forwardedAt ?? w.adoptedAt ?? w.submittedAt ?? now,
    locale,
  });
  return { buffer, fileName: `${code ?? words.statuses.draft} ${w.title}.docx` };
}
