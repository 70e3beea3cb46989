import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { buildConsultation } from '../../modules/consultations/testing';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { malformedUploads } from '../../testing/malformed-multipart';
import { submissions } from '../db/schema';
import {
  BAD_BODIES,
  BAD_SEGMENTS,
  BAD_VALUES,
  type FuzzRequest,
  fill,
  type Route,
  routesOf,
  sample,
} from './fuzz-inputs';

// Every route, malformed in every way we know, must answer below 500. Public routes are fuzzed
// without a session; staff routes with a signed-in liaison (account changes and signing out are
// left out so the session survives the run). Inputs are fixed tables and a seeded fast-check run.
const SEED = 20261202;
const STAFF_VALUES = ['NUL', 'lone surrogate', 'huge string', 'number', 'null', 'array', 'object', 'bad date'];

let t: TestApp;
let liaison: Agent;
let ids: Record<string, string>;
let ipSeq = 0;
const stranger = () => new Agent(t.app, {}, `10.9.${Math.floor(ipSeq / 250) % 250}.${(ipSeq++ % 250) + 1}`);

beforeAll(async () => {
  t = await startTestApp();
  const tree = await buildTree(t.db);
  const account = await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA });
  liaison = account.agent;
  const meeting = await buildConsultation(t.db, { place: tree.townA });
  const online = await buildConsultation(t.db, { place: tree.townA, form: 'online' });
  const filed = await stranger().post(`/api/public/places/${tree.villageA.code}/submissions`, { content: '路灯坏了' });
  const { trackingCode } = json<Wire<typeof SubmissionCreatedResponse>>(filed);
  const [row] = await t.db.select().from(submissions).where(eq(submissions.trackingCode, trackingCode));
  ids = {
    code: tree.villageA.code,
    trackingCode,
    signInToken: meeting.signInToken,
    onlineToken: online.publicToken ?? '',
    consultations: meeting.consultationId,
    topics: meeting.topicId,
    places: tree.townA.id,
    submissions: row?.id ?? '',
    accounts: account.id,
    placeId: tree.townA.id,
    districtId: tree.district.id,
    year: '2026',
  };
});

/** Real ids where the route names one, so the malformed part is what the server meets first. */
function paramsFor(route: Route): Record<string, string> {
  const noun = route.path.split('/')[2] ?? '';
  const values: Record<string, string> = {};
  for (const p of route.pathParams) {
    const token = route.path.includes('/online/') ? ids.onlineToken : ids.signInToken;
    const value = p === 'id' ? ids[noun] : p === 'token' ? token : ids[p];
    if (value) values[p] = value;
  }
  return values;
}

// encodeURIComponent refuses a lone surrogate; its UTF-8-like bytes (%ed%bf%bf) are what a client sends
const encode = (v: unknown) =>
  encodeURIComponent(String(v).replace(/[\ud800-\udfff]/gu, '\ufffd')).replace(/%EF%BF%BD/g, '%ed%bf%bf');
const queryOf = (name: string, v: unknown) => {
  if (Array.isArray(v)) return v.map((x) => `${name}=${encode(x)}`).join('&');
  if (v && typeof v === 'object') return `${name}[a]=${encode(JSON.stringify(v))}`;
  return `${name}=${encode(v)}`;
};

/** The malformed variants of one route's request: its path, its query, its body, its upload. */
function requestsFor(route: Route, values = BAD_VALUES, segments = BAD_SEGMENTS): FuzzRequest[] {
  const { method, path } = route;
  const params = paramsFor(route);
  const url = fill(path, params);
  const body = route.body ? (sample(route.body) as object) : undefined; // every body schema is an object
  const out: FuzzRequest[] = [];
  for (const p of route.pathParams)
    for (const seg of segments)
      out.push({ label: `${p}=${seg.slice(0, 12)}`, method, url: fill(path, { ...params, [p]: seg }), payload: body });
  for (const q of [...Object.keys(route.query), 'unknown'])
    for (const [name, v] of values)
      out.push({ label: `?${q}: ${name}`, method, url: `${url}?${queryOf(q, v)}`, payload: body });
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const fields = new Set([...Object.keys(body), ...Object.keys(route.body?.properties ?? {})]);
    for (const f of fields)
      for (const [name, v] of values) out.push({ label: `${f}: ${name}`, method, url, payload: { ...body, [f]: v } });
  }
  if (method !== 'GET') {
    for (const [name, payload, type] of BAD_BODIES)
      out.push({ label: `body: ${name}`, method, url, payload, headers: { 'content-type': type } });
  }
  if (route.isMultipart) {
    for (const [name, upload] of Object.entries(malformedUploads(Buffer.from('%PDF-1.4 not much'))))
      out.push({ label: `upload: ${name}`, method, url, ...upload });
  }
  return out;
}

