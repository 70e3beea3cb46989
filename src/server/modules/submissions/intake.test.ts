import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionListResponse } from '../../../shared/api/submissions';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { type BuiltPlace, buildAccount, buildPlace, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Created = Wire<typeof SubmissionCreatedResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;
type Inbox = Wire<typeof SubmissionListResponse>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let liaison: Agent; // liaison of township A
let ipSeq = 0;
/** A resident on a phone of their own, so the per-address limits stay out of the way. */
const resident = () => new Agent(t.app, {}, `127.4.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);
const submit = (place: BuiltPlace, key: string, body: Record<string, unknown>) =>
  resident().post(`/api/public/places/${place.code}/submissions`, body, {
    'idempotency-key': key,
    'accept-language': 'en',
  });
const newKey = () => `key-${randomBytes(6).toString('hex')}`;
const filedAt = async (place: BuiltPlace) =>
  json<Inbox>(await liaison.get(`/api/submissions?placeId=${place.id}&pageSize=100`)).total;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
});

describe('the Idempotency-Key of a resident’s submission', () => {
  const first = {
    content: '小区的健身器材坏了，有安全隐患',
    contactName: '王阿姨',
    phone: '13912348765',
    consent: true,
  };

  it('answers a retry of the same submission with the first one’s tracking code, filing it once', async () => {
    const village = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
    const key = newKey();
    const created = await submit(village, key, first);
    const retried = await submit(village, key, first);
    expect(created.statusCode).toBe(201);
    expect(retried.statusCode).toBe(201);
    expect(json<Created>(retried).trackingCode).toBe(json<Created>(created).trackingCode);
    expect(await filedAt(village)).toBe(1);
  });

  it('refuses another submission sent with a key already used (422), never giving away the first one', async () => {
    const village = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
    const key = newKey();
    const created = json<Created>(await submit(village, key, first));
    for (const other of [
      { content: '我想查一下别人反映了什么事情' },
      { ...first, phone: '13800001111' },
      { ...first, placeId: (await buildPlace(t.db, { parent: village, kind: 'grid' })).id },
    ]) {
      const res = await submit(village, key, other);
      expect(res.statusCode).toBe(422);
      expect(json<ErrorBody>(res)).toEqual({
        code: 'idempotency_key_reused',
        message: 'This Idempotency-Key was already used for a different submission; send a new key',
      });
      expect(res.body).not.toContain(created.trackingCode);
    }
    expect(await filedAt(village)).toBe(1);
  });

  it('files exactly one of two different submissions racing with the same key', async () => {
    const village = await buildPlace(t.db, { parent: tree.townA, kind: 'village' });
    const key = newKey();
    const [a, b] = await Promise.all([
      submit(village, key, first),
      submit(village, key, { content: '路灯坏了好几天了，晚上很黑' }),
    ]);
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([201, 422]);
    expect(await filedAt(village)).toBe(1);
  });
});
