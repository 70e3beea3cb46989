// Dashboard figures kept in this process under the figures' data version (migration 0026): a
// deferred trigger on every table the figures read adds one to the version at the commit of each
// writing transaction, so figures counted at a version stand for the records exactly while it stays.
// A province's figures take some sixty statements' worth of work; read again unchanged — the same
// leader, the big screen refreshing — they cost one read of the version. What depends on the clock
// rather than on the records (超期: open past their due time) is never kept.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';

/**
 * The tables no figure reads — sessions, audit, throttles, counters, caches, job runs,
 * notifications — and so without the version trigger (written while reading, they would make every
 * view count afresh). Every other table has one: a test holds each new table to it.
 */
export const FIGURES_UNREAD = [
  'api_key_requests',
  'audit_events',
  'challenges',
  'code_counters',
  'duty_tally_cache',
  'duty_tally_version',
  'figures_version',
  'job_runs',
  'notifications',
  'rate_counts',
  'sessions',
  'sign_in_throttle',
] as const;

/** Kept answers per database, the most recently used last; the oldest goes past this many. */
const KEPT_ENTRIES = 200;
type Entry = { version: string; value: unknown };
const keptBy = new WeakMap<object, Map<string, Entry>>();

/**
 * The figures' version now (the sum of its slots); null inside a transaction, whose own writes move the version only at
 * its commit (a kept answer would not show them): there, everything is counted.
 */
export async function figuresVersion(db: DbOrTx): Promise<string | null> {
  if (db instanceof PgTransaction) return null;
  const res = (await db.execute(sql`select sum(n)::text as n from figures_version`)) as unknown as {
    rows: { n: string }[];
  };
  return res.rows[0]?.n ?? null;
}

/**
 * The answer kept for `key` at `version`, else `count()`'s, kept. The version is read before
 * counting, so what is kept under it holds every write up to it (and perhaps a later one, whose
 * version then differs: never asked for under this one again). Kept values are shared: not to be changed.
 */
export async function kept<T>(db: DbOrTx, version: string | null, key: string, count: () => Promise<T>): Promise<T> {
  if (version === null) return count();
  let entries = keptBy.get(db);
  if (!entries) {
    entries = new Map();
    keptBy.set(db, entries);
  }
  const hit = entries.get(key);
  if (hit?.version === version) {
    entries.delete(key); // most recently used: last
    entries.set(key, hit);
    return hit.value as T;
  }
  const value = await count();
  entries.delete(key);
  if (entries.size >= KEPT_ENTRIES) {
    const oldest = entries.keys().next();
    if (!oldest.done) entries.delete(oldest.value);
  }
  entries.set(key, { version, value });
  return value;
}

/** What the figures an actor sees depend on: who they are (invitations), their home and grants. */
export function actorKey(actor: Actor) {
  const grants = actor.grants.map((g) => `${g.role}@${g.placePath}`).sort();
  return createHash('sha256')
    .update(JSON.stringify([actor.id, actor.homePlacePath, grants]))
    .digest('base64url');
}
