import { sql } from 'drizzle-orm';
import type { Tx } from './index';

/**
 * Keys for transaction-scoped advisory locks, one per invariant that spans rows and that a unique
 * index cannot keep: two transactions that each check and then write would both pass their checks.
 */
const LOCK_KEYS = {
  tree: 5_316_001, // parents, paths and archived flags of places
  topAdmins: 5_316_002, // every top-level place keeps an active admin
  dutyYear: 5_316_003, // a year's duty rules and its closing (年度考核定档), per year
} as const;

const lock = (tx: Tx, key: number) => tx.execute(sql.raw(`select pg_advisory_xact_lock(${key})`));

/**
 * Serialises changes to the place tree until the transaction ends. Take it first in every
 * transaction that creates, moves, archives, restores or imports places, so that a parent checked
 * at the start is still what it was when the transaction writes beneath it.
 */
export const lockTree = (tx: Tx) => lock(tx, LOCK_KEYS.tree);

/** Serialises changes to who administers top-level places (revoking admin roles, disabling). */
export const lockTopAdmins = (tx: Tx) => lock(tx, LOCK_KEYS.topAdmins);

/**
 * Serialises saving a year's duty rules and closing that year, so no rule version lands beside a
 * closing that did not count by it.
 */
export const lockDutyYear = (tx: Tx, year: number) =>
  tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEYS.dutyYear}::int, ${year}::int)`);
