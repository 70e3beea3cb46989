// Keys partner systems (a 12345 hotline, a city platform) present to hand requests in through
// Open311 (re-exported by schema.ts).
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, places, submissions } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * An API key, scoped to a place and everything beneath it. The secret is shown once when issued and
 * kept only as its SHA-256: the token is 32 random bytes, so no dictionary or brute force reaches
 * it and a slow password hash would buy nothing — while a plain digest lets every request find its
 * key by one index lookup. `prefix` (the token's first characters) names the key on screens.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(), // the partner, e.g. 12345热线
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    secretHash: text('secret_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: at('created_at').notNull().defaultNow(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    revokedById: uuid('revoked_by_id').references(() => accounts.id),
  },
  (t) => [
    uniqueIndex('api_keys_secret_hash_idx').on(t.secretHash),
    index('api_keys_place_idx').on(t.placeId, t.createdAt.desc()),
    uniqueIndex('api_keys_live_name_idx').on(t.placeId, t.name).where(sql`${t.revokedAt} is null`),
  ],
);

/** Which key handed a submission in: that key may read back what it sent. */
export const apiKeyRequests = pgTable(
  'api_key_requests',
  {
    submissionId: uuid('submission_id')
      .primaryKey()
      .references(() => submissions.id),
    apiKeyId: uuid('api_key_id')
      .notNull()
      .references(() => apiKeys.id),
  },
  (t) => [index('api_key_requests_key_idx').on(t.apiKeyId)],
);
