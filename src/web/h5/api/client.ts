import { currentLang } from '../i18n';
import type {
  Board,
  BoardOutcomeFilter,
  BoardOutcomePage,
  Challenge,
  ErrorBody,
  NewSubmission,
  PhotoStored,
  PlaceMembers,
  PublicPlace,
  PublicSubmission,
  Rating,
  ReceptionWeek,
  Reopening,
  SubmissionCreated,
} from './types';

export type FieldIssue = NonNullable<ErrorBody['fields']>[number];

/** An answer the server refused: a stable code and a message already in the resident's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly challenge?: Challenge,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** No answer at all (offline, timeout): what was typed stays, and the same request can be retried. */
export class NetworkError extends Error {
  constructor() {
    super('network');
    this.name = 'NetworkError';
  }
}

function toApiError(status: number, body: Partial<ErrorBody> | undefined): ApiError {
  const message = body?.message ?? `HTTP ${status}`;
  // a single-field refusal (e.g. an unknown category) names its field instead of listing fields
  const fields = body?.fields ?? (body?.field ? [{ path: body.field, message }] : []);
  return new ApiError(status, body?.code ?? 'http_error', message, fields, body?.challenge);
}

const TIMEOUT_MS = 30_000;

async function call<T>(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLang(),
    ...init.headers,
  };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  // AbortSignal.timeout is missing from older in-app browsers
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: abort.signal,
    });
  } catch {
    throw new NetworkError();
  } finally {
    clearTimeout(timer);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    if (res.status >= 502 && body === undefined) throw new NetworkError(); // a proxy in front gave up
    throw toApiError(res.status, body as Partial<ErrorBody> | undefined);
  }
  return body as T;
}

const enc = encodeURIComponent;

export const getPlace = (code: string) => call<PublicPlace>(`/api/public/places/${enc(code)}`);

/** 委员会客厅: the members of the place a resident may write to (names only). */
export const getPlaceMembers = (code: string) => call<PlaceMembers>(`/api/public/places/${enc(code)}/members`);

/** 本周接待委员: this week's reception members at the place and its workstation. */
export const getReceptionWeek = (code: string) => call<ReceptionWeek>(`/api/public/places/${enc(code)}/receptions`);

/** A place's public board (公开栏): its figures, the first page of outcomes, the latest consensus. */
export const getBoard = (code: string) => call<Board>(`/api/public/places/${enc(code)}/board`);

export const getBoardOutcomes = (code: string, status: BoardOutcomeFilter, page: number) =>
  call<BoardOutcomePage>(`/api/public/places/${enc(code)}/board/outcomes?status=${status}&page=${page}`);

export const getChallenge = () => call<Challenge>('/api/public/challenge');

/** Files the submission; the same idempotency key on a retry returns the first attempt's record. */
export const createSubmission = (code: string, idempotencyKey: string, body: NewSubmission) =>
  call<SubmissionCreated>(`/api/public/places/${enc(code)}/submissions`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

export const getSubmission = (trackingCode: string) =>
  call<PublicSubmission>(`/api/public/submissions/${enc(trackingCode)}`);

export const rateSubmission = (trackingCode: string, body: Rating) =>
  call<PublicSubmission>(`/api/public/submissions/${enc(trackingCode)}/rating`, { method: 'POST', body });

export const reopenSubmission = (trackingCode: string, reason?: string) =>
  call<PublicSubmission>(`/api/public/submissions/${enc(trackingCode)}/reopen`, {
    method: 'POST',
    body: (reason ? { reason } : {}) satisfies Reopening,
  });

/**
 * Uploads one photo with progress (fetch cannot report upload progress, XMLHttpRequest can).
 * Returns the stored photo's id; `signal` cancels it.
 */
export function uploadPhoto(code: string, file: Blob, onProgress: (fraction: number) => void, signal: AbortSignal) {
  return new Promise<string>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/public/places/${enc(code)}/photos`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLang());
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as (Partial<ErrorBody> & Partial<PhotoStored>) | null;
      if (xhr.status === 201 && body?.id) resolve(body.id);
      else reject(toApiError(xhr.status, body ?? undefined));
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.ontimeout = () => reject(new NetworkError());
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.timeout = 120_000;
    const form = new FormData();
    form.append('file', file, file instanceof File ? file.name : 'photo.jpg');
    xhr.send(form);
  });
}
