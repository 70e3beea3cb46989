import { formatPoints } from './format';

/** Points as the ledger shows them: one decimal at most, a deduction in red. */
export function Points({ value, signed = false }: { value: number; signed?: boolean }) {
  return <span className={`duty-points${value < 0 ? ' is-negative' : ''}`}>{formatPoints(value, signed)}</span>;
}
