// The API's JSON as the console receives it. These mirror the response schemas in
// src/server/modules/*/schemas.ts (dates arrive as ISO strings); the server schemas are the contract.
import type { Locale, PlaceKind, Role } from '../../shared/enums';

export type PlaceRef = { id: string; name: string; kind: PlaceKind };
export type Grant = { id: string; role: Role; place: PlaceRef };

export type Me = {
  id: string;
  username: string;
  displayName: string;
  locale: Locale | null;
  mustChangePassword: boolean;
  grants: Grant[];
};

export type PlaceSummary = {
  id: string;
  parentId: string | null;
  kind: PlaceKind;
  name: string;
  code: string;
  hasWorkstation: boolean; // 委员工作站
  hasCouncil: boolean; // 协商议事会
  hasRoom: boolean; // 协商议事室
  isDemonstration: boolean; // 示范点
  archivedAt: string | null;
  childCount: number; // live (unarchived) children only
  breadcrumb: PlaceRef[];
};

/** 协商议事室 and its "四有" standard. */
export type Room = {
  address: string | null;
  hasSign: boolean; // 统一标识
  hasVenue: boolean; // 固定场所
  hasDuties: boolean; // 明确职责
  hasMechanism: boolean; // 工作机制
};

export type PlaceDetail = PlaceSummary & {
  room: Room | null;
  brand: string | null;
  createdAt: string;
  updatedAt: string;
  abilities: { createChild: boolean; update: boolean; move: boolean; archive: boolean };
};

export type PlaceList = { items: PlaceSummary[]; truncated: boolean };

export type PlaceAttributes = {
  name: string;
  code?: string;
  hasWorkstation: boolean;
  hasCouncil: boolean;
  room: Room | null;
  brand: string | null;
  isDemonstration: boolean;
};
export type CreatePlaceInput = PlaceAttributes & { parentId: string; kind: PlaceKind };

export type ImportResult = { imported: number; dryRun: boolean };
export type ImportRowError = { row: number; field: string; message: string };

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type AccountSummary = {
  id: string;
  username: string;
  displayName: string;
  homePlace: PlaceRef;
  isDisabled: boolean;
  isLocked: boolean;
  mustChangePassword: boolean;
  createdAt: string;
  grants: Grant[];
};
export type AccountDetail = AccountSummary & { abilities: { manage: boolean } };

export type AuditEvent = {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
};
