// The fixed contacts API's wire contract (联系群众): a member's 2–3 contacts (a household, a
// resident, an enterprise, a sector group) and the log of each time they were in touch; a problem
// raised in touch becomes a submission in one step. The server validates and presents with these;
// the console and the tests read their types from them.
//
// GET  /api/contacts                      ListContactsQuery → ContactList (the member's own; cppcc/liaison: in reach)
// POST /api/contacts                      CreateContactBody → 201 ContactDetail (the member's own)
// GET  /api/contacts/:id                  → ContactDetail (with its log)
// PATCH /api/contacts/:id                 UpdateContactBody → ContactDetail
// POST /api/contacts/:id/archive          → ContactDetail (no longer kept; its log stays)
// POST /api/contacts/:id/phone            → ContactPhone (the full number, to the member; audited)
// GET  /api/contacts/logs                 ListContactLogsQuery → ContactLogList
// POST /api/contacts/logs                 CreateContactLogBody → 201 ContactLog (with the problem raised, if any)
// POST /api/contacts/logs/:id/submissions RaiseProblemBody → 201 ContactLog (转为诉求)
import { z } from 'zod';
import { CONTACT_KINDS, CONTACT_LOG_KINDS, SUBMISSION_STATUSES } from '../enums';
import { MOBILE_RE } from '../phone';
import { IdParams, IsoDate, PageQuery, Person, PlaceRef, paged } from './common';
import { ContactName, Content, consentIssue, Phone, withConsent } from './submissions';

/** softMax: a member keeps 2–3 contacts; more is allowed, with a warning. */
export const CONTACT_LIMITS = {
  softMax: 3,
  name: 50,
  address: 200,
  note: 500,
  summary: 2000,
  minEveryDays: 7,
  maxEveryDays: 365,
  defaultEveryDays: 90,
} as const;

export const ContactParams = IdParams;
export const ContactLogParams = IdParams;

const Text = (max: number) => z.string().trim().max(max);
const EveryDays = z.number().int().min(CONTACT_LIMITS.minEveryDays).max(CONTACT_LIMITS.maxEveryDays);
const query = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

/** A fixed contact as the member keeps it; `placeId`: where the contact lives or works. */
export const CreateContactBody = z.object({
  kind: z.enum(CONTACT_KINDS),
  name: Text(CONTACT_LIMITS.name).min(1),
  placeId: z.uuid(),
  address: Text(CONTACT_LIMITS.address).optional(),
  phone: Phone,
  note: Text(CONTACT_LIMITS.note).optional(),
  /** due a visit when the last contact is older than this */
  visitEveryDays: EveryDays.default(CONTACT_LIMITS.defaultEveryDays),
});

/** What changes (left out: kept); an empty address or note clears it, a null phone clears it. */
export const UpdateContactBody = z.object({
  kind: z.enum(CONTACT_KINDS).optional(),
  name: Text(CONTACT_LIMITS.name).min(1).optional(),
  placeId: z.uuid().optional(),
  address: Text(CONTACT_LIMITS.address).optional(),
  phone: z.string().trim().regex(MOBILE_RE, { message: 'mobile_format' }).nullable().optional(),
  note: Text(CONTACT_LIMITS.note).optional(),
  visitEveryDays: EveryDays.optional(),
});

export const ListContactsQuery = PageQuery.extend({
  /** only this member's contacts (the member's own list by default for a member) */
  memberId: z.uuid().optional(),
  placeId: z.uuid().optional(),
  kind: z.enum(CONTACT_KINDS).optional(),
  /** only those due a visit */
  due: query,
  /** archived ones too */
  archived: query,
  q: z.string().trim().min(1).max(50).optional(),
});

export const ContactSummary = z.object({
  id: z.string(),
  kind: z.enum(CONTACT_KINDS),
  name: z.string(),
  place: PlaceRef,
  member: Person,
  address: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  note: z.string().nullable(),
  visitEveryDays: z.number().int(),
  lastContactAt: IsoDate.nullable(),
  /** when the next visit falls due: the last contact plus the cadence; null when never in touch (due now) */
  nextVisitAt: IsoDate.nullable(),
  isDue: z.boolean(),
  logCount: z.number().int(),
  archivedAt: IsoDate.nullable(),
  createdAt: IsoDate,
});

export const ContactList = paged(ContactSummary).extend({
  /** for a member: how many contacts they keep now (more than CONTACT_LIMITS.softMax warns) */
  own: z.object({ count: z.number().int(), due: z.number().int() }).nullable(),
});

/** A submission a log entry raised, as the log shows it. */
export const RaisedSubmission = z.object({
  id: z.string(),
  trackingCode: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
});

export const ContactLog = z.object({
  id: z.string(),
  kind: z.enum(CONTACT_LOG_KINDS),
  happenedAt: IsoDate,
  summary: z.string(),
  place: PlaceRef,
  contact: z.object({ id: z.string(), name: z.string(), kind: z.enum(CONTACT_KINDS) }).nullable(),
  member: Person,
  submissions: z.array(RaisedSubmission),
  /** the member may raise a problem from it */
  canRaise: z.boolean(),
  createdAt: IsoDate,
});

export const ContactDetail = ContactSummary.extend({
  logs: z.array(ContactLog),
  /** how many contacts the member keeps now (more than CONTACT_LIMITS.softMax warns) */
  memberContactCount: z.number().int(),
  abilities: z.object({ edit: z.boolean(), log: z.boolean(), revealPhone: z.boolean() }),
});

export const ContactPhone = z.object({ phone: z.string().nullable() });

/** A problem raised in touch, filed as a submission (诉求) taken down by the member. */
export const RaiseProblemBody = z
  .object({
    content: Content,
    categoryId: z.uuid().optional(),
    contactName: ContactName,
    phone: Phone,
    consent: z.boolean().optional(),
  })
  .refine(withConsent, consentIssue);

/** One time in touch: with a fixed contact (`contactId`), or anyone at a place (`placeId`). */
export const CreateContactLogBody = z.object({
  contactId: z.uuid().optional(),
  /** where it happened: required without a contact; the contact's place otherwise */
  placeId: z.uuid().optional(),
  kind: z.enum(CONTACT_LOG_KINDS),
  /** not later than now */
  happenedAt: IsoDate,
  summary: Text(CONTACT_LIMITS.summary).min(2),
  /** a problem raised, filed as a submission with the entry: both or neither */
  raise: RaiseProblemBody.optional(),
});

export const ListContactLogsQuery = PageQuery.extend({
  memberId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  placeId: z.uuid().optional(),
  kind: z.enum(CONTACT_LOG_KINDS).optional(),
  from: z.coerce.date<string>().optional(),
  to: z.coerce.date<string>().optional(),
});

export const ContactLogList = paged(ContactLog);
