import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { buildConsultation } from '../../modules/consultations/testing';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { submissions } from '../db/schema';
import { unstorablePaths } from './input-guard';

type ErrorBody = Wire<typeof ErrorBodySchema>;

const NUL = '\u0000';
const LONE = '\udfff'; // half of a surrogate pair: jsonb refuses it, text columns turn it into U+FFFD

describe('unstorablePaths', () => {
  it.each([
    ['a plain string', 'hello 你好 😀', []],
    ['a NUL byte', `a${NUL}b`, ['(body)']],
    ['a lone low surrogate', `a${LONE}`, ['(body)']],
    ['a lone high surrogate at the end', 'a\ud83d', ['(body)']],
    ['a nested value', { a: [{ b: 'ok' }, { c: `x${NUL}` }] }, ['a.1.c']],
    ['a key', { [`k${NUL}`]: 1 }, ['k\ufffd']],
    ['numbers, booleans and null', { n: 1, b: true, z: null }, []],
  ])('%s', (_, value, paths) => {
    expect(unstorablePaths(value)).toEqual(paths);
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    let deep: unknown = `x${NUL}`;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorablePaths(deep)).toHaveLength(1);
  });
});

describe('text PostgreSQL cannot store answers 400, field by field', () => {
  let t: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let ipSeq = 0;
  const resident = () => new Agent(t.app, {}, `127.3.0.${++ipSeq}`);
  const fieldsOf = (body: ErrorBody) => (body.fields ?? []).map((f) => f.path);

  beforeAll(async () => {
    t = await startTestApp();
    tree = await buildTree(t.db);
  });

  const solvedSubmission = async (place: BuiltPlace) => {
    const res = await resident().post(`/api/public/places/${place.code}/submissions`, { content: '楼道灯坏了三天了' });
    const { trackingCode } = json<Wire<typeof SubmissionCreatedResponse>>(res);
    await t.db.update(submissions).set({ status: 'solved' }).where(eq(submissions.trackingCode, trackingCode));
    return trackingCode;
  };

  it('in a path parameter, in the caller’s language', async () => {
    const res = await resident().get('/api/public/submissions/%00', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    const body = json<ErrorBody>(res);
    expect(body.code).toBe('invalid_input');
    expect(body.fields).toEqual([
      { path: 'trackingCode', message: 'Contains characters that cannot be stored (a NUL byte or a broken character)' },
    ]);
    const zh = json<ErrorBody>(await resident().get('/api/public/places/a%00b', { 'accept-language': 'zh-TW' }));
    expect(zh.fields?.[0]?.message).toBe('含有無法儲存的字元（空字元或殘缺的字元）');
  });

  it('in a resident’s submission, naming each field', async () => {
    const res = await resident().post(`/api/public/places/${tree.villageA.code}/submissions`, {
      content: `井盖丢了${NUL}很危险`,
      contactName: `王${LONE}`,
      consent: true,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(json<ErrorBody>(res)).sort()).toEqual(['contactName', 'content']);
  });

  it('in a rating comment on a solved submission (jsonb refuses a lone surrogate)', async () => {
    const code = await solvedSubmission(tree.villageA);
    const res = await resident().post(`/api/public/submissions/${code}/rating`, {
      solved: true,
      satisfaction: 5,
      comment: LONE,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(json<ErrorBody>(res))).toEqual(['comment']);
    const ok = await resident().post(`/api/public/submissions/${code}/rating`, { solved: true, satisfaction: 5 });
    expect(ok.statusCode).toBe(200);
  });

  it('in the username at sign-in', async () => {
    const res = await resident().post('/api/auth/sign-in', { username: `admin${NUL}`, password: 'whatever-it-is' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(json<ErrorBody>(res))).toEqual(['username']);
  });

  it('in a consultation’s venue, a query string and a key of a nested object', async () => {
    const liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
    const held = await buildConsultation(t.db, { place: tree.townA });
    const venue = await liaison.patch(`/api/consultations/${held.consultationId}`, { venue: `会议室${LONE}` });
    expect(venue.statusCode).toBe(400);
    expect(fieldsOf(json<ErrorBody>(venue))).toEqual(['venue']);

    const query = await liaison.get(`/api/submissions?q=${encodeURIComponent(NUL)}`);
    expect(query.statusCode).toBe(400);
    expect(fieldsOf(json<ErrorBody>(query))).toEqual(['q']);

    const key = await liaison.patch(`/api/consultations/${held.consultationId}`, { room: { [`a${NUL}`]: 'x' } });
    expect(key.statusCode).toBe(400);
    expect(fieldsOf(json<ErrorBody>(key))).toEqual(['room.a\ufffd']);
  });

  it('lets well-formed text through: Chinese, emoji (surrogate pairs), Traditional characters', async () => {
    const res = await resident().post(`/api/public/places/${tree.villageA.code}/submissions`, {
      content: '小區門口的路燈壞了 😀👍🏽 𠮷',
    });
    expect(res.statusCode).toBe(201);
  });
});
