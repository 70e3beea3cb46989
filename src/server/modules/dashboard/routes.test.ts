import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import { grants, places, submissions } from '../../platform/db/schema';
import { buildAccount, buildTree, TEST_PASSWORD } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { apiOf, linkedChildren, listTotal } from './test-links';

type Dash = Wire<typeof Dashboard>;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let other: Awaited<ReturnType<typeof buildTree>>;
let leader: Agent;
let seq = 0;

async function submission(placeId: string, createdAt: Date, change: Partial<typeof submissions.$inferInsert> = {}) {
  seq += 1;
  await t.db.insert(submissions).values({
    trackingCode: `DASH${Date.now()}${seq}`,
    placeId,
    scannedPlaceId: placeId,
    channel: 'walk_in',
    content: '路灯坏了很久没人修',
    searchText: '路灯坏了很久没人修',
    searchGrams: [],
    createdAt,
    ...change,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  other = await buildTree(t.db);
  leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  await t.db
    .update(places)
    .set({
      hasCouncil: true,
      hasRoom: true,
      roomHasSign: true,
      roomHasVenue: true,
      roomHasDuties: true,
      roomHasMechanism: true,
    })
    .where(eq(places.id, tree.villageA.id));
  await t.db
    .update(places)
    .set({ hasRoom: true, isDemonstration: true, hasWorkstation: true })
    .where(eq(places.id, tree.townB.id));
  const inPeriod = new Date('2026-03-10T04:00:00Z');
  await submission(tree.villageA.id, inPeriod, { satisfaction: 4, status: 'solved' });
  await submission(tree.gridA.id, inPeriod, { status: 'grid', channel: 'qr' });
  await submission(tree.villageB.id, inPeriod, { dueAt: new Date('2026-03-11T00:00:00Z') });
  // just before the period starts in Beijing (31 December, 23:30) and after it ends
  await submission(tree.villageA.id, new Date('2025-12-31T15:30:00Z'));
  await submission(tree.villageA.id, new Date('2026-07-01T00:00:00Z'));
  await submission(other.villageA.id, inPeriod, { channel: 'partner' }); // 合作系统 (Open311 with a key)
});

const ask = (agent: Agent, query: string) => agent.get(`/api/dashboard${query}`);

describe('GET /api/dashboard', () => {
  it('answers 401, 403 to a member, 404 for another region, 400 by field', async () => {
    expect((await new Agent(t.app).get('/api/dashboard')).statusCode).toBe(401);
    const member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.district })).agent;
    expect((await ask(member, '')).statusCode).toBe(403);
    expect((await ask(leader, `?placeId=${other.district.id}`)).statusCode).toBe(404);
    const bad = await ask(leader, '?from=2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(json(bad))).toContain('from');
    const reversed = await ask(leader, '?from=2026-06-30&to=2026-01-01');
    expect(reversed.statusCode).toBe(400);
    expect(JSON.stringify(json(reversed))).toContain('to');
  });

  it('counts the period in the place, and every linked figure and part is its list total', async () => {
    const res = await ask(leader, `?placeId=${tree.district.id}&from=2026-01-01&to=2026-06-30`);
    expect(res.statusCode).toBe(200);
    const d = json<Dash>(res);
    const value = (k: string) => d.figures.find((f) => f.key === k)?.value;
    expect(value('received')).toBe(3);
    expect(value('solved')).toBe(1);
    expect(value('sorted')).toBe(2);
    expect(value('overdue')).toBe(1);
    expect(value('satisfaction')).toBe(4);
    expect(value('councils')).toBe(1);
    expect(value('rooms')).toBe(2);
    expect(value('fourHaves')).toBe(1);
    expect(value('places')).toBe(2);
    const checks: [string, number][] = [];
    for (const f of d.figures) {
      if (f.link && f.unit === 'count') checks.push([f.link, f.value ?? 0]);
      if (f.link && f.unit === 'average') checks.push([f.link, 1]); // the rated ones: one here
      for (const b of f.breakdowns) for (const p of b.parts) if (p.link) checks.push([p.link, p.value]);
    }
    for (const c of linkedChildren(d))
      for (const f of c.figures) if (f.link && f.unit === 'count') checks.push([f.link, f.value ?? 0]);
    expect(checks.length).toBeGreaterThan(30);
    for (const [link, expected] of checks) {
      const list = await leader.get(apiOf(link));
      expect(list.statusCode, link).toBe(200);
      expect(listTotal(link, json(list)), link).toBe(expected);
    }
    const townA = d.children.find((c) => c.place.id === tree.townA.id);
    expect(townA?.figures.find((f) => f.key === 'received')?.value).toBe(2);
    expect(d.trend.months.length).toBe(6);
  });

  it('reads all of a reach with several top places: children those places, links without a place', async () => {
    const wide = await buildAccount(t.app, t.db, { role: 'leader', place: tree.district });
    await t.db.insert(grants).values({ accountId: wide.id, placeId: other.district.id, role: 'leader' });
    const agent = await Agent.signIn(t.app, wide.username, TEST_PASSWORD, '127.0.9.9');
    const res = await ask(agent, '?from=2026-01-01&to=2026-06-30');
    expect(res.statusCode).toBe(200);
    const d = json<Dash>(res);
    expect(d.place).toBeNull();
    expect(d.ancestors).toEqual([]);
    expect(d.children.map((c) => c.place.id).sort()).toEqual([tree.district.id, other.district.id].sort());
    const received = d.figures.find((f) => f.key === 'received');
    expect(received?.value).toBe(4);
    expect(received?.link).not.toContain('placeId');
    const partner = received?.breakdowns.find((b) => b.by === 'channel')?.parts.find((p) => p.key === 'partner');
    expect(partner?.value).toBe(1);
    const mine = d.children.find((c) => c.place.id === tree.district.id);
    expect(mine?.figures.find((f) => f.key === 'received')?.value).toBe(3);
    expect(mine?.figures.find((f) => f.key === 'members')?.value).toBeTypeOf('number');
    for (const f of d.figures)
      if (f.link && f.unit === 'count') {
        const list = await agent.get(apiOf(f.link));
        expect(list.statusCode, f.link).toBe(200);
        expect(listTotal(f.link, json(list)), f.link).toBe(f.value);
      }
  });
});
