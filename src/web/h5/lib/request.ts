import { ApiError, type FieldIssue, NetworkError } from '../api/client';
import type { Challenge } from '../api/types';
import { currentLang } from '../i18n';

const TIMEOUT_MS = 30_000;

/** The CSRF token the staff session set, if someone on staff is signed in on this phone. */
const csrfToken = () => /(?:^|;\s*)sl_csrf=([^;]+)/.exec(document.cookie)?.[1];

/**
 * GETs `path`, or POSTs `body` as JSON, in the user's language, giving up after 30 s; `withCsrf` sends
 * the session's CSRF token, for a page that matches a signed-in staff member by account. A failure is
 * an ApiError with the server's code and fields, or a NetworkError when no answer came (or a gateway's).
 */
export async function request<T>(path: string, body?: unknown, withCsrf = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    const csrf = withCsrf && csrfToken();
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
    const e = (data ?? {}) as {
      code?: string;
      message?: string;
      fields?: FieldIssue[];
      field?: string;
      challenge?: Challenge; // asked for past a limit: answer it and send again
    };
    const message = e.message ?? `HTTP ${res.status}`;
    const fields = e.fields ?? (e.field ? [{ path: e.field, message }] : []);
    throw new ApiError(res.status, e.code ?? 'http_error', message, fields, e.challenge);
  }
  return data as T;
}
