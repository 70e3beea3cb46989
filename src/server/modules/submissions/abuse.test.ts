import { beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeErrorBody, Challenge as ChallengeSchema, Wire } from '../../../shared/api/common';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { CHALLENGE_LIMIT } from '../../platform/challenges';
import { readChallenges } from '../../testing/challenge-answers';
import { type BuiltPlace, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Challenge = Wire<typeof ChallengeSchema>;
type Refusal = Wire<typeof ChallengeErrorBody>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
const answerTo = readChallenges();

const newVillage = () => buildPlace(t.db, { parent: tree.townA, kind: 'village' });
const submit = (from: Agent, place: BuiltPlace, extra: Record<string, unknown> = {}) =>
  from.post(`/api/public/places/${place.code}/submissions`, { content: '小区门口的路灯坏了', ...extra });
/** Submits `n` times, answering any challenge right; every one must be accepted. */
async function submitMany(from: Agent, place: BuiltPlace, n: number) {
  for (let i = 0; i < n; i++) {
    let res = await submit(from, place);
    const asked = json<Refusal>(res).challenge;
    if (res.statusCode === 429 && asked) {
      res = await submit(from, place, { challenge: { id: asked.id, answer: answerTo(asked) } });
    }
    expect(res.statusCode).toBe(201);
  }
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
});

describe('one address submitting a lot', () => {
  let place: BuiltPlace;
  const phone = () => new Agent(t.app, {}, '127.0.0.9');
  let asked: Challenge;

  beforeAll(async () => {
    place = await newVillage();
  });

  it('accepts five submissions, then asks for an image challenge', async () => {
    for (let i = 0; i < 5; i++) expect((await submit(phone(), place)).statusCode).toBe(201);
    const res = await submit(phone(), place);
    expect(res.statusCode).toBe(429);
    const body = json<Refusal>(res);
    expect(body.code).toBe('challenge_required');
    expect(body.message).not.toBe('');
    expect(body.challenge?.id).toEqual(expect.any(String));
    expect(body.challenge?.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    asked = body.challenge as Challenge;
  });

  it('refuses a wrong answer with a fresh challenge, and spends the one answered', async () => {
    const right = answerTo(asked);
    const wrong = await submit(phone(), place, { challenge: { id: asked.id, answer: `${right}x` } });
    expect(wrong.statusCode).toBe(429);
    const body = json<Refusal>(wrong);
    expect(body.code).toBe('challenge_failed');
    expect(body.challenge?.id).not.toBe(asked.id);
    // the right answer to a challenge already spent does not help either
    const late = await submit(phone(), place, { challenge: { id: asked.id, answer: right } });
    expect(json<Refusal>(late).code).toBe('challenge_failed');
    asked = json<Refusal>(late).challenge as Challenge;
  });

  it('accepts the submission with the right answer, in any case', async () => {
    const answer = answerTo(asked).toUpperCase();
    const res = await submit(phone(), place, { challenge: { id: asked.id, answer } });
    expect(res.statusCode).toBe(201);
    expect(json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode).toHaveLength(12);
  });

  it('does not hold back another address meanwhile', async () => {
    expect((await submit(new Agent(t.app, {}, '127.0.0.10'), place)).statusCode).toBe(201);
  });

  it('refuses outright past thirty submissions in the window, even with a right answer', async () => {
    await submitMany(phone(), place, 30 - 6); // six so far from this address
    const res = await submit(phone(), place);
    expect(res.statusCode).toBe(429);
    expect(json<Refusal>(res).code).toBe('rate_limited');
    const fresh = json<Challenge>(await phone().get('/api/public/challenge'));
    const answered = await submit(phone(), place, {
      challenge: { id: fresh.id, answer: answerTo(fresh) },
    });
    expect(answered.statusCode).toBe(429);
    expect(json<Refusal>(answered).code).toBe('rate_limited');
  });
});

describe('one place flooded from many addresses', () => {
  it('asks for a challenge after sixty submissions at the place', async () => {
    const place = await newVillage();
    for (let i = 0; i < 60; i++) {
      expect((await submit(new Agent(t.app, {}, `127.3.${i}.1`), place)).statusCode).toBe(201);
    }
    const res = await submit(new Agent(t.app, {}, '127.3.99.1'), place);
    expect(res.statusCode).toBe(429);
    expect(json<Refusal>(res).code).toBe('challenge_required');
    // another place is not affected
    expect((await submit(new Agent(t.app, {}, '127.3.99.1'), await newVillage())).statusCode).toBe(201);
  });
});

describe('GET /api/public/challenge', () => {
  it('gives an SVG challenge that is answered once, in any case', async () => {
    const phone = new Agent(t.app, {}, '127.0.0.11');
    const res = await phone.get('/api/public/challenge');
    expect(res.statusCode).toBe(200);
    const c = json<Challenge>(res);
    expect(c.svg.startsWith('<svg')).toBe(true);
    expect(answerTo(c)).toMatch(/^\w{4}$/);
  });

  it('gives one address a limited number, then 429 with Retry-After', async () => {
    const phone = new Agent(t.app, {}, '127.0.0.12');
    for (let i = 0; i < CHALLENGE_LIMIT.max; i++)
      expect((await phone.get('/api/public/challenge')).statusCode).toBe(200);
    const res = await phone.get('/api/public/challenge');
    expect(res.statusCode).toBe(429);
    expect(json<Refusal>(res).code).toBe('rate_limited');
    const wait = Number(res.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual((CHALLENGE_LIMIT.windowMs * 1.1) / 1000);
    // another address is not held back
    expect((await new Agent(t.app, {}, '127.0.0.13').get('/api/public/challenge')).statusCode).toBe(200);
  });
});
