import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { childKindsOf } from '../../../shared/labels';
import { childrenQuery } from './api';
import type { PlaceSummary } from './types';

/**
 * A lazily loaded place tree kept in the query cache: the top of the actor's reach, plus the
 * children of every place opened so far. Invalidating ['places'] refreshes every loaded level.
 */
export function usePlaceTree(includeArchived: boolean) {
  const qc = useQueryClient();
  const [opened, setOpened] = useState<string[]>([]);
  const top = useQuery({ ...childrenQuery(undefined, includeArchived), placeholderData: keepPreviousData });
  const levels = useQueries({ queries: opened.map((id) => childrenQuery(id, includeArchived)) });

  const childrenOf = new Map<string, PlaceSummary[]>();
  opened.forEach((id, i) => {
    const items = levels[i]?.data?.items;
    if (items) childrenOf.set(id, items);
  });

  /** Starts loading the children of these places (e.g. the path down to a selected place). */
  const open = useCallback((ids: readonly string[]) => {
    setOpened((prev) => {
      const added = ids.filter((id) => !prev.includes(id));
      return added.length ? [...prev, ...added] : prev;
    });
  }, []);

  /** For a tree's loadData: resolves once the children are in the cache. */
  const load = useCallback(
    async (id: string) => {
      open([id]);
      await qc.ensureQueryData(childrenQuery(id, includeArchived));
    },
    [open, qc, includeArchived],
  );

  // childCount counts live children only, so with archived ones shown any container may have some
  const isLeaf = (p: PlaceSummary) => childKindsOf(p.kind).length === 0 || (!includeArchived && p.childCount === 0);

  return { top, childrenOf, loadedKeys: [...childrenOf.keys()], open, load, isLeaf };
}
