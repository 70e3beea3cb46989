// The members API's wire contract (委员名册): member profiles, the places members serve, and the
// roster's import and export.
import { z } from 'zod';
import { YEAR_RANGE } from '../access/proposals';
import { MEMBER_LEVELS, MEMBER_PARTIES, MEMBER_PLACE_KINDS, MEMBER_SECTORS } from '../enums';
import { MOBILE_RE } from '../phone';
import { Username } from './accounts';
import { IdParams, IsoDate, PageQuery, PlaceRef, paged } from './common';

export const MEMBER_GENDERS = ['male', 'female'] as const;
export type MemberGender = (typeof MEMBER_GENDERS)[number];

/** Whose roster a list shows: members in office, or those archived (their account disabled). */
export const MEMBER_STATUSES = ['active', 'archived'] as const;

/** 委员编号, as the CPPCC numbers its members; kept in capitals so QH-001 and qh-001 are one. */
export const MemberNo = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code_format' });
export const TermYear = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
export const MemberName = z.string().trim().min(1).max(40);
export const MobileNumber = z.string().trim().regex(MOBILE_RE, { message: 'mobile_format' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
export const Expertise = z.array(z.string().trim().min(1).max(20)).max(10);

const profileShape = {
  memberNo: MemberNo,
  sector: z.enum(MEMBER_SECTORS),
  level: z.enum(MEMBER_LEVELS),
  party: z.enum(MEMBER_PARTIES),
  gender: z.enum(MEMBER_GENDERS).nullable().default(null),
  employer: optionalText(100),
  position: optionalText(60),
  expertise: Expertise.default([]),
  termStart: TermYear,
  termEnd: TermYear,
};

/** 届期: a term ends in or after the year it starts. */
export const termInOrder = (v: { termStart: number; termEnd: number }) => v.termEnd >= v.termStart;
const termIssue = { message: 'term_order', path: ['termEnd'] };

/** A new member: their account (homed at a place, a `member` role there) and profile. */
export const CreateMemberBody = z
  .object({
    username: Username,
    displayName: MemberName,
    homePlaceId: z.uuid(),
    phone: MobileNumber.optional().or(z.literal('').transform(() => undefined)),
    ...profileShape,
  })
  .refine(termInOrder, termIssue);

/** A member's profile as a whole; a phone left out stays as it is, null or '' removes it. */
export const UpdateMemberBody = z
  .object({
    displayName: MemberName,
    homePlaceId: z.uuid(),
    phone: z.union([MobileNumber, z.null(), z.literal('').transform(() => null)]).optional(),
    ...profileShape,
  })
  .refine(termInOrder, termIssue);

export const MemberParams = IdParams;
export const MemberPlaceBody = z.object({ placeId: z.uuid(), kind: z.enum(MEMBER_PLACE_KINDS) });
export const MemberPlaceParams = z.object({ id: z.uuid(), kind: z.enum(MEMBER_PLACE_KINDS), placeId: z.uuid() });

/** The roster's filters: 界别, level, 政治面貌, a place (home or served beneath it), a name or employer. */
export const MemberFilters = z.object({
  q: z.string().trim().max(40).optional(),
  sector: z.enum(MEMBER_SECTORS).optional(),
  level: z.enum(MEMBER_LEVELS).optional(),
  party: z.enum(MEMBER_PARTIES).optional(),
  placeId: z.uuid().optional(),
  status: z.enum(MEMBER_STATUSES).default('active'),
});
export const ListMembersQuery = PageQuery.extend(MemberFilters.shape);

export const MemberProfile = z.object({
  memberNo: z.string().nullable(),
  sector: z.enum(MEMBER_SECTORS),
  level: z.enum(MEMBER_LEVELS),
  party: z.enum(MEMBER_PARTIES),
  gender: z.enum(MEMBER_GENDERS).nullable(),
  employer: z.string().nullable(),
  position: z.string().nullable(),
  expertise: z.array(z.string()),
  termStart: z.number(),
  termEnd: z.number(),
});

export const ServedPlace = z.object({ kind: z.enum(MEMBER_PLACE_KINDS), place: PlaceRef });

export const MemberSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  homePlace: PlaceRef,
  isDisabled: z.boolean(),
  /** Missing for a member account made before profiles existed: the office completes it. */
  profile: MemberProfile.nullable(),
  phoneMasked: z.string().nullable(),
  places: z.array(ServedPlace),
});
export const MemberList = paged(MemberSummary);

export const MemberResponse = MemberSummary.extend({
  hasPhone: z.boolean(),
  createdAt: IsoDate,
  abilities: z.object({
    edit: z.boolean(),
    archive: z.boolean(),
    restore: z.boolean(),
    assign: z.boolean(),
    revealPhone: z.boolean(),
  }),
});

/** A new member and the first password to hand them (shown once; they change it at first sign-in). */
export const CreatedMember = z.object({ member: MemberResponse, initialPassword: z.string() });

export const MemberPhone = z.object({ phone: z.string().nullable() });

export const ImportMembersQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false') });

/** An account a roster import made, with the first password to hand its member. */
export const ImportedAccount = z.object({
  row: z.number(),
  memberNo: z.string(),
  username: z.string(),
  displayName: z.string(),
  initialPassword: z.string(),
});
export const ImportMembersResult = z.object({
  created: z.number(),
  updated: z.number(),
  dryRun: z.boolean(),
  accounts: z.array(ImportedAccount),
});
