import { useSearchParams } from 'react-router';
import { MEMBER_STATUSES } from '../../../shared/api/members';
import { MEMBER_LEVELS, MEMBER_PARTIES, MEMBER_SECTORS } from '../../../shared/enums';
import type { MemberFilters } from './types';

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;

export type RosterParam = 'q' | 'sector' | 'level' | 'party' | 'placeId' | 'status' | 'page' | 'pageSize';
export type RosterChanges = Partial<Record<RosterParam, string | number | undefined>>;

/** The roster's filters live in the URL, so a filtered roster can be bookmarked and gone back to. */
export function useRosterParams() {
  const [params, setParams] = useSearchParams();
  const filters: MemberFilters = {
    q: params.get('q') ?? undefined,
    sector: oneOf(MEMBER_SECTORS)(params.get('sector')),
    level: oneOf(MEMBER_LEVELS)(params.get('level')),
    party: oneOf(MEMBER_PARTIES)(params.get('party')),
    placeId: params.get('placeId') ?? undefined,
    status: oneOf(MEMBER_STATUSES)(params.get('status')) ?? 'active',
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };

  /** Changes some filters and goes back to the first page (unless the page is what changed). */
  const setFilter = (changes: RosterChanges) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '' || (k === 'status' && v === 'active')) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };

  return { filters, setFilter, search: params.size ? `?${params}` : '' };
}
