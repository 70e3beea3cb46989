// The member groups API's JSON as the console sends and receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/member-groups';

export type GroupSummary = Wire<typeof Api.GroupSummary>;
export type GroupList = Wire<typeof Api.GroupList>;
/** The list's filters as the page holds them (archived is always set). */
export type GroupFilters = ListFilters<typeof Api.ListGroupsQuery, 'archived'>;
export type GroupDetail = Wire<typeof Api.GroupDetail>;
export type GroupMember = Wire<typeof Api.GroupMember>;
export type CreateGroupInput = Wire<typeof Api.CreateGroupBody>;
export type UpdateGroupInput = Wire<typeof Api.UpdateGroupBody>;
export type AddGroupMemberInput = Wire<typeof Api.AddGroupMemberBody>;
export type GroupCandidates = Wire<typeof Api.GroupCandidates>;
export type GroupConsultations = Wire<typeof Api.GroupConsultations>;
export type GroupConsultation = Wire<typeof Api.GroupConsultation>;
export type Organisers = Wire<typeof Api.Organisers>;
export type Coverage = Wire<typeof Api.Coverage>;
export type CoverageRow = Wire<typeof Api.CoverageRow>;
export type CoverageFilters = ListFilters<typeof Api.CoverageQuery, 'min' | 'lacking'>;
