// The submissions API's JSON as the console sends and receives it, inferred from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type {
  ActionBody,
  CategoryList as CategoryListSchema,
  Category as CategorySchema,
  CreateWalkInBody,
  DepartmentList as DepartmentListSchema,
  DepartmentOption as DepartmentOptionSchema,
  ListSubmissionsQuery,
  PhoneResponse,
  SortManyBody,
  SortManyResponse,
  StatsResponse,
  SubmissionDetail as SubmissionDetailSchema,
  SubmissionEvent as SubmissionEventSchema,
  SubmissionListResponse,
  SubmissionSummary as SubmissionSummarySchema,
} from '../../../shared/api/submissions';

/** 诉求 (submissions): what a resident raised and where sorting (分办) has taken it. */
export type SubmissionSummary = Wire<typeof SubmissionSummarySchema>;
export type SubmissionList = Wire<typeof SubmissionListResponse>;
/**
 * The inbox's filters as the page holds them: `from` and `to` are ISO instants, `to` exclusive; no
 * `sort` leaves the order to the server (relevance when searching, else newest first).
 */
export type SubmissionFilters = ListFilters<typeof ListSubmissionsQuery>;
export type SubmissionEvent = Wire<typeof SubmissionEventSchema>;
export type SubmissionDetail = Wire<typeof SubmissionDetailSchema>;
export type SubmissionStats = Wire<typeof StatsResponse>;
export type RevealedPhone = Wire<typeof PhoneResponse>;

/** Sorting and handling steps staff take (分办, 答复, 办结). */
export type SubmissionActionInput = Wire<typeof ActionBody>;
export type SubmissionActionName = SubmissionActionInput['action'];
/** 批量分办: several items sorted to one place; each item's own result (done, or why not). */
export type SortManyInput = Wire<typeof SortManyBody>;
export type SortManyResult = Wire<typeof SortManyResponse>['results'][number];
/** A submission recorded on a resident's behalf (来访, 接待日, 巡查, 电话). */
export type WalkInInput = Wire<typeof CreateWalkInBody>;

export type Category = Wire<typeof CategorySchema>;
export type CategoryList = Wire<typeof CategoryListSchema>;
export type DepartmentOption = Wire<typeof DepartmentOptionSchema>;
export type DepartmentList = Wire<typeof DepartmentListSchema>;
