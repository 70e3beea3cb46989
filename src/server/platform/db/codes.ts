import { sql } from 'drizzle-orm';
import type { DbOrTx } from '.';
import { codeCounters } from './schema';

/**
 * The next readable code for a prefix in a year ("YT-2026-0007"). The counter row is bumped in the
 * caller's transaction, so two writers never get the same number and a rolled-back write frees it.
 */
export async function nextCode(tx: DbOrTx, prefix: string, at = new Date()): Promise<string> {
  const year = at.getFullYear();
  const [row] = await tx
    .insert(codeCounters)
    .values({ prefix, year, value: 1 })
    .onConflictDoUpdate({
      target: [codeCounters.prefix, codeCounters.year],
      set: { value: sql`${codeCounters.value} + 1` },
    })
    .returning({ value: codeCounters.value });
  return `${prefix}-${year}-${String(row?.value ?? 1).padStart(4, '0')}`;
}

/**
 * `n` consecutive codes for a prefix in `at`'s year, in one statement: a bulk load (the demo's year
 * of records) takes its numbers as `nextCode` would one by one.
 */
export async function nextCodes(tx: DbOrTx, prefix: string, at: Date, n: number): Promise<string[]> {
  if (n <= 0) return [];
  const year = at.getFullYear();
  const [row] = await tx
    .insert(codeCounters)
    .values({ prefix, year, value: n })
    .onConflictDoUpdate({
      target: [codeCounters.prefix, codeCounters.year],
      set: { value: sql`${codeCounters.value} + ${n}` },
    })
    .returning({ value: codeCounters.value });
  const last = row?.value ?? n;
  return Array.from({ length: n }, (_, i) => `${prefix}-${year}-${String(last - n + 1 + i).padStart(4, '0')}`);
}
