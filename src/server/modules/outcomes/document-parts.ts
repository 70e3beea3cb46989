import type { Locale } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { type GongwenBlock, gongwenDateTime, labelled } from '../../platform/docx/gongwen';
import { headingNumber } from '../../platform/docx/numbering';
import { OUTCOME_DOC_WORDS } from './document-words';
import { type OutcomeRow, sourcesOf } from './queries';
import { addresseesOf, type Recipient, recipientsOf } from './recipients';
import { addresseeOf, docNumberOf } from './rules';

/** 答复情况: each recipient in the order it was sent, with the verdict (采纳…), its reason, the reply and when. */
export function answerBlocks(recipients: Recipient[], locale: Locale): GongwenBlock[] {
  const w = OUTCOME_DOC_WORDS[locale];
  if (recipients.length === 0) return [{ kind: 'paragraph', text: w.notSent }];
  return recipients.flatMap((r, i): GongwenBlock[] => {
    const blocks: GongwenBlock[] = [
      { kind: 'heading2', text: `${headingNumber(i + 1, 2, locale)}${r.account.displayName}` },
      { kind: 'label', label: w.sentAt, text: gongwenDateTime(r.sentAt, locale) },
    ];
    if (r.reply === null || r.repliedAt === null) return [...blocks, { kind: 'paragraph', text: w.noReply }];
    if (r.verdict) {
      const verdict = w.verdicts[r.verdict];
      blocks.push({
        kind: 'label',
        label: w.verdict,
        text: r.verdictReason ? w.withReason(verdict, r.verdictReason) : verdict,
      });
    }
    blocks.push({ kind: 'label', label: w.repliedAt, text: gongwenDateTime(r.repliedAt, locale) });
    return [...blocks, ...labelled(w.reply, r.reply)];
  });
}

/** 领导批示: each instruction with who wrote it and when. */
export function instructionBlocks(recipients: Recipient[], locale: Locale): GongwenBlock[] {
  const w = OUTCOME_DOC_WORDS[locale];
  const given = recipients.filter((r) => r.instruction !== null && r.instructedAt !== null);
  if (given.length === 0) return [{ kind: 'paragraph', text: w.noInstruction }];
  return given.flatMap((r) =>
    labelled(w.said(r.account.displayName, gongwenDateTime(r.instructedAt as Date, locale)), r.instruction as string),
  );
}

/**
 * What a document about an outcome takes from it: the council that issues it, its 发文字号, the
 * addressees (主送: whom it was sent to), the consensus it carries, and the replies and 批示 as blocks.
 */
export async function outcomeDocumentParts(db: DbOrTx, o: OutcomeRow, locale: Locale) {
  const isDraft = o.status === 'draft';
  const [sources, addressees, recipients] = await Promise.all([
    sourcesOf(db, o),
    isDraft ? [] : addresseesOf(db, o),
    isDraft ? [] : recipientsOf(db, o.id),
  ]);
  return {
    council: `${o.placeName}协商议事会`,
    docNumber: docNumberOf(o.placeName, o.code),
    addressee: addresseeOf(addressees),
    consensus: sources.consensus,
    recipients,
    answers: answerBlocks(recipients, locale),
    instructions: instructionBlocks(recipients, locale),
  };
}