/** Every refusal answers {code, message} (ErrorBody), whichever layer refused: route, hook or router. */
function isOurErrorBody(text: string) {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    return typeof body.code === 'string' && typeof body.message === 'string' && !('statusCode' in body);
  } catch {
    return false;
  }
}

/** Open311's routes refuse in that spec's shape: [{code, description}]. */
function isOpen311ErrorBody(text: string) {
  try {
    const body = JSON.parse(text) as unknown;
    return (
      Array.isArray(body) &&
      body.length > 0 &&
      body.every((e) => typeof e?.code === 'number' && typeof e?.description === 'string')
    );
  } catch {
    return false;
  }
}

const isPublic = async (route: Route) =>
  (await stranger().request(route.method, fill(route.path, paramsFor(route)), route.body ? {} : undefined))
    .statusCode !== 401;

// staff routes that would end or change the liaison's own session mid-run
const keepsSession = (r: Route) => !r.path.startsWith('/api/auth/') || r.method === 'GET';

describe('no input gives a 5xx', () => {
  it('over every route, public ones without a session and staff ones as a liaison, refusals in our error body', async () => {
    const started = Date.now();
    const routes = routesOf(t.app.swagger() as Parameters<typeof routesOf>[0]);
    expect(routes.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let sent = 0;
    const send = async (by: Agent, r: FuzzRequest) => {
      sent++;
      const res = await by.request(r.method, r.url, r.payload, r.headers);
      // Open311's routes refuse in that spec's shape; the router's refusals before them stay ours
      const isRefusedWell = isOurErrorBody(res.body) || (r.url.startsWith('/open311/') && isOpen311ErrorBody(res.body));
      if (res.statusCode >= 500 || (res.statusCode >= 400 && !isRefusedWell))
        failures.push(`${r.method} ${r.url.slice(0, 80)} [${r.label}] → ${res.statusCode} ${res.body.slice(0, 60)}`);
    };
    let publicRoutes = 0;
    const staff: Route[] = [];
    for (const route of routes) {
      if (await isPublic(route)) {
        publicRoutes++;
        for (const r of requestsFor(route)) await send(stranger(), r);
      } else if (keepsSession(route)) staff.push(route);
    }
    // a quarter of the staff routes (and both uploads), with the values that broke servers before
    const staffValues = BAD_VALUES.filter(([name]) => STAFF_VALUES.includes(name));
    for (const route of staff.filter((r, i) => i % 4 === 0 || r.isMultipart)) {
      for (const r of requestsFor(route, staffValues, BAD_SEGMENTS.slice(0, 5))) await send(liaison, r);
    }
    expect((await liaison.get('/api/auth/me')).statusCode).toBe(200); // the staff pass really was signed in
    expect(failures).toEqual([]);
    console.info(
      `fuzz: ${sent} requests over ${routes.length} routes (${publicRoutes} public) in ${Date.now() - started} ms`,
    );
  }, 300_000);

  it('over the public routes’ bodies, with any JSON a seeded fast-check run puts in any field', async () => {
    const routes = routesOf(t.app.swagger() as Parameters<typeof routesOf>[0]).filter(
      (r) => r.path.startsWith('/api/public/') && r.body?.properties,
    );
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.nat(),
        fc.oneof(
          fc.jsonValue({ stringUnit: 'binary', maxDepth: 2 }),
          // text made of what broke servers before, mixed with ordinary characters
          fc.string({
            unit: fc.constantFrom('\u0000', '\udfff', '\ud800', 'a', '议', '😀', ' '),
            minLength: 1,
            maxLength: 40,
          }),
        ),
        async (route, n, value) => {
          const fields = Object.keys(route.body?.properties ?? {});
          const payload = { ...(sample(route.body) as object), [fields[n % fields.length] ?? 'x']: value };
          const res = await stranger().request(route.method, fill(route.path, paramsFor(route)), payload);
          if (res.statusCode >= 500) failures.push(`${route.path} ${JSON.stringify(payload).slice(0, 120)}`);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
