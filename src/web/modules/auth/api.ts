import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../shared/enums';
import { ApiError, api } from '../../api/client';
import type { Challenge, ChangePasswordInput, Me, SignInInput, UpdateMyEmailInput } from './types';

export const meKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/** The signed-in person, or null when there is no session. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

export const isAdmin = (me: Me | null | undefined) => Boolean(me?.grants.some((g) => g.role === 'admin'));

/** A new picture for the image challenge (the one store residents' intake uses too). */
export const fetchChallenge = () => api<Challenge>('/api/public/challenge');

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInInput) => api<Me>('/api/auth/sign-in', { method: 'POST', body }),
    onSuccess: (me) => {
      qc.removeQueries(); // nothing of a previous session stays on screen
      qc.setQueryData(meKey, me);
    },
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/sign-out', { method: 'POST' }),
    onSettled: () => {
      qc.removeQueries();
      qc.setQueryData(meKey, null);
    },
  });
}

export function useSaveLocale() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => api<Me>('/api/auth/me', { method: 'PATCH', body: { locale } }),
    onSuccess: (me) => qc.setQueryData(meKey, me),
  });
}

/** One's email for notices and how they are mailed (each, a daily digest, none). */
export function useSaveMyEmail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMyEmailInput) => api<Me>('/api/auth/me/email', { method: 'PUT', body }),
    onSuccess: (me) => qc.setQueryData(meKey, me),
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordInput) => api<void>('/api/auth/password', { method: 'POST', body }),
    onSuccess: () => {
      qc.setQueryData<Me | null>(meKey, (m) => m && { ...m, mustChangePassword: false });
      return qc.invalidateQueries({ queryKey: meKey });
    },
  });
}
