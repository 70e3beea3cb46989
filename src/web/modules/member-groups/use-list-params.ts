import { useSearchParams } from 'react-router';
import { MEMBER_GROUP_KINDS, type MemberGroupKind } from '../../../shared/enums';
import type { GroupFilters } from './types';

export type ListParam = 'q' | 'kind' | 'placeId' | 'archived' | 'page' | 'pageSize';
export type ListChanges = Partial<Record<ListParam, string | number | undefined>>;

const asKind = (v: string | null) =>
  v && (MEMBER_GROUP_KINDS as readonly string[]).includes(v) ? (v as MemberGroupKind) : undefined;

/** The groups list's filters live in the URL, so a filtered list can be shared and comes back on return. */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const filters: GroupFilters = {
    q: params.get('q') ?? undefined,
    kind: asKind(params.get('kind')),
    placeId: params.get('placeId') ?? undefined,
    archived: params.get('archived') === 'true' ? 'true' : 'false',
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };

  /** Changes some filters and goes back to the first page (unless the page is what changed). */
  const setFilter = (changes: ListChanges) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '' || (k === 'archived' && v === 'false')) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };

  return { filters, setFilter };
}
