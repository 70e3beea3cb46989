import type { z } from 'zod';
import type {
  CreateMemberBody,
  ListMembersQuery,
  MemberFilters,
  MemberPlaceBody,
  UpdateMemberBody,
} from '../../../shared/api/members';

export * from '../../../shared/api/members';

export type CreateMemberInput = z.infer<typeof CreateMemberBody>;
export type UpdateMemberInput = z.infer<typeof UpdateMemberBody>;
export type MemberFiltersInput = z.infer<typeof MemberFilters>;
export type ListMembersInput = z.infer<typeof ListMembersQuery>;
export type MemberPlaceInput = z.infer<typeof MemberPlaceBody>;
