// Figures kept under the figures' data version (migration 0026, kept.ts) are what counting afresh
// gives: every write a figure reads moves the version, so the next view counts again; reading moves
// nothing; 超期 follows the clock with nothing written; each viewer is answered for their own reach.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import { submissions } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { FIGURES_UNREAD } from './kept';

type Dash = Wire<typeof Dashboard>;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let districtLeader: Agent;
let townLeader: Agent;
let seq = 0;

async function submission(placeId: string, o: { dueAt?: Date } = {}) {
  await t.db.insert(submissions).values({
    trackingCode: `KEPT${Date.now()}${++seq}`,
    placeId,
    scannedPlaceId: placeId,
    channel: 'walk_in',
    content: '路灯不亮',
    searchText: '路灯不亮',
    searchGrams: [],
    ...(o.dueAt ? { dueAt: o.dueAt } : {}),
  });
}

const view = async (agent: Agent) => json<Dash>(await agent.get('/api/dashboard'));
const figure = (d: Dash, key: string) => d.figures.find((f) => f.key === key)?.value;
const childFigure = (d: Dash, childId: string, key: string) =>
  d.children.find((c) => c.place.id === childId)?.figures.find((f) => f.key === key)?.value;
const version = async () =>
  (await t.db.execute<{ n: string }>(sql`select sum(n)::text as n from figures_version`)).rows[0]?.n;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  districtLeader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.district })).agent;
  townLeader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.townA })).agent;
  await submission(tree.villageA.id);
  await submission(tree.villageB.id);
});

describe('figures kept under the data version', () => {
  it('a submission written between two views is in the second, in the total and in its township', async () => {
    const first = await view(districtLeader);
    expect(figure(first, 'received')).toBe(2);
    expect(await view(districtLeader)).toMatchObject({ figures: first.figures, children: first.children });
    const before = await version();
    await submission(tree.villageA.id);
    expect(await version()).not.toBe(before);
    const second = await view(districtLeader);
    expect(figure(second, 'received')).toBe(3);
    expect(childFigure(second, tree.townA.id, 'received')).toBe(2);
    expect(childFigure(second, tree.townB.id, 'received')).toBe(1);
  });

  it('viewing writes nothing that moves the version', async () => {
    await view(districtLeader);
    const before = await version();
    await view(districtLeader);
    await view(townLeader);
    expect(await version()).toBe(before);
  });

  it('each viewer gets the figures of their own reach, whoever looked first', async () => {
    const district = await view(districtLeader);
    const town = await view(townLeader);
    expect(figure(town, 'received')).toBe(childFigure(district, tree.townA.id, 'received'));
    expect(figure(town, 'received')).toBeLessThan(figure(district, 'received') ?? 0);
  });

  it('超期 follows the clock: a submission passing its due time counts with nothing written', async () => {
    const due = new Date(Date.now() + 1_500);
    await submission(tree.villageB.id, { dueAt: due });
    const before = await view(districtLeader);
    const overdue = figure(before, 'overdue') ?? 0;
    const received = figure(before, 'received');
    const kept = await version();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due.getTime() - Date.now()) + 100));
    const after = await view(districtLeader);
    expect(await version()).toBe(kept);
    expect(figure(after, 'overdue')).toBe(overdue + 1);
    expect(childFigure(after, tree.townB.id, 'overdue')).toBe((childFigure(before, tree.townB.id, 'overdue') ?? 0) + 1);
    expect(figure(after, 'received')).toBe(received);
  });

  it('every table but those no figure reads has the trigger that moves the version', async () => {
    // a new table must get its trigger (as migration 0026 gave every table) or join FIGURES_UNREAD
    const { rows } = await t.db.execute<{ name: string; watched: boolean }>(sql`
      select c.relname as name,
             exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'figures_' || c.relname)
             and exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'figures_' || c.relname || '_truncate')
             as watched
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p')`);
    const unread = new Set<string>(FIGURES_UNREAD);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.filter((r) => !r.watched && !unread.has(r.name)).map((r) => r.name)).toEqual([]);
    expect(rows.filter((r) => r.watched && unread.has(r.name)).map((r) => r.name)).toEqual([]);
  });
});
