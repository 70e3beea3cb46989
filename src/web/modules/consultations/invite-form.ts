import type { ParticipantKind } from '../../../shared/enums';
import type { InviteInput } from './types';

export type InviteMode = 'account' | 'person';
export type InviteValues = {
  mode: InviteMode;
  accountId?: string;
  name?: string;
  affiliation?: string;
  kind: ParticipantKind;
};

// what someone's role makes them at a consultation, as a first guess the liaison can change
const KIND_BY_ROLE: Record<string, ParticipantKind> = {
  member: 'member',
  department: 'official',
  leader: 'official',
  liaison: 'staff',
  cppcc: 'staff', // 政协机关: its staff sit in as 工作人员
  admin: 'staff',
};

/** The participant kind an account's first role suggests: 政协委员, 部门干部 … */
export const kindForRoles = (roles: readonly { role: string }[]): ParticipantKind =>
  KIND_BY_ROLE[roles[0]?.role ?? ''] ?? 'member';

/** An account (its name comes from the account) or a person without one, by name. */
export function toInviteInput(v: InviteValues): InviteInput {
  const affiliation = v.affiliation?.trim() || undefined;
  if (v.mode === 'account') return { accountId: v.accountId, kind: v.kind, ...(affiliation ? { affiliation } : {}) };
  return { name: v.name?.trim() ?? '', kind: v.kind, ...(affiliation ? { affiliation } : {}) };
}
