// What several app instances on one database share, part of the one schema (re-exported by
// schema.ts): rate counters, image challenges, the periodic jobs' last runs, online voters.
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { consultations } from './schema-deliberation';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Events per key ("intake-ip:1.2.3.4") in fixed buckets of a tenth of the key's window: a hit is
 * one upsert, a count sums at most eleven rows (platform/rate-limit.ts). Rows past `expires_at`
 * are never counted again and are swept. UNLOGGED (set in migration 0005; drizzle-kit cannot say
 * it): no WAL, no flush per hit, and emptied by a crash, which only forgets recent counts.
 */
export const rateCounts = pgTable(
  'rate_counts',
  {
    key: text('key').notNull(),
    bucketStart: at('bucket_start').notNull(),
    count: integer('count').notNull(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.bucketStart] })],
);

/** Open image challenges: single use (solving deletes the row), five minutes; only a keyed hash of the answer. UNLOGGED like rate_counts. */
export const challenges = pgTable('challenges', {
  id: text('id').primaryKey(),
  answerHash: text('answer_hash').notNull(),
  expiresAt: at('expires_at').notNull(),
});

/** When each periodic job last ran, so that N instances run it once per period. */
export const jobRuns = pgTable('job_runs', {
  name: text('name').primaryKey(),
  ranAt: at('ran_at').notNull(),
});

/**
 * Who took part in an online consultation from which address: the voter key and a keyed hash of
 * the address (never the address), written at the voter's first statement or vote. New voters per
 * address are capped from it, and moderators see bursts from one address.
 */
export const onlineVoters = pgTable(
  'online_voters',
  {
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    voterKey: text('voter_key').notNull(),
    addressHash: text('address_hash'),
    firstSeenAt: at('first_seen_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.voterKey] }),
    index('online_voters_address_idx').on(t.consultationId, t.addressHash, t.firstSeenAt),
  ],
);
