import type { Board } from '../api/types';

type Item = Board['consensus'][number];
export type ConsensusGroup = Item['consultation'] & { items: { number: number; text: string }[] };

/** Consensus items under the consultation they came from, in the order they arrive. */
export function groupByConsultation(items: Item[]): ConsensusGroup[] {
  const groups: ConsensusGroup[] = [];
  for (const { consultation, number, text } of items) {
    const last = groups.at(-1);
    if (last?.code === consultation.code) last.items.push({ number, text });
    else groups.push({ ...consultation, items: [{ number, text }] });
  }
  return groups;
}
