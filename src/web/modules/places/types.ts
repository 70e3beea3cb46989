// The places API's JSON as the console sends and receives it, inferred from the wire contract.
import type { PlaceRef as PlaceRefSchema, Wire } from '../../../shared/api/common';
import type {
  CreatePlaceBody,
  ImportResult as ImportResultSchema,
  ImportRowError as ImportRowErrorSchema,
  PlaceListResponse,
  PlaceResponse,
  PlaceSummary as PlaceSummarySchema,
  UpdatePlaceBody,
} from '../../../shared/api/places';

export type PlaceSummary = Wire<typeof PlaceSummarySchema>;
export type PlaceDetail = Wire<typeof PlaceResponse>;
export type PlaceList = Wire<typeof PlaceListResponse>;
/** 协商议事室 and its "四有" standard, as a place has it. */
export type Room = NonNullable<PlaceDetail['room']>;

export type CreatePlaceInput = Wire<typeof CreatePlaceBody>;
export type UpdatePlaceInput = Wire<typeof UpdatePlaceBody>;
/** What the place form edits: everything a new place takes except where it stands. */
export type PlaceAttributes = Omit<CreatePlaceInput, 'parentId' | 'kind'>;

export type ImportResult = Wire<typeof ImportResultSchema>;
export type ImportRowError = Wire<typeof ImportRowErrorSchema>;
export type PlaceRef = Wire<typeof PlaceRefSchema>;
