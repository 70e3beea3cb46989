import type { z } from 'zod';
import type {
  AddGroupMemberBody,
  CoverageQuery,
  CreateGroupBody,
  GroupDetail,
  ListGroupsQuery,
  UpdateGroupBody,
} from '../../../shared/api/member-groups';

export {
  AddGroupMemberBody,
  CandidatesQuery,
  Coverage,
  CoverageQuery,
  CreateGroupBody,
  GroupCandidates,
  GroupConsultations,
  GroupConsultationsQuery,
  GroupDetail,
  GroupList,
  GroupMemberParams,
  GroupParams,
  ListGroupsQuery,
  Organisers,
  OrganisersQuery,
  PositionBody,
  UpdateGroupBody,
} from '../../../shared/api/member-groups';

export type ListGroupsInput = z.output<typeof ListGroupsQuery>;
export type CreateGroupInput = z.output<typeof CreateGroupBody>;
export type UpdateGroupInput = z.output<typeof UpdateGroupBody>;
export type AddGroupMemberInput = z.output<typeof AddGroupMemberBody>;
export type CoverageInput = z.output<typeof CoverageQuery>;
export type GroupDetailOut = z.output<typeof GroupDetail>;
