// Two app processes on one PostgreSQL database behind nginx, as docs/deploy/nginx.conf runs them:
// limits, challenges, sessions and QR attendance hold across both. Runs in `npm test` after the
// PostgreSQL pass (scripts/test.mjs); fails when nginx or PostgreSQL is missing.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../shared/api/auth';
import type { Challenge, ChallengeErrorBody, Wire } from '../../shared/api/common';
import { buildConsultation } from '../modules/consultations/testing';
import { type Database, openDatabase } from '../platform/db';
import { participants } from '../platform/db/schema';
import { seedAccount, seedPlace } from '../seed/bootstrap';
import { freePort, scratchDatabase, startInstance, startNginx, stop, upstreamsServed } from './two-instances';

const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const secret = randomBytes(24).toString('base64url');
const dir = mkdtempSync(join(tmpdir(), 'shangliang-instances-'));
const log: string[] = [];
let scratch: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
let database: Database | undefined;
let apps: { port: number; child: ChildProcess }[] = [];
let nginx: ChildProcess | undefined;
let proxy = '';
let placeCode = '';
let signInToken = '';
let consultationId = '';

beforeAll(async () => {
  scratch = await scratchDatabase(base);
  database = await openDatabase({ databaseUrl: scratch.url });
  await database.migrate();
  const district = await seedPlace(database.db, null, { kind: 'district', name: '青禾区', code: 'two-d' });
  const village = await seedPlace(database.db, district, { kind: 'village', name: '桃源村', code: 'two-v' });
  placeCode = 'two-v';
  await seedAccount(database.db, {
    username: 'liaison-two',
    displayName: '联络员',
    password: 'a-long-test-password',
    homePlaceId: village.id,
    roles: [{ role: 'liaison', placeId: village.id }],
  });
  const c = await buildConsultation(database.db, { place: { ...village, name: '桃源村' } });
  signInToken = c.signInToken;
  consultationId = c.consultationId;

  const nginxPort = await freePort();
  proxy = `http://127.0.0.1:${nginxPort}`;
  const env = {
    DATABASE_URL: scratch.url,
    DATA_DIR: join(dir, 'data'), // shared: uploads and the secret are the deployment's, not an instance's
    SECRET: secret,
    PUBLIC_URL: proxy,
    TRUST_PROXY: '127.0.0.1',
    LOG_LEVEL: 'warn',
    CHALLENGE_LOG: join(dir, 'challenges.log'),
    NODE_OPTIONS: `--import=${new URL('./record-challenges.mjs', import.meta.url).pathname}`,
  };
  apps = await Promise.all([startInstance(env, log), startInstance(env, log)]);
  nginx = await startNginx(
    dir,
    nginxPort,
    apps.map((a) => a.port),
  );
}, 180_000);

afterAll(async () => {
  await stop(nginx);
  await Promise.all(apps.map((a) => stop(a.child)));
  await database?.close();
  await scratch?.drop();
});

/** The instances that served the requests to `uri` so far, in order. */
const served = (uri: string) =>
  upstreamsServed(dir)
    .filter((r) => r.uri === uri)
    .map((r) => r.port);
const alternates = (ports: number[]) => ports.every((p, i) => i === 0 || p !== ports[i - 1]);
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${proxy}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** The text of a challenge's picture, as the instance that drew it recorded it (record-challenges.mjs). */
function answerTo(challenge: { svg: string }) {
  const picture = createHash('sha256').update(challenge.svg).digest('hex');
  const line = readFileSync(join(dir, 'challenges.log'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${picture} `));
  if (!line) throw new Error('no instance drew this challenge');
  return line.slice(picture.length + 1);
}

describe('two instances behind nginx on one PostgreSQL', () => {
  it('runs nginx from Debian’s package and both instances', () => {
    expect(execFileSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' })).toMatch(/nginx/);
    expect(apps).toHaveLength(2);
  });

  const submissions = () => `/api/public/places/${placeCode}/submissions`;
  let asked: Wire<typeof Challenge> | undefined;

  it('counts the intake limits once: the sixth submission from one address is challenged, wherever it lands', async () => {
    for (let i = 0; i < 5; i++) expect((await post(submissions(), { content: `路灯坏了第${i}盏` })).status).toBe(201);
    const sixth = await post(submissions(), { content: '路灯坏了第六盏' });
    expect(sixth.status).toBe(429);
    const body = (await sixth.json()) as Wire<typeof ChallengeErrorBody>;
    expect(body.code).toBe('challenge_required');
    asked = body.challenge;
    await expect.poll(() => served(submissions()).length).toBe(6);
    const ports = served(submissions());
    expect(new Set(ports)).toEqual(new Set(apps.map((a) => a.port))); // each instance saw only some of them
    expect(alternates(ports)).toBe(true);
  });

  it('accepts at one instance the challenge the other issued', async () => {
    const before = served(submissions());
    const issuedBy = before.at(-1);
    const res = await post(submissions(), {
      content: '路灯坏了第六盏',
      challenge: { id: asked?.id, answer: answerTo(asked as Wire<typeof Challenge>).toUpperCase() },
    });
    expect(res.status).toBe(201);
    // nginx logs a request as it finishes it, which can be just after the client has the answer
    await expect.poll(() => served(submissions()).length).toBe(before.length + 1);
    expect(served(submissions()).at(-1)).not.toBe(issuedBy);
  });

  it('keeps a session made through one instance signed in through the other', async () => {
    const signIn = await post('/api/auth/sign-in', { username: 'liaison-two', password: 'a-long-test-password' });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    for (let i = 0; i < 2; i++) {
      const me = await fetch(`${proxy}/api/auth/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as Wire<typeof MeResponse>).username).toBe('liaison-two');
    }
    await expect.poll(() => served('/api/auth/me').length).toBe(2);
    const ports = [...served('/api/auth/sign-in'), ...served('/api/auth/me')];
    expect(new Set(ports).size).toBe(2);
  });

  it('signs an attendee in by the QR code through either instance, once', async () => {
    const path = `/api/public/attendance/${signInToken}`;
    const first = await post(path, { name: '王大妈' });
    expect(first.status).toBe(200);
    const again = await post(path, { name: '王大妈' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    await expect.poll(() => served(path).length).toBe(2);
    expect(new Set(served(path)).size).toBe(2);
    const rows = await (database as Database).db
      .select()
      .from(participants)
      .where(and(eq(participants.consultationId, consultationId), eq(participants.name, '王大妈')));
    expect(rows).toHaveLength(1);
  });
});
