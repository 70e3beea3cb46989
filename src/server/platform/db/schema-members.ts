// The members' work tables (委员履职): profiles and the places members serve, groups, fixed contacts
// and their log, reception days, 吹哨报到, members' own writings, training, and the duty ledger's
// rules, manual entries and year closings. Part of the one schema (re-exported by schema.ts).
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
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
  CONTACT_KINDS,
  CONTACT_LOG_KINDS,
  DUTY_ENTRY_STATUSES,
  GROUP_POSITIONS,
  MEMBER_GROUP_KINDS,
  MEMBER_LEVELS,
  MEMBER_PLACE_KINDS,
  RECEPTION_STATUSES,
  TRAINING_KINDS,
  WHISTLE_STATUSES,
  WRITING_KINDS,
  WRITING_STATUSES,
} from '../../../shared/enums';
import { accounts, places } from './schema';

export const memberLevel = pgEnum('member_level', MEMBER_LEVELS);
export const memberPlaceKind = pgEnum('member_place_kind', MEMBER_PLACE_KINDS);
export const memberGroupKind = pgEnum('member_group_kind', MEMBER_GROUP_KINDS);
export const groupPosition = pgEnum('group_position', GROUP_POSITIONS);
export const contactKind = pgEnum('contact_kind', CONTACT_KINDS);
export const contactLogKind = pgEnum('contact_log_kind', CONTACT_LOG_KINDS);
export const receptionStatus = pgEnum('reception_status', RECEPTION_STATUSES);
export const whistleStatus = pgEnum('whistle_status', WHISTLE_STATUSES);
export const writingKind = pgEnum('writing_kind', WRITING_KINDS);
export const writingStatus = pgEnum('writing_status', WRITING_STATUSES);
export const trainingKind = pgEnum('training_kind', TRAINING_KINDS);
export const dutyEntryStatus = pgEnum('duty_entry_status', DUTY_ENTRY_STATUSES);

const at = (name: string) => timestamp(name, { withTimezone: true });
const createdAt = () => at('created_at').notNull().defaultNow();
const updatedAt = () => at('updated_at').notNull().defaultNow();
const accountRef = (name: string) => uuid(name).references(() => accounts.id);
const placeRef = () =>
  uuid('place_id')
    .notNull()
    .references(() => places.id);

/**
 * A CPPCC member's profile (委员档案), one per member account: 界别, level, 政治面貌, term, where they
 * work, and a phone kept like residents' phones (AES-256-GCM, masked for lists). Sector and party
 * are codes from shared/member-enums; the account's home place decides whose roster it is on.
 */
export const memberProfiles = pgTable(
  'member_profiles',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    memberNo: text('member_no'), // 委员编号, as the CPPCC numbers its members
    sector: text('sector').notNull(), // 界别
    level: memberLevel('level').notNull().default('county'),
    party: text('party').notNull(), // 政治面貌
    gender: text('gender'), // 'male' | 'female'
    employer: text('employer'), // 工作单位
    position: text('position'), // 职务
    expertise: text('expertise').array().notNull().default(sql`'{}'::text[]`), // 专长: matched to whistles
    termStart: integer('term_start').notNull(), // 届期: first year
    termEnd: integer('term_end').notNull(),
    phoneCipher: text('phone_cipher'),
    phoneMasked: text('phone_masked'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('member_profiles_member_no_key').on(t.memberNo),
    check('member_profiles_term', sql`${t.termEnd} >= ${t.termStart}`),
  ],
);

