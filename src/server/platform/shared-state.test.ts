import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { readChallenges } from '../testing/challenge-answers';
import { buildAccount, buildPlace } from '../testing/factories';
import { startTestApp, type TestApp } from '../testing/harness';
import { makeChallenges, sweepChallenges } from './challenges';
import { challenges, jobRuns, rateCounts, sessions } from './db/schema';
import { type Job, runJobOnce } from './jobs';
import { bucketMs, hit, retryAfterSeconds, sweepRateCounts, take, unhit } from './rate-limit';
import { sweepSessions } from './sweeps';

let t: TestApp;
const answerTo = readChallenges();
const uniq = (what: string) => `${what}:${randomBytes(6).toString('hex')}`;
const MINUTE = 60_000;
/** Enough of a reply for the limits: the headers they set. */
const fakeReply = () => {
  const headers: Record<string, string> = {};
  const reply = { header: (k: string, v: string) => (headers[k] = v) } as unknown as FastifyReply;
  return { reply, headers };
};
/** A bucket of `count` events for `key` that started `minutesAgo`, as a hit then would have left it. */
const pastBucket = (key: string, minutesAgo: number, count: number, windowMs = 10 * MINUTE) =>
  t.db.insert(rateCounts).values({
    key,
    count,
    bucketStart: sql`now() - ${minutesAgo} * interval '1 minute'`,
    expiresAt: sql`now() - ${minutesAgo} * interval '1 minute' + ${windowMs + bucketMs(windowMs)} * interval '1 millisecond'`,
  });

beforeAll(async () => {
  t = await startTestApp();
});

describe('rate limits in the database', () => {
  it('counts each key in one statement, earlier buckets of the window included, older ones not', async () => {
    const [a, b] = [uniq('ip'), uniq('place')];
    await pastBucket(a, 4, 3);
    await pastBucket(a, 9.5, 2);
    await pastBucket(a, 25, 50); // left the window long ago
    expect((await hit(t.db, [a, b], 10 * MINUTE)).counts).toEqual([6, 1]);
    expect((await hit(t.db, [a, b], 10 * MINUTE)).counts).toEqual([7, 2]);
  });

  it('gives back a refused event, and says when the oldest counted one leaves the window', async () => {
    const key = uniq('ip');
    await pastBucket(key, 6, 4);
    const counted = await hit(t.db, [key], 10 * MINUTE);
    expect(counted.counts).toEqual([5]);
    await unhit(t.db, counted);
    expect((await hit(t.db, [key], 10 * MINUTE)).counts).toEqual([5]);
    const wait = await retryAfterSeconds(t.db, key, 10 * MINUTE);
    // the bucket six minutes old leaves after the window and one bucket: 10 + 1 − 6 = 5 minutes
    expect(wait).toBeGreaterThan(4.9 * 60);
    expect(wait).toBeLessThanOrEqual(5 * 60 + 1);
  });

  it('takes up to the limit, then refuses with Retry-After without counting the refusal', async () => {
    const key = uniq('ip');
    const limit = { windowMs: MINUTE, max: 3 };
    for (let i = 0; i < 3; i++) await take(t.db, fakeReply().reply, key, limit);
    const { reply, headers } = fakeReply();
    await expect(take(t.db, reply, key, limit)).rejects.toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(headers['Retry-After'])).toBeGreaterThan(0);
    expect((await hit(t.db, [key], MINUTE)).counts).toEqual([4]); // three taken, the refusal not counted
  });

  it('sweeps the buckets no window counts any more', async () => {
    const [old, live] = [uniq('ip'), uniq('ip')];
    await pastBucket(old, 30, 5);
    await pastBucket(live, 2, 5);
    expect(await sweepRateCounts(t.db)).toBeGreaterThanOrEqual(1);
    const left = await t.db.select({ key: rateCounts.key }).from(rateCounts);
    expect(left.map((r) => r.key)).toContain(live);
    expect(left.map((r) => r.key)).not.toContain(old);
  });
});

describe('image challenges in the database', () => {
  const store = () => makeChallenges(t.db, 'test-secret-test-secret-test-secret-0000');

  it('keeps only a keyed hash of the answer, and is solved once, in any case', async () => {
    const c = await store().issue(fakeReply().reply, uniq('addr'));
    const [row] = await t.db.select().from(challenges).where(eq(challenges.id, c.id));
    expect(row?.answerHash).not.toContain(answerTo(c).toLowerCase());
    expect(await store().solve({ id: c.id, answer: ` ${answerTo(c).toUpperCase()} ` })).toBe(true);
    expect(await store().solve({ id: c.id, answer: answerTo(c) })).toBe(false);
  });

  it('is spent by a wrong answer, refused once expired, and swept when expired', async () => {
    const wrong = await store().issue(fakeReply().reply, uniq('addr'));
    expect(await store().solve({ id: wrong.id, answer: `${answerTo(wrong)}x` })).toBe(false);
    expect(await store().solve({ id: wrong.id, answer: answerTo(wrong) })).toBe(false);
    const [late, kept] = [
      await store().issue(fakeReply().reply, uniq('addr')),
      await store().issue(fakeReply().reply, uniq('addr')),
    ];
    await t.db
      .update(challenges)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(challenges.id, late.id));
    expect(await sweepChallenges(t.db)).toBeGreaterThanOrEqual(1);
    expect(await store().solve({ id: late.id, answer: answerTo(late) })).toBe(false);
    expect(await store().solve({ id: kept.id, answer: answerTo(kept) })).toBe(true);
  });
});

describe('periodic jobs', () => {
  const slowJob = (name: string, runs: string[]): Job => ({
    name,
    everyMs: 10 * MINUTE,
    run: async () => {
      runs.push(name);
      await new Promise((r) => setTimeout(r, 200));
      return 1;
    },
  });

  it('run once per period, however many instances try at once', async () => {
    const runs: string[] = [];
    const job = slowJob(uniq('job'), runs);
    const tried = await Promise.all([runJobOnce(t.db, job), runJobOnce(t.db, job), runJobOnce(t.db, job)]);
    expect(tried.filter((r) => r === 1)).toHaveLength(1);
    expect(await runJobOnce(t.db, job)).toBeNull();
    // a period later it is due again
    await t.db.update(jobRuns).set({ ranAt: sql`now() - interval '11 minutes'` }).where(eq(jobRuns.name, job.name));
    expect(await runJobOnce(t.db, job)).toBe(1);
    expect(runs).toEqual([job.name, job.name]);
  });

  it('sweep expired sessions and keep live ones', async () => {
    const place = await buildPlace(t.db);
    const { id } = await buildAccount(t.app, t.db, { role: 'admin', place });
    const dead = uniq('session');
    await t.db
      .insert(sessions)
      .values({ id: dead, accountId: id, csrfToken: 'x', expiresAt: new Date(Date.now() - 1000) });
    expect(await sweepSessions(t.db)).toBeGreaterThanOrEqual(1);
    const left = await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.accountId, id));
    expect(left.map((s) => s.id)).not.toContain(dead);
    expect(left).toHaveLength(1); // the sign-in's own session
  });
});
