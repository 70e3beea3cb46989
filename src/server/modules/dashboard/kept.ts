// Dashboard figures kept in this process under the figures' data version (migration 0026): a
// deferred trigger on every table the figures read adds one to the version at the commit of each
// writing transaction, so figures counted at a version stand for the records exactly while it stays.
// A province's figures take some sixty statements' worth of work; read again unchanged — the same
// leader, the big screen refreshing — they cost one read of the version. What moves with the clock
// as well (超期: open past their due time) is kept only until the next due time.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { OPEN_STATUSES } from '../submissions';

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
type Entry = { version: string; until: number; value: unknown };
const keptBy = new WeakMap<object, Map<string, Entry>>();

/**
 * When kept figures stand: at `version`, and for what moves with the clock too, before `until`
 * (ms since the epoch; Infinity when nothing does).
 */
export type KeptAt = { version: string; until: number };

const OPEN = sql.raw(OPEN_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * The figures' version now (the sum of its slots) and the next due time among the open
 * submissions from `now` on (超期 moves only then, or at a write), in one snapshot; null inside a
 * transaction, whose own writes move the version only at its commit (a kept answer would not show
 * them): there, everything is counted.
 */
export async function figuresState(db: DbOrTx, now: Date): Promise<{ version: string; nextDue: number } | null> {
  if (db instanceof PgTransaction) return null;
  // the open rows' due index (0027, on the due time in UTC) answers the second: its condition and
  // expression as written there
  const res = (await db.execute(sql`
    select (select sum(n)::text from figures_version) as n,
           (select to_char(min(due_at at time zone 'UTC'), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') from submissions
             where status in (${OPEN}) and clock_stopped_at is null
               and due_at at time zone 'UTC' >= ${now.toISOString()}::timestamptz at time zone 'UTC') as due`)) as unknown as {
    rows: { n: string | null; due: string | null }[];
  };
  const row = res.rows[0];
  if (!row?.n) return null;
  // microseconds cut to milliseconds: a due time 0.4 ms ahead ends the kept 超期 0.4 ms early, never late
  return { version: row.n, nextDue: row.due ? Date.parse(row.due) : Number.POSITIVE_INFINITY };
}

/**
 * The answer kept for `key` at `at`, else `count()`'s, kept. The version is read before counting,
 * so what is kept under it holds every write up to it (and perhaps a later one, whose version then
 * differs: never asked for under this one again). Kept values are shared: not to be changed.
 */
export async function kept<T>(db: DbOrTx, at: KeptAt | null, key: string, count: () => Promise<T>): Promise<T> {
  if (at === null) return count();
  let entries = keptBy.get(db);
  if (!entries) {
    entries = new Map();
    keptBy.set(db, entries);
  }
  const hit = entries.get(key);
  if (hit?.version === at.version && Date.now() < hit.until) {
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
  entries.set(key, { version: at.version, until: at.until, value });
  return value;
}

/** What the figures an actor sees depend on: who they are (invitations), their home and grants. */
export function actorKey(actor: Actor) {
  const grants = actor.grants.map((g) => `${g.role}@${g.placePath}`).sort();
  return createHash('sha256')
    .update(JSON.stringify([actor.id, actor.homePlacePath, grants]))
    .digest('base64url');
}
