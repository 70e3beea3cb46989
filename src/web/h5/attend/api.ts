import { ApiError, type FieldIssue, NetworkError } from '../api/client';
import { currentLang } from '../i18n';
import type { Attended, AttendRequest, PublicAttendance } from './types';

const TIMEOUT_MS = 30_000;

/** A staff member signed in on this phone is matched by account: send the CSRF token the session set. */
const csrfToken = () => /(?:^|;\s*)sl_csrf=([^;]+)/.exec(document.cookie)?.[1];

// h5/api/client.ts keeps its request helper to itself; this is the same few lines for this feature
async function call<T>(path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    const csrf = csrfToken();
    if (csrf) headers['X-CSRF-Token'] = decodeURIComponent(csrf);
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: abort.signal,
    });
  } catch {
    throw new NetworkError();
  } finally {
    clearTimeout(timer);
  }
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    if (res.status >= 502 && data === undefined) throw new NetworkError();
    const e = (data ?? {}) as { code?: string; message?: string; fields?: FieldIssue[]; field?: string };
    const message = e.message ?? `HTTP ${res.status}`;
    const fields = e.fields ?? (e.field ? [{ path: e.field, message }] : []);
    throw new ApiError(res.status, e.code ?? 'http_error', message, fields);
  }
  return data as T;
}

const path = (token: string) => `/api/public/attendance/${encodeURIComponent(token)}`;

export const getAttendance = (token: string) => call<PublicAttendance>(path(token));

/** Signs in; signing in twice answers the first sign-in. */
export const signInAttendance = (token: string, body: AttendRequest) => call<Attended>(path(token), body);
