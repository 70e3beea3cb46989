import type { Locale } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { type GongwenBlock, paragraphsOf, renderGongwen } from '../../platform/docx/gongwen';
import { outcomeDocumentParts } from './document-parts';
import { OUTCOME_DOC_WORDS } from './document-words';
import type { OutcomeRow } from './queries';

/**
 * The outcome as a 公文-style Word file: the council's masthead and document number, the
 * recipients as addressees, the body, the consensus it carries, and once sent the replies
 * (答复, with their verdicts) and the leaders' 批示 attached. A draft has none of these.
 */
export async function outcomeDocx(db: DbOrTx, o: OutcomeRow, locale: Locale, now = new Date()) {
  const w = OUTCOME_DOC_WORDS[locale];
  const parts = await outcomeDocumentParts(db, o, locale);
  const blocks: GongwenBlock[] = [...paragraphsOf(o.body)];
  if (parts.consensus.length > 0) {
    blocks.push({ kind: 'heading1', text: w.attached(w.consensus) });
    blocks.push(...parts.consensus.map((c) => ({ kind: 'paragraph' as const, text: `${c.number}. ${c.text}` })));
  }
  if (o.status !== 'draft') {
    blocks.push({ kind: 'heading1', text: w.attached(w.answers) }, ...parts.answers);
    blocks.push({ kind: 'heading1', text: w.attached(w.instructions) }, ...parts.instructions);
  }
  const buffer = await renderGongwen({
    masthead: parts.council,
    docNumber: parts.docNumber,
    title: o.title,
    addressee: parts.addressee,
    blocks,
    issuer: parts.council,
    date: o.sentAt ?? now,
    locale,
  });
  return { buffer, fileName: `${o.code} ${o.title}.docx` };
}
