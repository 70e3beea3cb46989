// The places API's wire contract (地点: district → township → village/community → grid).
import { z } from 'zod';
import { PLACE_KINDS } from '../enums';
import { ErrorBody, IdParams, IsoDate, PlaceRef } from './common';

const name = z.string().trim().min(1).max(60);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const PlaceCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, { message: 'code_format' });

/** 协商议事室 and its "四有" standard. */
export const Room = z.object({
  address: optionalText(200),
  hasSign: z.boolean().default(false), // 统一标识
  hasVenue: z.boolean().default(false), // 固定场所
  hasDuties: z.boolean().default(false), // 明确职责
  hasMechanism: z.boolean().default(false), // 工作机制
});

const attributes = {
  hasWorkstation: z.boolean().default(false), // 委员工作站
  hasCouncil: z.boolean().default(false), // 协商议事会
  room: Room.nullable().default(null),
  brand: optionalText(60),
  isDemonstration: z.boolean().default(false), // 示范点
};

export const CreatePlaceBody = z.object({
  parentId: z.uuid(),
  kind: z.enum(PLACE_KINDS),
  name,
  code: PlaceCode.optional(),
  ...attributes,
});

export const UpdatePlaceBody = z
  .object({
    name,
    code: PlaceCode,
    hasWorkstation: z.boolean(),
    hasCouncil: z.boolean(),
    room: Room.nullable(),
    brand: optionalText(60),
    isDemonstration: z.boolean(),
  })
  .partial();

export const MovePlaceBody = z.object({ parentId: z.uuid() });

export const PlaceParams = IdParams;

/** What a coverage figure counts among the villages and communities of a subtree (覆盖). */
export const PLACE_COVERAGE = [
  'all',
  'council',
  'room',
  'four_haves',
  'workstation',
  'demonstration',
  'members',
] as const;
export type PlaceCoverage = (typeof PLACE_COVERAGE)[number];

const flag = z.enum(['true', 'false']).default('false');

export const ListPlacesQuery = z.object({
  parentId: z.uuid().optional(),
  q: z.string().trim().min(1).max(60).optional(),
  includeArchived: flag.transform((v) => v === 'true'),
  /** the places of a coverage figure (数据看板): within this place's subtree, its villages and communities… */
  within: z.uuid().optional(),
  /** …that have this (a flag of the place, all of 四有, or a member serving there); `all`: every one */
  has: z.enum(PLACE_COVERAGE).optional(),
});

export const ImportPlacesQuery = z.object({ dryRun: flag });

export const PlaceSummary = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(PLACE_KINDS),
  name: z.string(),
  code: z.string(),
  hasWorkstation: z.boolean(),
  hasCouncil: z.boolean(),
  hasRoom: z.boolean(),
  isDemonstration: z.boolean(),
  archivedAt: IsoDate.nullable(),
  childCount: z.number(), // live (unarchived) children only
  breadcrumb: z.array(PlaceRef),
});

export const PlaceListResponse = z.object({
  items: z.array(PlaceSummary),
  truncated: z.boolean(),
  /** with `within`: how many places match (the items stop at a limit) */
  total: z.number().optional(),
});

export const PlaceResponse = PlaceSummary.extend({
  room: z
    .object({
      address: z.string().nullable(),
      hasSign: z.boolean(),
      hasVenue: z.boolean(),
      hasDuties: z.boolean(),
      hasMechanism: z.boolean(),
    })
    .nullable(),
  brand: z.string().nullable(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  abilities: z.object({
    createChild: z.boolean(),
    update: z.boolean(),
    move: z.boolean(),
    archive: z.boolean(),
  }),
});

export const ImportResult = z.object({ imported: z.number(), dryRun: z.boolean() });

/** A sheet row the import refused: all rows or none are written. */
export const ImportRowError = z.object({ row: z.number(), field: z.string(), message: z.string() });
export const ImportErrorBody = ErrorBody.extend({ rows: z.array(ImportRowError).optional() });
