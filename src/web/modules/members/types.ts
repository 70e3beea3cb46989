// The members API's JSON as the console sends and receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/members';

export type MemberSummary = Wire<typeof Api.MemberSummary>;
export type MemberList = Wire<typeof Api.MemberList>;
export type MemberDetail = Wire<typeof Api.MemberResponse>;
export type MemberProfile = NonNullable<MemberSummary['profile']>;
export type ServedPlace = Wire<typeof Api.ServedPlace>;
export type CreatedMember = Wire<typeof Api.CreatedMember>;
export type CreateMemberInput = Wire<typeof Api.CreateMemberBody>;
export type UpdateMemberInput = Wire<typeof Api.UpdateMemberBody>;
export type MemberPlaceInput = Wire<typeof Api.MemberPlaceBody>;
export type ImportMembersResult = Wire<typeof Api.ImportMembersResult>;
export type ImportedAccount = Wire<typeof Api.ImportedAccount>;
/** The roster's filters as the page holds them (the status is always set). */
export type MemberFilters = ListFilters<typeof Api.ListMembersQuery, 'status'>;
