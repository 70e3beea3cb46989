// The member groups (委员小组) API's wire contract: 专委会, 界别组, a council's fixed members, 1+2+N
// activity groups and 区直组 ↔ 镇街组 pairs, their members and positions, each committee's
// consultations per year, and the coverage of villages and communities by assigned members.
// The server validates and presents with these; the console and the tests read their types from them.
//
// GET    /api/member-groups                           ListGroupsQuery → GroupList
// POST   /api/member-groups                           CreateGroupBody → 201 GroupDetail
// GET    /api/member-groups/:id                       → GroupDetail
// PATCH  /api/member-groups/:id                       UpdateGroupBody → GroupDetail
// POST   /api/member-groups/:id/archive               → GroupDetail (409 when archived already)
// GET    /api/member-groups/:id/candidates            CandidatesQuery → GroupCandidates (members not in it yet)
// POST   /api/member-groups/:id/members               AddGroupMemberBody → 201 GroupDetail
// PATCH  /api/member-groups/:id/members/:accountId    PositionBody → GroupDetail
// DELETE /api/member-groups/:id/members/:accountId    → GroupDetail
// GET    /api/member-groups/:id/consultations         GroupConsultationsQuery → GroupConsultations
// GET    /api/member-groups/organisers                OrganisersQuery → Organisers (committees for a consultation)
// GET    /api/member-groups/coverage                  CoverageQuery → Coverage
import { z } from 'zod';
import { COVERAGE_DEFAULT_MIN, COVERAGE_MAX_MIN, GROUP_NAME_MAX } from '../access/member-groups';
import { CONSULTATION_STATUSES, GROUP_POSITIONS, MEMBER_GROUP_KINDS, MEMBER_SECTORS } from '../enums';
import { IdParams, IsoDate, PageQuery, Person, PlaceRef, paged, Ref } from './common';

const YEARS = { min: 2000, max: 2100 } as const;
const Name = z.string().trim().min(2).max(GROUP_NAME_MAX);
const flag = z.enum(['true', 'false']).default('false');

export const GroupParams = IdParams;
export const GroupMemberParams = z.object({ id: z.uuid(), accountId: z.uuid() });

export const ListGroupsQuery = PageQuery.extend({
  /** the group's name */
  q: z.string().trim().min(1).max(60).optional(),
  kind: z.enum(MEMBER_GROUP_KINDS).optional(),
  /** groups kept at this place or beneath it */
  placeId: z.uuid().optional(),
  /** 'true': the archived groups instead of the live ones */
  archived: flag,
});

/**
 * A new group kept at `placeId`. Each kind takes its own fields and refuses the others: a 界别组
 * its `sector`; a council's fixed members the council's place (`councilPlaceId`: a place with a
 * council at or beneath `placeId`); a 区直组 or 镇街组 the group it pairs with (`pairedGroupId`,
 * of the other kind, not yet paired).
 */
export const CreateGroupBody = z.object({
  kind: z.enum(MEMBER_GROUP_KINDS),
  name: Name,
  placeId: z.uuid(),
  sector: z.enum(MEMBER_SECTORS).optional(),
  councilPlaceId: z.uuid().optional(),
  pairedGroupId: z.uuid().optional(),
});

/** A change to a live group: absent fields stay; `pairedGroupId: null` ends the pairing. */
export const UpdateGroupBody = z.object({
  name: Name.optional(),
  sector: z.enum(MEMBER_SECTORS).optional(),
  councilPlaceId: z.uuid().optional(),
  pairedGroupId: z.uuid().nullable().optional(),
});

export const AddGroupMemberBody = z.object({
  accountId: z.uuid(),
  position: z.enum(GROUP_POSITIONS).default('member'),
});
export const PositionBody = z.object({ position: z.enum(GROUP_POSITIONS) });

export const GroupSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(MEMBER_GROUP_KINDS),
  /** the place that keeps the group (its region) */
  place: PlaceRef,
  sector: z.enum(MEMBER_SECTORS).nullable(),
  /** a council's fixed members: the council's place */
  councilPlace: PlaceRef.nullable(),
  /** 区直组 ↔ 镇街组 */
  pairedGroup: Ref.nullable(),
  memberCount: z.number().int(),
  /** 组长 / 主任 */
  leads: z.array(Person),
  archivedAt: IsoDate.nullable(),
});

export const GroupList = paged(GroupSummary).extend({
  /** what the viewer may do: create a group (the office: any kind; a liaison: a council's fixed members) */
  abilities: z.object({ create: z.boolean(), createCouncil: z.boolean() }),
});

export const GroupMember = Person.extend({
  username: z.string(),
  position: z.enum(GROUP_POSITIONS),
  /** the member's 界别, when their profile has one */
  sector: z.enum(MEMBER_SECTORS).nullable(),
  homePlace: Ref,
  joinedAt: IsoDate,
});

/** What a 1+2+N activity group lacks or has too many of (empty for the other kinds). */
export const COMPOSITION_ISSUES = ['no_lead', 'too_many_leads', 'too_many_liaisons'] as const;

export const GroupDetail = GroupSummary.extend({
  members: z.array(GroupMember),
  composition: z.object({
    lead: z.number().int(),
    liaison: z.number().int(),
    member: z.number().int(),
    issues: z.array(z.enum(COMPOSITION_ISSUES)),
  }),
  /** a 专委会's consultations (those the viewer can see), per year, newest year first */
  consultationYears: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  abilities: z.object({ manage: z.boolean() }),
});

export const CandidatesQuery = z.object({ q: z.string().trim().max(30).optional() });
export const GroupCandidate = Person.extend({
  username: z.string(),
  sector: z.enum(MEMBER_SECTORS).nullable(),
  homePlace: Ref,
});
export const GroupCandidates = z.object({ items: z.array(GroupCandidate) });

export const GroupConsultationsQuery = z.object({
  year: z.coerce.number<number>().int().min(YEARS.min).max(YEARS.max),
});
export const GroupConsultation = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  startsAt: IsoDate,
  place: Ref,
});
export const GroupConsultations = z.object({ year: z.number().int(), items: z.array(GroupConsultation) });

/** The committees that may organise a consultation at a place: live 专委会 kept there or above it. */
export const OrganisersQuery = z.object({ placeId: z.uuid() });
export const Organisers = z.object({ items: z.array(Ref) });

/** Villages and communities in the viewer's reach (or beneath `placeId`) with their assigned members. */
export const CoverageQuery = PageQuery.extend({
  min: z.coerce.number<number>().int().min(1).max(COVERAGE_MAX_MIN).default(COVERAGE_DEFAULT_MIN),
  placeId: z.uuid().optional(),
  /** 'true': only the places with fewer than `min` members */
  lacking: flag,
});

export const CoverageRow = z.object({
  /** the place's id */
  id: z.string(),
  place: PlaceRef,
  /** the township or subdistrict it lies in */
  parent: Ref.nullable(),
  /** members assigned (下沉) to the place or a grid of it */
  memberCount: z.number().int(),
  members: z.array(Person),
  isLacking: z.boolean(),
});

export const Coverage = paged(CoverageRow).extend({
  min: z.number().int(),
  /** across every page: the places counted, those with `min` members or more, those with fewer */
  totals: z.object({ places: z.number().int(), covered: z.number().int(), lacking: z.number().int() }),
});
