import { z } from 'zod';
import { PLACE_KINDS } from '../../../shared/enums';

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

export const Room = z.object({
  address: optionalText(200),
  hasSign: z.boolean().default(false), // 统一标识
  hasVenue: z.boolean().default(false), // 固定场所
  hasDuties: z.boolean().default(false), // 明确职责
  hasMechanism: z.boolean().default(false), // 工作机制
});

const attributes = {
  hasWorkstation: z.boolean().default(false),
  hasCouncil: z.boolean().default(false),
  room: Room.nullable().default(null),
  brand: optionalText(60),
  isDemonstration: z.boolean().default(false),
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

export const PlaceParams = z.object({ id: z.uuid() });

export const ListPlacesQuery = z.object({
  parentId: z.uuid().optional(),
  q: z.string().trim().min(1).max(60).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

const Crumb = z.object({ id: z.string(), name: z.string(), kind: z.enum(PLACE_KINDS) });

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
  archivedAt: z.date().nullable(),
  childCount: z.number(),
  breadcrumb: z.array(Crumb),
});

export const PlaceListResponse = z.object({ items: z.array(PlaceSummary), truncated: z.boolean() });

export const PlaceResponse = PlaceSummary.extend({
  room: Room.extend({ address: z.string().nullable() }).nullable(),
  brand: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  abilities: z.object({
    createChild: z.boolean(),
    update: z.boolean(),
    move: z.boolean(),
    archive: z.boolean(),
  }),
});

export const ImportResult = z.object({
  imported: z.number(),
  dryRun: z.boolean(),
});

export type CreatePlaceInput = z.infer<typeof CreatePlaceBody>;
export type UpdatePlaceInput = z.infer<typeof UpdatePlaceBody>;
export type ListPlacesInput = z.infer<typeof ListPlacesQuery>;
export type PlaceResponseT = z.infer<typeof PlaceResponse>;
