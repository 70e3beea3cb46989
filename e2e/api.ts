import { expect, inject } from 'vitest';
import type { Wire } from '../src/shared/api/common';
import type { SubmissionCreatedResponse } from '../src/shared/api/submissions-public';
import { DEMO_PASSWORD } from './browser';

/**
 * A signed-in HTTP client for a journey's setup (what earlier journeys already cover in the
 * browser): the session and CSRF cookies, and the CSRF header on writes.
 */
export class Api {
  private cookies = new Map<string, string>();

  static async signIn(username: string) {
    const api = new Api();
    const res = await api.send('POST', '/api/auth/sign-in', { username, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    return api;
  }

  async send(method: string, path: string, body?: unknown) {
    const csrf = this.cookies.get('sl_csrf');
    const res = await fetch(`${inject('baseUrl')}${path}`, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair?.indexOf('=') ?? -1;
      if (pair && i > 0) this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  }

  async get<T>(path: string): Promise<T> {
    const res = await this.send('GET', path);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }

  async post<T>(path: string, body: unknown = {}, status = 200): Promise<T> {
    const res = await this.send('POST', path, body);
    expect(res.status, `${path}: ${res.status === status ? '' : await res.clone().text()}`).toBe(status);
    return (await res.json()) as T;
  }
}

let raised = 0;
/** Each raised item from an address of its own, as different residents' phones are. */
const nextResidentAddress = () => {
  raised += 1;
  return `10.1.${raised >> 8}.${raised & 255}`;
};

/** A resident raises a problem at a place's QR page (public API); returns its tracking code. */
export async function raise(placeCode: string, content: string) {
  const res = await fetch(`${inject('baseUrl')}/api/public/places/${placeCode}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': nextResidentAddress() },
    body: JSON.stringify({ content }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as Wire<typeof SubmissionCreatedResponse>).trackingCode;
}
