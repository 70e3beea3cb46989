// The API's JSON as the console receives it. These mirror the response schemas in
// src/server/modules/*/schemas.ts (dates arrive as ISO strings); the server schemas are the contract.
import type { Locale, PlaceKind, Role, SubmissionChannel, SubmissionStatus } from '../../shared/enums';

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
export type AccountDetail = AccountSummary & { abilities: { manage: boolean; grant: boolean } };

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

/** 诉求 (submissions): what a resident raised and where sorting (分办) has taken it. */
export type SubmissionSummary = {
  id: string;
  trackingCode: string;
  status: SubmissionStatus;
  channel: SubmissionChannel;
  content: string;
  place: PlaceRef;
  category: { id: string; name: string } | null;
  contactName: string | null;
  phoneMasked: string | null; // 138****5678
  createdAt: string;
  dueAt: string | null;
  isOverdue: boolean;
};

export type SubmissionList = Page<SubmissionSummary> & { counts: Partial<Record<SubmissionStatus, number>> };

/** A step in the timeline: a staff action's name, or submitted / rated / reopen / merged_in. */
export type SubmissionEvent = {
  id: number;
  at: string;
  kind: string;
  actorName: string | null;
  note: string | null;
  isPublic: boolean; // the resident sees it on the tracking page
};

export type SimilarSubmission = {
  id: string;
  trackingCode: string;
  content: string;
  status: SubmissionStatus;
  similarity: number; // 0…1
  place: PlaceRef;
};

export type SubmissionDetail = SubmissionSummary & {
  events: SubmissionEvent[];
  photos: { id: string; url: string }[];
  similar: SimilarSubmission[];
  mergedInto: { id: string; trackingCode: string } | null;
  department: { id: string; name: string } | null;
  residentSaysSolved: boolean | null;
  satisfaction: number | null; // 1…5
  ratingComment: string | null;
  reopenCount: number;
  allowedActions: string[];
  abilities: { sort: boolean; handle: boolean; revealPhone: boolean };
};

export type SubmissionStats = {
  received: number;
  sorted: number;
  solved: number;
  overdue: number;
  rated: number;
  averageSatisfaction: number | null;
  byStatus: Partial<Record<SubmissionStatus, number>>;
};

/** Sorting and handling steps staff take (分办, 答复, 办结). */
export type SubmissionActionInput =
  | { action: 'to_grid' | 'to_community' | 'to_township'; note?: string; placeId?: string }
  | { action: 'to_department'; note?: string; departmentId: string }
  | { action: 'merge'; note?: string; targetId: string }
  | { action: 'decline'; reason: string }
  | { action: 'reply'; note: string; isPublic: boolean }
  | { action: 'solve'; note?: string };
export type SubmissionActionName = SubmissionActionInput['action'];

/** A submission recorded on a resident's behalf (来访, 接待日, 巡查, 电话). */
export type WalkInInput = {
  placeId: string;
  channel: Exclude<SubmissionChannel, 'qr'>;
  content: string;
  categoryId?: string;
  contactName?: string;
  phone?: string;
  consent?: boolean;
};

/** A category offered at a place: configured there or at a place above it. */
export type Category = { id: string; name: string; placeId: string; sortOrder: number };
/** A department account an item at a place can be forwarded to. */
export type DepartmentOption = { id: string; name: string; placeName: string };
