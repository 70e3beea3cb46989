// Rate limits every instance shares, counted in PostgreSQL (see docs/decisions.md: fixed buckets,
// a sliding sum). A hit is ONE prepared statement: an upsert of the key's current bucket that
// returns the bucket's count plus the earlier buckets still in the window.
import { and, eq, gte, inArray, lt, min, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { DbOrTx } from './db';
import { rateCounts } from './db/schema';
import { AppError } from './errors';

/** At most `max` events per key in any `windowMs`. */
export type Limit = { windowMs: number; max: number };

/** The events counted by one hit: each key's count in the window, this event included. */
export type Hits = { keys: string[]; counts: number[]; bucketStart: Date; windowMs: number };

/** Buckets are a tenth of the window (at least a second): a count spans the window and at most one bucket more. */
export const bucketMs = (windowMs: number) => Math.max(1000, Math.ceil(windowMs / 10));

const p = sql.placeholder;
const r = rateCounts;

function prepare(db: DbOrTx, keyCount: number) {
  const bucket = sql`${p('bucketMs')}::bigint`;
  const start = sql`to_timestamp(floor(extract(epoch from now()) * 1000 / ${bucket}) * ${bucket} / 1000.0)`;
  const window = sql`(${p('windowMs')}::bigint * interval '1 millisecond')`;
  const rows = Array.from({ length: keyCount }, (_, i) => ({
    key: p(`key${i}`),
    bucketStart: sql`${start}`,
    count: 1,
    expiresAt: sql`${start} + ${window} + ${bucket} * interval '1 millisecond'`,
  }));
  // the subquery reads the snapshot before this statement: the earlier buckets of the same key
  const earlier = sql`coalesce((select sum(e.count) from rate_counts e where e.key = ${r.key}
    and e.bucket_start < ${r.bucketStart} and e.bucket_start >= ${r.bucketStart} - ${window}), 0)`;
  return db
    .insert(r)
    .values(rows)
    .onConflictDoUpdate({ target: [r.key, r.bucketStart], set: { count: sql`${r.count} + 1` } })
    .returning({ key: r.key, bucketStart: r.bucketStart, count: sql<number>`(${r.count} + ${earlier})::int` })
    .prepare(`rate_hit_${keyCount}`);
}

const prepared = new WeakMap<DbOrTx, Map<number, ReturnType<typeof prepare>>>();

/** Counts one event under each of `keys` (distinct) in one statement. */
export async function hit(db: DbOrTx, keys: string[], windowMs: number): Promise<Hits> {
  const byCount = prepared.get(db) ?? new Map<number, ReturnType<typeof prepare>>();
  prepared.set(db, byCount);
  const statement = byCount.get(keys.length) ?? prepare(db, keys.length);
  byCount.set(keys.length, statement);
  const params: Record<string, unknown> = { windowMs, bucketMs: bucketMs(windowMs) };
  keys.forEach((k, i) => {
    params[`key${i}`] = k;
  });
  const rows = await statement.execute(params);
  const countOf = new Map(rows.map((row) => [row.key, row.count]));
  return {
    keys,
    counts: keys.map((k) => countOf.get(k) ?? 0),
    bucketStart: rows[0]?.bucketStart ?? new Date(),
    windowMs,
  };
}

/** Gives back what `hit` counted: for a request the limit refused, which should not count. */
export async function unhit(db: DbOrTx, hits: Hits) {
  await db
    .update(r)
    .set({ count: sql`greatest(${r.count} - 1, 0)` })
    .where(and(inArray(r.key, hits.keys), eq(r.bucketStart, hits.bucketStart)));
}

/** Seconds until the oldest event counted for `key` leaves the window (at least 1). */
export async function retryAfterSeconds(db: DbOrTx, key: string, windowMs: number) {
  const [row] = await db
    .select({ oldest: min(r.bucketStart), now: sql<string>`now()` })
    .from(r)
    .where(and(eq(r.key, key), gte(r.expiresAt, sql`now()`), lt(sql`0`, r.count)));
  if (!row?.oldest) return 1;
  const leaves = new Date(row.oldest).getTime() + windowMs + bucketMs(windowMs);
  return Math.max(1, Math.ceil((leaves - new Date(row.now).getTime()) / 1000));
}

/** 429 rate_limited with a Retry-After header (set on the reply: the error handler keeps headers). */
export async function rateLimited(db: DbOrTx, reply: FastifyReply, key: string, windowMs: number) {
  reply.header('Retry-After', String(await retryAfterSeconds(db, key, windowMs)));
  return new AppError(429, 'rate_limited');
}

/**
 * Counts one event for `key` within `limit`, or answers 429 rate_limited with Retry-After; a
 * refused request is not counted, so a client that waits gets through.
 */
export async function take(db: DbOrTx, reply: FastifyReply, key: string, limit: Limit) {
  const hits = await hit(db, [key], limit.windowMs);
  if ((hits.counts[0] ?? 0) <= limit.max) return hits;
  await unhit(db, hits);
  throw await rateLimited(db, reply, key, limit.windowMs);
}

/** Deletes buckets no window counts any more. */
export async function sweepRateCounts(db: DbOrTx) {
  const gone = await db.delete(r).where(lt(r.expiresAt, sql`now()`)).returning({ key: r.key });
  return gone.length;
}
