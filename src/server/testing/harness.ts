import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { DEPLOYMENT_TIME_ZONE } from '../../shared/time-zone';
import { buildApp } from '../app';
import { CSRF_COOKIE, SESSION_COOKIE } from '../platform/auth/plugin';
import type { Config } from '../platform/config';
import { type Database, openDatabase } from '../platform/db';

export type TestApp = { app: FastifyInstance; database: Database; db: Database['db'] };

// One database per Vitest worker, kept for every file the worker runs (vitest.config.ts turns
// isolation off, so this module outlives each file): starting and migrating an embedded PGlite
// costs seconds, opening the app on it milliseconds. No cleaning between files: tests never share
// rows (see factories), as on PostgreSQL, where every file of the run uses one database.
let workerDatabase: Promise<Database> | undefined;

async function openWorkerDatabase() {
  const url = inject('testDatabaseUrl');
  const database = await openDatabase({ databaseUrl: url ?? undefined });
  if (!url) await database.migrate();
  return database;
}

// The app of the file running now. Files of a worker run one after another, so an app still open
// when the next file starts belongs to a file that has finished. (An afterAll registered from the
// beforeAll that calls startTestApp() is never run: the file's hooks are collected by then.)
let openApp: FastifyInstance | undefined;

/**
 * An app for this test file on the worker's database: in-memory PGlite by default, or the run's
 * PostgreSQL database (migrated by the global setup) under TEST_DB=postgres. One per file: the
 * previous file's app is closed first (closing an app leaves the shared database open). `config`
 * changes the test configuration (an SMTP server, a proxy).
 */
export async function startTestApp(config: Partial<Config> = {}): Promise<TestApp> {
  await openApp?.close();
  workerDatabase ??= openWorkerDatabase();
  const database = await workerDatabase;
  const app = await buildApp({ config: { ...testConfig(), ...config }, database, serveWeb: false });
  await app.ready();
  openApp = app;
  return { app, database, db: database.db };
}

export function testConfig(): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: mkdtempSync(join(tmpdir(), 'shangliang-test-')),
    publicUrl: 'http://localhost:3000',
    secret: 'test-secret-test-secret-test-secret-0000',
    logLevel: 'silent',
    sessionTtlHours: 1,
    timeZone: DEPLOYMENT_TIME_ZONE,
    trustProxy: false,
    mail: undefined,
    isProduction: false,
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

/** A signed-in (or anonymous) client: carries the session cookie and the CSRF header. */
export class Agent {
  constructor(
    readonly app: FastifyInstance,
    private cookies: Record<string, string> = {},
    readonly ip = '127.0.0.1',
  ) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const csrf = this.cookies[CSRF_COOKIE];
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      cookies: this.cookies,
      headers: { ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}), ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    for (const c of res.cookies as { name: string; value: string }[]) this.cookies[c.name] = c.value;
    return res;
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);

  get sessionToken() {
    return this.cookies[SESSION_COOKIE];
  }

  /** Signs in through the real endpoint; throws if it fails. */
  static async signIn(app: FastifyInstance, username: string, password: string, ip?: string) {
    const agent = new Agent(app, {}, ip);
    const res = await agent.post('/api/auth/sign-in', { username, password });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
    return agent;
  }
}

export const json = <T = Record<string, unknown>>(res: LightMyRequestResponse) => res.json() as T;
