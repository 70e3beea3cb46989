// The one pg-core schema. drizzle-kit generates db/migrations from this file.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  EMAIL_NOTICE_CHOICES,
  PLACE_KINDS,
  ROLES,
  SUBMISSION_CHANNELS,
  SUBMISSION_STATUSES,
  type SubmissionEventKind,
} from '../../../shared/enums';
import { contactLogs, receptionSlots } from './schema-members';

export const placeKind = pgEnum('place_kind', PLACE_KINDS);
export const role = pgEnum('role', ROLES);
export const submissionStatus = pgEnum('submission_status', SUBMISSION_STATUSES);
export const submissionChannel = pgEnum('submission_channel', SUBMISSION_CHANNELS);
export const emailNotices = pgEnum('email_notices', EMAIL_NOTICE_CHOICES);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * One tree of places: district → township → village/community → grid, plus enterprise/park
 * platforms. `path` is the materialised chain of ids ("/a/b/c/"), so "this place and everything
 * beneath it" is a prefix match that an index answers.
 */
export const places = pgTable(
  'places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => places.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    kind: placeKind('kind').notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    hasWorkstation: boolean('has_workstation').notNull().default(false), // 委员工作站
    hasCouncil: boolean('has_council').notNull().default(false), // 协商议事会
    hasRoom: boolean('has_room').notNull().default(false), // 协商议事室
    roomAddress: text('room_address'),
    // 四有: unified sign, fixed venue, clear duties, working mechanism
    roomHasSign: boolean('room_has_sign').notNull().default(false),
    roomHasVenue: boolean('room_has_venue').notNull().default(false),
    roomHasDuties: boolean('room_has_duties').notNull().default(false),
    roomHasMechanism: boolean('room_has_mechanism').notNull().default(false),
    brand: text('brand'),
    isDemonstration: boolean('is_demonstration').notNull().default(false), // 示范点
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('places_code_key').on(t.code),
    uniqueIndex('places_path_key').on(t.path),
    index('places_path_prefix_idx').using('btree', t.path.op('text_pattern_ops')),
    index('places_parent_idx').on(t.parentId),
    // names are unique among live siblings; roots have parent_id null and are compared too
    uniqueIndex('places_sibling_name_key')
      .on(sql`coalesce(${t.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.name)
      .where(sql`${t.archivedAt} is null`),
  ],
);

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    // The place the account belongs to: admins see and manage accounts within their region.
    homePlaceId: uuid('home_place_id')
      .notNull()
      .references(() => places.id),
    locale: text('locale'),
    isDisabled: boolean('is_disabled').notNull().default(false),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    // notices by email (when the deployment has SMTP): the address, lower-cased; each notice or a
    // daily digest; and since when — a notice older than that is not mailed (no flood of old ones
    // when an address is first set or mail is turned back on)
    email: text('email'),
    // a mobile number to reach the person (optional, shown to admins); not unique: it is no
    // sign-in factor, and a community office's duty phone or one person's two accounts share one
    mobile: text('mobile'),
    emailNotices: emailNotices('email_notices').notNull().default('each'),
    emailNoticesSince: timestamp('email_notices_since', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_username_key').on(sql`lower(${t.username})`),
    // a place's members (roster, duty figures, coverage counts) without reading every account
    index('accounts_home_place_idx').on(t.homePlaceId),
    check('accounts_email_lower', sql`${t.email} = lower(${t.email})`),
    check('accounts_mobile_format', sql`${t.mobile} ~ '^1[3-9][0-9]{9}$'`),
  ],
);

/** A role held at a place; it reaches that place and everything beneath it. */
export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    role: role('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('grants_unique_key').on(t.accountId, t.placeId, t.role)],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha-256 of the cookie token: a leaked table does not give away live sessions
    id: text('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/**
 * Sign-in attempts per key in the current 15-minute window, counted before the password is
 * checked: from an address ("ip:1.2.3.4"), at a username from anywhere ("user:alice"), at a
 * username from one address ("pair:alice 1.2.3.4"). A "pair:" row at its limit locks that
 * address out of the account; `username` names the account such a row may lock.
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
    username: text('username'),
  },
  (t) => [index('sign_in_throttle_username_idx').on(t.username)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    // the path of the place the record belongs to, so admins see only their region's events
    placePath: text('place_path'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_place_path_idx').using('btree', t.placePath.op('text_pattern_ops')),
    index('audit_entity_idx').on(t.entityType, t.entityId),
  ],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});

/** Categories residents choose from; configured at a place and offered everywhere beneath it. */
export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('categories_place_name_key').on(t.placeId, t.name).where(sql`${t.archivedAt} is null`)],
);

/** A problem or opinion raised by a resident (征集), and where sorting (分办) has taken it. */
export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingCode: text('tracking_code').notNull(),
    // the place responsible now; the QR code's place is kept in scanned_place_id
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    scannedPlaceId: uuid('scanned_place_id')
      .notNull()
      .references(() => places.id),
    categoryId: uuid('category_id').references(() => categories.id),
    channel: submissionChannel('channel').notNull(),
    content: text('content').notNull(),
    // simplified, lower-cased text and its character bigrams: exact search across 简/繁
    searchText: text('search_text').notNull(),
    searchGrams: text('search_grams').array().notNull(),
    // its words as the vocabulary of version search_terms_version reads them (platform/text):
    // relevance search, similar submissions and grid screening
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    searchTermsVersion: integer('search_terms_version').notNull().default(-1),
    contactName: text('contact_name'),
    phoneCipher: text('phone_cipher'), // AES-256-GCM, never stored in clear
    phoneMasked: text('phone_masked'),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    status: submissionStatus('status').notNull().default('received'),
    departmentId: uuid('department_id').references(() => accounts.id),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => submissions.id),
    dueAt: timestamp('due_at', { withTimezone: true }),
    // the clock stopped while its topic is deliberated: not overdue meanwhile; the deadline moves
    // on by the time it stood still when it starts again
    clockStoppedAt: timestamp('clock_stopped_at', { withTimezone: true }),
    solvedAt: timestamp('solved_at', { withTimezone: true }),
    residentSaysSolved: boolean('resident_says_solved'),
    satisfaction: integer('satisfaction'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    reopenCount: integer('reopen_count').notNull().default(0),
    idempotencyKey: text('idempotency_key'),
    // what the key was first sent with: the same key with another request answers 422
    idempotencyHash: text('idempotency_hash'),
    createdById: uuid('created_by_id').references(() => accounts.id),
    // 委员会客厅: the member a resident addressed it to; where a member took it down (a reception
    // day, a contact) — each counts in that member's duty ledger
    addressedMemberId: uuid('addressed_member_id').references(() => accounts.id),
    receptionSlotId: uuid('reception_slot_id').references((): AnyPgColumn => receptionSlots.id),
    contactLogId: uuid('contact_log_id').references((): AnyPgColumn => contactLogs.id),
    // the district and township of place_id (null above them), kept by the database's triggers
    // submissions_subtree (on insert or a change of place) and places_subtree (a subtree moved):
    // a township's or district's inbox pages and exports through one index, whatever its size
    districtId: uuid('district_id'),
    townshipId: uuid('township_id'),
    // the village or community (depth 2) above or at place_id, kept by the same triggers: the
    // dashboard's rollups count a township's villages from it (migration 0016)
    villageId: uuid('village_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('submissions_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('submissions_district_created_idx').on(
      t.districtId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('submissions_township_created_idx').on(
      t.townshipId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    // the open rows alone (a few per cent of all): what the dashboards' live 超期 figure reads
    index('submissions_open_idx')
      .on(t.districtId, t.townshipId, t.villageId, t.dueAt, t.createdAt)
      .where(
        sql`${t.status} in ('received', 'grid', 'community', 'township', 'department') and ${t.clockStoppedAt} is null`,
      ),
    // the next due time among the open rows: until then a kept 超期 figure stands (dashboard/kept.ts,
    // 0027). On the due time in UTC, not the column itself: a plain (due_at) index drew the planner
    // away from submissions_open_idx for the 超期 counts (a province's 18 → 290 ms at 1.0)
    index('submissions_open_due_idx')
      .on(sql`(${t.dueAt} at time zone 'UTC')`)
      .where(
        sql`${t.status} in ('received', 'grid', 'community', 'township', 'department') and ${t.clockStoppedAt} is null`,
      ),
    // the inbox's counts by status within a district or township, answered from the index (0019)
    index('submissions_district_status_idx').on(t.districtId, t.status),
    index('submissions_township_status_idx').on(t.townshipId, t.status),
    index('submissions_addressed_member_idx').on(t.addressedMemberId),
    index('submissions_created_by_idx').on(t.createdById),
    uniqueIndex('submissions_tracking_code_key').on(t.trackingCode),
    uniqueIndex('submissions_idempotency_key').on(t.idempotencyKey),
    index('submissions_place_idx').on(t.placeId, t.createdAt),
    index('submissions_status_idx').on(t.status),
    index('submissions_grams_idx').using('gin', t.searchGrams),
    index('submissions_terms_idx').using('gin', t.searchTerms),
  ],
);

/**
 * 民意 figures by month, kept by the database (migration 0016): for each submission, one count at
 * its district, township and village (the places of depth 0–2 at or above it) in the month it was
 * received (Beijing time), under keys `n`, `ch:<channel>`, `cat:<category id>`, `st:<status>`,
 * `rated` and `sat` (the sum of ratings) — channel and category at district and township only.
 * Statement-level triggers on submissions add and subtract in the writing transaction, so the sums
 * always equal counting the rows (tested); `shangliang rollups --recompute` rebuilds them.
 */
export const submissionRollups = pgTable(
  'submission_rollups',
  {
    placeId: uuid('place_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    key: text('key').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.placeId, t.month, t.key] }),
    // a few keys over many months (a trend, one section's keys) without the others; in code-point
    // order so a prefix (ts:…) is a range of it whatever the database's collation: migration 0022
    index('submission_rollups_key_idx').on(t.placeId, sql`${t.key} collate "C"`, t.month),
  ],
);

/** The timeline of a submission: every step, with who took it and an optional note. */
export const submissionEvents = pgTable(
  'submission_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => accounts.id),
    actorName: text('actor_name'),
    kind: text('kind').$type<SubmissionEventKind>().notNull(),
    note: text('note'),
    isPublic: boolean('is_public').notNull().default(false),
    data: jsonb('data'),
  },
  (t) => [index('submission_events_submission_idx').on(t.submissionId, t.at)],
);

/** Photos residents attach: re-encoded on upload, so location metadata never reaches the disk. */
export const submissionPhotos = pgTable(
  'submission_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id').references(() => submissions.id),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    fileName: text('file_name').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('submission_photos_submission_idx').on(t.submissionId)],
);

export * from './schema-api-keys';
export * from './schema-coverage';
export * from './schema-deliberation';
export * from './schema-follow-through';
export * from './schema-instances';
export * from './schema-members';
