import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiKeyListResponse, ApiKeyResponse, IssuedApiKeyResponse } from '../../../shared/api/api-keys';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { apiKeys, auditEvents } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { hashSecret } from './secret';

type Issued = Wire<typeof IssuedApiKeyResponse>;
type Key = Wire<typeof ApiKeyResponse>;
type List = Wire<typeof ApiKeyListResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let adminA: Agent; // admin of township A
let adminB: Agent; // admin of township B

const issue = async (by: Agent, placeId: string, name = `12345热线-${crypto.randomUUID().slice(0, 6)}`) =>
  by.post('/api/api-keys', { name, placeId });

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  adminA = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townA })).agent;
  adminB = (await buildAccount(t.app, t.db, { role: 'admin', place: tree.townB })).agent;
});

describe('issuing a key', () => {
  it('shows the secret once, keeps only its hash, lists the key without it, and audits it', async () => {
    const res = await issue(adminA, tree.villageA.id, '12345热线');
    expect(res.statusCode).toBe(201);
    const issued = json<Issued>(res);
    expect(issued.secret).toMatch(/^sl_/);
    expect(issued).toMatchObject({ name: '12345热线', place: { id: tree.villageA.id }, isRevoked: false });
    expect(issued.secret.startsWith(issued.prefix)).toBe(true);
    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, issued.id));
    expect(row?.secretHash).toBe(hashSecret(issued.secret));
    expect(JSON.stringify(row)).not.toContain(issued.secret);
    const list = await adminA.get('/api/api-keys');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(issued.secret);
    expect(json<List>(list).items.find((k) => k.id === issued.id)).toMatchObject({ prefix: issued.prefix });
    const [audit] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, issued.id), eq(auditEvents.action, 'api_key.issue')));
    expect(JSON.stringify(audit)).not.toContain(issued.secret);
  });

  it('refuses a second live key of the same name at the place', async () => {
    expect((await issue(adminA, tree.townA.id, '城市平台')).statusCode).toBe(201);
    const res = await issue(adminA, tree.townA.id, '城市平台');
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('api_key_name_taken');
  });

  it('answers 400 by field for bad input', async () => {
    const res = await adminA.post('/api/api-keys', { name: '  ', placeId: 'nowhere' });
    expect(res.statusCode).toBe(400);
    const paths = (json<ErrorBody>(res).fields ?? []).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'placeId']));
  });

  it('answers 404 for a place outside the admin’s region, 403 to a liaison', async () => {
    expect((await issue(adminA, tree.townB.id)).statusCode).toBe(404);
    const liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA })).agent;
    expect((await issue(liaison, tree.villageA.id)).statusCode).toBe(403);
  });
});

describe('listing and revoking', () => {
  it('answers 401 without a session and 403 to a liaison', async () => {
    expect((await new Agent(t.app).get('/api/api-keys')).statusCode).toBe(401);
    expect((await new Agent(t.app).post(`/api/api-keys/${crypto.randomUUID()}/revoke`)).statusCode).toBe(401);
    const liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA })).agent;
    expect((await liaison.get('/api/api-keys')).statusCode).toBe(403);
  });

  it('shows each admin only the keys of their region; another region’s key answers 404', async () => {
    const b = json<Issued>(await issue(adminB, tree.villageB.id));
    expect(json<List>(await adminA.get('/api/api-keys')).items.map((k) => k.id)).not.toContain(b.id);
    expect(json<List>(await adminB.get('/api/api-keys')).items.map((k) => k.id)).toContain(b.id);
    const res = await adminA.post(`/api/api-keys/${b.id}/revoke`);
    expect(res.statusCode).toBe(404);
  });

  it('revokes a key once, with who and when, audited; a second revoke answers 409', async () => {
    const a = json<Issued>(await issue(adminA, tree.villageA.id));
    const res = await adminA.post(`/api/api-keys/${a.id}/revoke`);
    expect(res.statusCode).toBe(200);
    const revoked = json<Key>(res);
    expect(revoked.isRevoked).toBe(true);
    expect(revoked.revokedAt).not.toBeNull();
    expect(revoked.revokedBy?.displayName).toContain('admin');
    const again = await adminA.post(`/api/api-keys/${a.id}/revoke`);
    expect(again.statusCode).toBe(409);
    const audits = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, a.id), eq(auditEvents.action, 'api_key.revoke')));
    expect(audits).toHaveLength(1);
    // a revoked key's name may be given to a new one
    expect((await issue(adminA, tree.villageA.id, a.name)).statusCode).toBe(201);
  });

  it('answers 400 for a malformed id', async () => {
    expect((await adminA.post('/api/api-keys/not-a-uuid/revoke')).statusCode).toBe(400);
  });
});
