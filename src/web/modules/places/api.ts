import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlaceCoverage } from '../../../shared/api/places';
import { api } from '../../api/client';
import type { CreatePlaceInput, ImportResult, PlaceDetail, PlaceList, UpdatePlaceInput } from './types';

export const placesKey = ['places'] as const;

/** The children of a place, or with no parent the tops of the actor's reach. */
export const childrenQuery = (parentId: string | undefined, includeArchived: boolean) =>
  queryOptions({
    queryKey: [...placesKey, 'children', parentId ?? 'top', includeArchived],
    queryFn: ({ signal }) => api<PlaceList>('/api/places', { query: { parentId, includeArchived }, signal }),
  });

export const usePlaceChildren = (parentId: string | undefined, includeArchived = false, enabled = true) =>
  useQuery({ ...childrenQuery(parentId, includeArchived), enabled });

export const placeQuery = (id: string) =>
  queryOptions({
    queryKey: [...placesKey, 'detail', id],
    queryFn: ({ signal }) => api<PlaceDetail>(`/api/places/${id}`, { signal, storedNames: true }),
  });

export const usePlace = (id: string | undefined) => useQuery({ ...placeQuery(id ?? ''), enabled: Boolean(id) });

/** Name search across the actor's reach (the server caps the list and says when it did). */
export const usePlaceSearch = (q: string, includeArchived = false) =>
  useQuery({
    queryKey: [...placesKey, 'search', q, includeArchived],
    queryFn: ({ signal }) => api<PlaceList>('/api/places', { query: { q, includeArchived }, signal }),
    enabled: q.trim().length > 0,
    placeholderData: (prev) => prev,
  });

/** The places a dashboard's coverage figure counts: within a place's subtree, those that have `has`. */
export const usePlaceCoverage = (within: string, has: PlaceCoverage) =>
  useQuery({
    queryKey: [...placesKey, 'coverage', within, has],
    queryFn: ({ signal }) => api<PlaceList>('/api/places', { query: { within, has }, signal }),
  });

/** Any change to a place can change the tree, counts and breadcrumbs: refresh everything place-shaped. */
function useInvalidatePlaces() {
  const qc = useQueryClient();
  return (place: PlaceDetail) => {
    qc.setQueryData(placeQuery(place.id).queryKey, place);
    return qc.invalidateQueries({ queryKey: placesKey });
  };
}

export function useCreatePlace() {
  const done = useInvalidatePlaces();
  return useMutation({
    mutationFn: (body: CreatePlaceInput) =>
      api<PlaceDetail>('/api/places', { method: 'POST', body, storedNames: true }),
    onSuccess: done,
  });
}

export function useUpdatePlace(id: string) {
  const done = useInvalidatePlaces();
  return useMutation({
    mutationFn: (body: UpdatePlaceInput) =>
      api<PlaceDetail>(`/api/places/${id}`, { method: 'PATCH', body, storedNames: true }),
    onSuccess: done,
  });
}

export function useMovePlace(id: string) {
  const done = useInvalidatePlaces();
  return useMutation({
    mutationFn: (parentId: string) =>
      api<PlaceDetail>(`/api/places/${id}/move`, { method: 'POST', body: { parentId }, storedNames: true }),
    onSuccess: done,
  });
}

export function useArchivePlace(id: string) {
  const done = useInvalidatePlaces();
  return useMutation({
    mutationFn: (archived: boolean) =>
      api<PlaceDetail>(`/api/places/${id}/${archived ? 'archive' : 'restore'}`, { method: 'POST', storedNames: true }),
    onSuccess: done,
  });
}

export function useImportPlaces() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData();
      body.append('file', file);
      return api<ImportResult>('/api/places/import', { method: 'POST', query: { dryRun }, body });
    },
    onSuccess: (r) => (r.dryRun ? undefined : qc.invalidateQueries({ queryKey: placesKey })),
  });
}

export const IMPORT_TEMPLATE_URL = '/api/places/import-template';
