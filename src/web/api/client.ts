import type {
  ChallengeErrorBody,
  Challenge as ChallengeSchema,
  FieldIssue as FieldIssueSchema,
  Wire,
} from '../../shared/api/common';
import type { ImportErrorBody, ImportRowError as ImportRowErrorSchema } from '../../shared/api/places';
import i18n from '../i18n';

export type FieldIssue = Wire<typeof FieldIssueSchema>;
type ImportRowError = Wire<typeof ImportRowErrorSchema>;

/** An error answer from the API: a stable code and a message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly field?: string,
    readonly rows: ImportRowError[] = [],
    /** An image challenge to answer before trying again (signing in, after many attempts). */
    readonly challenge?: Wire<typeof ChallengeSchema>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The session is gone: the console goes back to the sign-in page. */
  get isUnauthenticated() {
    return this.status === 401 && this.code === 'unauthenticated';
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;
type Options = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Place names as stored, not in the reader's script: for a form that edits them. */
  storedNames?: boolean;
};

export const CSRF_COOKIE = 'sl_csrf';

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** `path?query`, leaving out empty values so the server's defaults apply. */
export function withQuery(path: string, query?: Query) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * Calls the API with the session cookie, the CSRF token on every state-changing request, and the
 * UI language so error messages come back in it.
 */
export async function api<T>(
  path: string,
  { method = 'GET', query, body, signal, storedNames }: Options = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language };
  if (storedNames) headers['X-Names'] = 'stored';
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), { method, headers, body: payload, credentials: 'same-origin', signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw toApiError(res.status, data);
  return data as T;
}

function toApiError(status: number, data: unknown): ApiError {
  if (!data || typeof data !== 'object' || !('code' in data)) {
    return new ApiError(status, status >= 500 ? 'internal' : 'bad_request', i18n.t('errors.http', { status }));
  }
  // an answer with a code is the server's error body; an import refusal adds the rows at fault, a
  // refusal that wants the image challenge adds the picture
  const d = data as Partial<Wire<typeof ImportErrorBody> & Wire<typeof ChallengeErrorBody>> & { code: string };
  return new ApiError(status, d.code, d.message ?? d.code, d.fields ?? [], d.field, d.rows ?? [], d.challenge);
}

/** A message to show for any error a query or mutation may throw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return i18n.t('errors.unknown');
}
