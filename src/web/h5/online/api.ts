import type { Vote } from '../../../shared/enums';
import { ApiError, type FieldIssue, NetworkError } from '../api/client';
import type { Challenge } from '../api/types';
import { currentLang } from '../i18n';
import type { PostStatementInput, PublicOnline } from './types';

const TIMEOUT_MS = 30_000;

// h5/api/client.ts keeps its request helper to itself; this is the same few lines for this feature.
// The phone is recognised by its HttpOnly voter cookie, which the browser sends by itself.
async function call<T>(path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
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
      challenge?: Challenge;
    };
    const message = e.message ?? `HTTP ${res.status}`;
    const fields = e.fields ?? (e.field ? [{ path: e.field, message }] : []);
    throw new ApiError(res.status, e.code ?? 'http_error', message, fields, e.challenge);
  }
  return data as T;
}

const path = (token: string) => `/api/public/online/${encodeURIComponent(token)}`;

export const getOnline = (token: string) => call<PublicOnline>(path(token));

/** An answered image challenge, asked for past a few new voters from one network. */
export type Answered = { id: string; answer: string };

/** Posts a statement (5–140 characters), signed with `name` or as 居民; answers the fresh page. */
export const postStatement = (token: string, body: PostStatementInput) =>
  call<PublicOnline>(`${path(token)}/statements`, body);

/** Agree, disagree or pass; voting again changes the vote. Answers the fresh page. */
export const voteOn = (token: string, statementId: string, vote: Vote, challenge?: Answered) =>
  call<PublicOnline>(`${path(token)}/statements/${encodeURIComponent(statementId)}/vote`, { vote, challenge });
