import type { DbOrTx } from '../../platform/db';
import { type GongwenBlock, paragraphsOf, renderGongwen } from '../../platform/docx/gongwen';
import { type OutcomeRow, sourcesOf } from './queries';
import { addresseesOf } from './recipients';
import { addresseeOf, docNumberOf } from './rules';

/**
 * The outcome as a 公文-style Word file: the council's masthead and document number, the
 * recipients as addressees (none while it is a draft), the body, and the consensus it carries.
 */
export async function outcomeDocx(db: DbOrTx, o: OutcomeRow, now = new Date()) {
  const [{ consensus }, addressees] = await Promise.all([
    sourcesOf(db, o),
    o.status === 'draft' ? [] : addresseesOf(db, o),
  ]);
  const council = `${o.placeName}协商议事会`;
  const blocks: GongwenBlock[] = [...paragraphsOf(o.body)];
  if (consensus.length > 0) {
    blocks.push({ kind: 'heading1', text: '附：协商共识' });
    blocks.push(...consensus.map((c) => ({ kind: 'paragraph' as const, text: `${c.number}. ${c.text}` })));
  }
  const buffer = await renderGongwen({
    masthead: council,
    docNumber: docNumberOf(o.placeName, o.code),
    title: o.title,
    addressee: addresseeOf(addressees),
    blocks,
    issuer: council,
    date: o.sentAt ?? now,
  });
  return { buffer, fileName: `${o.code} ${o.title}.docx` };
}
