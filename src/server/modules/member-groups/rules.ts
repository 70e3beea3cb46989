// The rules of member groups, as pure tables: which fields each kind takes, where each kind may be
// kept, who pairs with whom, and what a 1+2+N activity group may hold.
import { ACTIVITY_POSITIONS, GROUP_PLACE_KINDS, PAIRED_KINDS } from '../../../shared/access/member-groups';
import type { COMPOSITION_ISSUES } from '../../../shared/api/member-groups';
import type { GroupPosition, MemberGroupKind, PlaceKind } from '../../../shared/enums';
import type { FieldError } from '../../platform/errors';

type KindField = 'sector' | 'councilPlaceId' | 'pairedGroupId';

/** The field each kind needs (`required`) or may carry (`optional`); every other kind refuses it. */
const KIND_FIELDS = {
  sector: { sector: 'required' },
  council: { councilPlaceId: 'required' },
  district_group: { pairedGroupId: 'optional' },
  local_group: { pairedGroupId: 'optional' },
  committee: {},
  activity: {},
} as const satisfies Record<MemberGroupKind, Partial<Record<KindField, 'required' | 'optional'>>>;

const FIELDS: KindField[] = ['sector', 'councilPlaceId', 'pairedGroupId'];

/**
 * What a group's kind makes of the fields given: each missing required field and each field the
 * kind does not take. `isChange`: a change leaves required fields as they are when absent.
 */
export function kindFieldIssues(
  kind: MemberGroupKind,
  input: Partial<Record<KindField, unknown>>,
  isChange = false,
): FieldError[] {
  const rule: Partial<Record<KindField, 'required' | 'optional'>> = KIND_FIELDS[kind];
  const issues: FieldError[] = [];
  for (const f of FIELDS) {
    const given = input[f] !== undefined;
    if (!rule[f] && given) issues.push({ path: f, key: 'invalid_value' });
    if (rule[f] === 'required' && !given && !isChange) issues.push({ path: f, key: 'required' });
  }
  return issues;
}

/** May a group of `kind` be kept at a place of `placeKind`? */
export function mayKeepAt(kind: MemberGroupKind, placeKind: PlaceKind) {
  const allowed: readonly PlaceKind[] | undefined = (
    GROUP_PLACE_KINDS as Partial<Record<MemberGroupKind, readonly PlaceKind[]>>
  )[kind];
  return !allowed || allowed.includes(placeKind);
}

/** 区直组 ↔ 镇街组: may a group of `kind` pair with one of `other`? */
export const mayPair = (kind: MemberGroupKind, other: MemberGroupKind) =>
  (PAIRED_KINDS as Partial<Record<MemberGroupKind, MemberGroupKind>>)[kind] === other;

export type Composition = Record<GroupPosition, number>;

/** How many hold each position. */
export function compositionOf(positions: readonly GroupPosition[]): Composition {
  const c: Composition = { lead: 0, liaison: 0, member: 0 };
  for (const p of positions) c[p] += 1;
  return c;
}

/** What a 1+2+N activity group lacks or has too many of; the other kinds have no such rule. */
export function compositionIssues(kind: MemberGroupKind, c: Composition) {
  if (kind !== 'activity') return [];
  const issues: (typeof COMPOSITION_ISSUES)[number][] = [];
  if (c.lead === 0) issues.push('no_lead');
  if (c.lead > ACTIVITY_POSITIONS.lead) issues.push('too_many_leads');
  if (c.liaison > ACTIVITY_POSITIONS.liaison) issues.push('too_many_liaisons');
  return issues;
}

/**
 * Would one member moving from `from` (null: joining) to `to` break an activity group's limits?
 * Answers the error code, or null when it fits.
 */
export function positionConflict(
  kind: MemberGroupKind,
  c: Composition,
  from: GroupPosition | null,
  to: GroupPosition,
): 'member_group_lead_taken' | 'member_group_liaisons_full' | null {
  if (kind !== 'activity' || from === to) return null;
  if (to === 'lead' && c.lead >= ACTIVITY_POSITIONS.lead) return 'member_group_lead_taken';
  if (to === 'liaison' && c.liaison >= ACTIVITY_POSITIONS.liaison) return 'member_group_liaisons_full';
  return null;
}

/** A place lacks members when fewer than `min` are assigned to it. */
export const isLacking = (memberCount: number, min: number) => memberCount < min;