/** The places a member serves: the 委员工作站 they belong to, and the villages/communities they 下沉 to. */
export const memberPlaces = pgTable(
  'member_places',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    placeId: placeRef(),
    kind: memberPlaceKind('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.placeId, t.kind] }), index('member_places_place_idx').on(t.placeId)],
);

/**
 * A group of members: a 专委会, a 界别组, a council's fixed members (`council_place_id`: they
 * prefill its invitations), a 1+2+N activity group, or a 区直组 paired with a 镇街组.
 */
export const memberGroups = pgTable(
  'member_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: placeRef(), // whose group: the region that keeps it
    kind: memberGroupKind('kind').notNull(),
    name: text('name').notNull(),
    sector: text('sector'), // a 界别组's sector code
    councilPlaceId: uuid('council_place_id').references(() => places.id),
    pairedGroupId: uuid('paired_group_id'), // 区直组 ↔ 镇街组
    archivedAt: at('archived_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('member_groups_name_key').on(t.placeId, t.name).where(sql`${t.archivedAt} is null`),
    index('member_groups_council_idx').on(t.councilPlaceId),
  ],
);

export const memberGroupMembers = pgTable(
  'member_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => memberGroups.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    position: groupPosition('position').notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.accountId] }), index('member_group_members_account_idx').on(t.accountId)],
);

/** A member's fixed contact (联系群众): a household, a resident, an enterprise or a sector group. */
export const memberContacts = pgTable(
  'member_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => accounts.id),
    placeId: placeRef(), // where the contact lives or works
    kind: contactKind('kind').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    phoneCipher: text('phone_cipher'),
    phoneMasked: text('phone_masked'),
    note: text('note'),
    visitEveryDays: integer('visit_every_days').notNull().default(90), // due a visit after this
    archivedAt: at('archived_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('member_contacts_member_idx').on(t.memberId), index('member_contacts_place_idx').on(t.placeId)],
);

/** One time a member was in touch: with a fixed contact or anyone, and what was raised. */
export const contactLogs = pgTable(
  'contact_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => accounts.id),
    contactId: uuid('contact_id').references(() => memberContacts.id),
    placeId: placeRef(),
    kind: contactLogKind('kind').notNull(),
    happenedAt: at('happened_at').notNull(),
    summary: text('summary').notNull(), // what was talked about and raised
    createdAt: createdAt(),
  },
  (t) => [
    index('contact_logs_member_idx').on(t.memberId, t.happenedAt),
    index('contact_logs_contact_idx').on(t.contactId, t.happenedAt),
  ],
);

/**
 * A slot on a place's reception rota (委员接待日): who is on duty when; on the day it is held (who
 * came, what was raised) or missed. A swap keeps the member first on the rota in `swapped_from_id`.
 */
export const receptionSlots = pgTable(
  'reception_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: placeRef(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => accounts.id),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    venue: text('venue'),
    status: receptionStatus('status').notNull().default('scheduled'),
    swappedFromId: accountRef('swapped_from_id'),
    absenceReason: text('absence_reason'),
    visitors: integer('visitors'), // how many people came
    summary: text('summary'), // what was raised and done
    recordedById: accountRef('recorded_by_id'),
    recordedAt: at('recorded_at'),
    createdById: accountRef('created_by_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('reception_slots_place_idx').on(t.placeId, t.startsAt),
    index('reception_slots_member_idx').on(t.memberId, t.startsAt),
    check('reception_slots_time', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * 吹哨报到: a community or township asks for help (what, which sectors or expertise, where, by
 * when); members and departments answer (报到) and the caller closes it with a rating.
 */
export const whistles = pgTable(
  'whistles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(), // "CS-2026-0001"
    placeId: placeRef(), // the caller's place
    raisedById: uuid('raised_by_id')
      .notNull()
      .references(() => accounts.id),
    need: text('need').notNull(), // what help is wanted
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`), // 界别 codes wanted
    expertise: text('expertise').array().notNull().default(sql`'{}'::text[]`),
    location: text('location').notNull(),
    dueAt: at('due_at').notNull(),
    status: whistleStatus('status').notNull().default('open'),
    closedAt: at('closed_at'),
    rating: integer('rating'), // 1..5, given on closing
    ratingNote: text('rating_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('whistles_code_key').on(t.code),
    index('whistles_place_idx').on(t.placeId, t.createdAt),
    check('whistles_rating', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

/** Who a whistle called when it was raised (吹哨): the members and departments told of it. */
export const whistleCalls = pgTable(
  'whistle_calls',
  {
    whistleId: uuid('whistle_id')
      .notNull()
      .references(() => whistles.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    calledAt: at('called_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.whistleId, t.accountId] }), index('whistle_calls_account_idx').on(t.accountId)],
);

/** One answer (报到) to a whistle, by a member or a department, and what they did. */
export const whistleResponses = pgTable(
  'whistle_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    whistleId: uuid('whistle_id')
      .notNull()
      .references(() => whistles.id),
    responderId: uuid('responder_id')
      .notNull()
      .references(() => accounts.id),
    answeredAt: at('answered_at').notNull().defaultNow(),
    note: text('note'), // when they will come, what they bring
    didWhat: text('did_what'), // recorded afterwards
    doneAt: at('done_at'),
  },
  (t) => [
    uniqueIndex('whistle_responses_key').on(t.whistleId, t.responderId),
    index('whistle_responses_responder_idx').on(t.responderId),
  ],
);

/**
 * What a member writes (社情民意信息, 提案): the CPPCC office reviews, edits, adopts (采用) and
 * forwards it (报送) to leaders or departments; adoption counts for the member.
 */
export const memberWritings = pgTable(
  'member_writings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code'), // "SQ-2026-0001" / "TA-2026-0001", given when first submitted; null while a draft
    kind: writingKind('kind').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => accounts.id),
    placeId: placeRef(), // the author's home place when written: whose office reviews it
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: writingStatus('status').notNull().default('draft'),
    submittedAt: at('submitted_at'),
    reviewedById: accountRef('reviewed_by_id'),
    reviewNote: text('review_note'), // why returned or not adopted
    adoptedAt: at('adopted_at'),
    forwardedAt: at('forwarded_at'),
    forwardedToIds: uuid('forwarded_to_ids').array().notNull().default(sql`'{}'::uuid[]`),
    submissionIds: uuid('submission_ids').array().notNull().default(sql`'{}'::uuid[]`), // what it grew from
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('member_writings_code_key').on(t.code).where(sql`${t.code} is not null`),
    index('member_writings_author_idx').on(t.authorId, t.createdAt),
    index('member_writings_place_idx').on(t.placeId, t.status),
  ],
);

/** A training session (专题培训, 以会代训) with QR sign-in like a consultation's. */
export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: placeRef(),
    kind: trainingKind('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    venue: text('venue').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    hours: integer('hours_tenths').notNull(), // credit hours ×10 (1.5 h = 15)
    checkinToken: text('checkin_token').notNull(), // the sign-in QR code's secret
    createdById: accountRef('created_by_id'),
    archivedAt: at('archived_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('trainings_checkin_token_key').on(t.checkinToken),
    index('trainings_place_idx').on(t.placeId, t.startsAt),
    check('trainings_time', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    attendedAt: at('attended_at').notNull().defaultNow(),
    method: text('method').notNull(), // 'qr' | 'ticked'
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.accountId] }),
    index('training_attendance_account_idx').on(t.accountId),
  ],
);

/** Who was invited to a training session (培训通知): the members told of it, whenever invited. */
export const trainingInvitees = pgTable(
  'training_invitees',
  {
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    invitedAt: at('invited_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.trainingId, t.accountId] }), index('training_invitees_account_idx').on(t.accountId)],
);

/** Materials of a training (课件); files live under DATA_DIR/files. */
export const trainingFiles = pgTable(
  'training_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id),
    fileName: text('file_name').notNull(),
    storedName: text('stored_name').notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: integer('bytes').notNull(),
    uploadedById: accountRef('uploaded_by_id'),
    createdAt: createdAt(),
  },
  (t) => [index('training_files_training_idx').on(t.trainingId)],
);

/**
 * The scoring rules (考核细则) a CPPCC office sets for a year: points per kind, caps, deductions
 * and grade thresholds (shape: shared/api/duty DutyRules). Each save is a new version; a closed
 * year's rules and results never change.
 */
export const dutyRuleSets = pgTable(
  'duty_rule_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: placeRef(),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    rules: jsonb('rules').notNull(),
    createdById: accountRef('created_by_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('duty_rule_sets_version_key').on(t.placeId, t.year, t.version)],
);

/** A manual ledger entry (其他履职) with evidence, approved or rejected by a liaison or the office. */
export const dutyManualEntries = pgTable(
  'duty_manual_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => accounts.id),
    year: integer('year').notNull(),
    happenedAt: at('happened_at').notNull(),
    description: text('description').notNull(),
    evidence: text('evidence').notNull(), // what proves it: a document number, a link, who saw it
    points: integer('points_tenths').notNull(), // asked for, ×10
    status: dutyEntryStatus('status').notNull().default('pending'),
    reviewedById: accountRef('reviewed_by_id'),
    reviewedAt: at('reviewed_at'),
    reviewNote: text('review_note'),
    createdById: accountRef('created_by_id'),
    createdAt: createdAt(),
  },
  (t) => [index('duty_manual_entries_member_idx').on(t.memberId, t.year)],
);

/**
 * A year closed for a region (年度考核定档): the rule version used and each member's points and
 * grade as they stood, so the year's results never change afterwards.
 */
export const dutyYearClosings = pgTable(
  'duty_year_closings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    placeId: placeRef(),
    year: integer('year').notNull(),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => dutyRuleSets.id),
    results: jsonb('results').notNull(), // [{ memberId, points (tenths), grade, byKind }]
    closedById: accountRef('closed_by_id'),
    closedAt: at('closed_at').notNull().defaultNow(),
    isCurrent: boolean('is_current').notNull().default(true),
  },
  (t) => [uniqueIndex('duty_year_closings_key').on(t.placeId, t.year).where(sql`${t.isCurrent}`)],
);

/**
 * The duty tally's data version (one row, migration 0021): statement triggers on every table a
 * tally reads (the ledger's sources, rules, closings, members' grants, homes and places) add one in
 * the writing transaction, so a tally stored under a version stands for the records exactly while
 * the version stays.
 */
export const dutyTallyVersion = pgTable(
  'duty_tally_version',
  {
    id: integer('id').primaryKey(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [check('duty_tally_version_one', sql`${t.id} = 1`)],
);

/**
 * The dashboard figures' data version (migration 0026): the sum of sixteen slots. A deferred trigger
 * on every table but those listed in FIGURES_UNREAD (dashboard/kept.ts) adds one to the slot of
 * its connection (backend pid mod 16) at the commit of each writing transaction, so figures kept
 * under a sum stand for the records exactly while it stays, and concurrent writers rarely wait on
 * the same row. Slot 0 starts at the migration's clock in milliseconds: a schema made again never
 * meets an old sum.
 */
export const figuresVersion = pgTable(
  'figures_version',
  {
    id: integer('id').primaryKey(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [check('figures_version_slot', sql`${t.id} >= 0 and ${t.id} < 16`)],
);

/**
 * Tallies computed at a version (tally-sql.ts), by the hash of the statement that counted them (its
 * rules, region, year and grouping are all in it): a dashboard asks again only after a write.
 * Derived: backups leave it out.
 */
export const dutyTallyCache = pgTable('duty_tally_cache', {
  statement: text('statement').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  rows: jsonb('rows').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
