import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildTree } from '../../testing/factories';
import { json, startTestApp, type TestApp } from '../../testing/harness';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

describe('two admins creating the same place at the same moment', () => {
  it('creates one and answers the other 409, never 500', async () => {
    const tree = await buildTree(t.db);
    const { agent } = await buildAccount(t.app, t.db, { role: 'admin', place: tree.district });
    const body = { parentId: tree.townA.id, kind: 'village', name: '同时新建村' };
    const results = await Promise.all(Array.from({ length: 6 }, () => agent.post('/api/places', body)));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c !== 201).every((c) => c === 409)).toBe(true);
    const kids = json<{ items: { name: string }[] }>(await agent.get(`/api/places?parentId=${tree.townA.id}`));
    expect(kids.items.filter((p) => p.name === '同时新建村')).toHaveLength(1);
  });
});
