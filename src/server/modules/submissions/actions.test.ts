import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionDetail } from '../../../shared/api/submissions';
import type { PublicSubmissionResponse, SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Detail = Wire<typeof SubmissionDetail>;
type Tracking = Wire<typeof PublicSubmissionResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

const DAY = 86_400_000;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let townLiaison: Agent; // liaison of township A
let villageLiaison: Agent; // liaison of village A
let ipSeq = 0;
const resident = () => new Agent(t.app, {}, `127.5.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);

async function raise(place: BuiltPlace, content = '小区门口的路灯坏了好几天') {
  const res = await resident().post(`/api/public/places/${place.code}/submissions`, { content });
  expect(res.statusCode).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  return { id: row?.id as string, code };
}
const act = (by: Agent, id: string, body: Record<string, unknown>) => by.post(`/api/submissions/${id}/actions`, body);
async function ok(by: Agent, id: string, body: Record<string, unknown>) {
  const res = await act(by, id, body);
  expect(res.statusCode, res.body).toBe(200);
  return json<Detail>(res);
}
const tracking = async (code: string) => json<Tracking>(await resident().get(`/api/public/submissions/${code}`));
const rate = (code: string, body: Record<string, unknown>) =>
  resident().post(`/api/public/submissions/${code}/rating`, body);
const reopen = (code: string) => resident().post(`/api/public/submissions/${code}/reopen`, { reason: '还是不亮' });
const dueIn = (d: Detail) => (new Date(d.dueAt as string).getTime() - Date.now()) / DAY;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  townLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  villageLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageA })).agent;
});

describe('who may act', () => {
  let id: string;
  beforeAll(async () => {
    id = (await raise(tree.villageA)).id;
  });

  it('answers 401 without a session', async () => {
    expect((await act(new Agent(t.app), id, { action: 'to_community' })).statusCode).toBe(401);
  });

  it('answers 404 to a liaison of another region', async () => {
    const other = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageB })).agent;
    expect((await act(other, id, { action: 'to_community' })).statusCode).toBe(404);
  });

  it('answers 403 to a member, who may read but not sort or handle', async () => {
    const member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.villageA })).agent;
    expect((await member.get(`/api/submissions/${id}`)).statusCode).toBe(200);
    for (const body of [{ action: 'to_community' }, { action: 'reply', note: '收到' }, { action: 'solve' }]) {
      const res = await act(member, id, body);
      expect(res.statusCode).toBe(403);
      expect(json<ErrorBody>(res).code).toBe('forbidden');
    }
  });

  it.each([
    ['a decline without a reason', { action: 'decline' }, 'reason'],
    ['a reply without a note', { action: 'reply', note: ' ' }, 'note'],
    ['an unknown action', { action: 'escalate' }, 'action'],
    ['a merge without a target', { action: 'merge' }, 'targetId'],
  ])('answers 400 for %s', async (_, body, path) => {
    const res = await act(townLiaison, id, body);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toContain(path);
  });

  it('answers 400 for a level place of the wrong kind', async () => {
    const res = await act(townLiaison, id, { action: 'to_community', placeId: tree.townA.id });
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toEqual(['placeId']);
  });
});

describe('from intake to a satisfied resident', () => {
  let item: { id: string; code: string };
  const INTERNAL = '内部：请村里先核实';
  const REPLY = '已联系物业，明天上午维修';

  beforeAll(async () => {
    item = await raise(tree.gridA);
  });

  it('is due in two days when it arrives', async () => {
    const d = json<Detail>(await townLiaison.get(`/api/submissions/${item.id}`));
    expect(d.status).toBe('received');
    expect(dueIn(d)).toBeCloseTo(2, 2);
  });

  it('goes to the community council, due in seven days, without telling the resident the note', async () => {
    const d = await ok(townLiaison, item.id, { action: 'to_community', note: INTERNAL });
    expect(d.status).toBe('community');
    expect(dueIn(d)).toBeCloseTo(7, 2);
    expect(d.events.at(-1)).toMatchObject({ kind: 'to_community', note: INTERNAL, isPublic: false });
    const res = await resident().get(`/api/public/submissions/${item.code}`);
    expect(json<Tracking>(res).steps.map((s) => s.kind)).toEqual(['submitted', 'to_community']);
    expect(res.body).not.toContain(INTERNAL);
  });

  it('answers 409 for sorting it to the level it is at', async () => {
    const res = await act(townLiaison, item.id, { action: 'to_community' });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('action_not_allowed');
  });

  it('takes a public reply the resident reads, then is solved', async () => {
    await ok(villageLiaison, item.id, { action: 'reply', note: REPLY });
    const page = await tracking(item.code);
    expect(page.steps.at(-1)).toEqual(expect.objectContaining({ kind: 'reply', note: REPLY }));
    expect(page.canRate).toBe(false);
    const d = await ok(villageLiaison, item.id, { action: 'solve' });
    expect(d.status).toBe('solved');
    expect(d.dueAt).toBeNull();
    expect(d.allowedActions).toEqual(['reply']);
    expect(await tracking(item.code)).toMatchObject({ status: 'solved', canRate: true, canReopen: false });
  });

  it('refuses a merge of a solved item with 409', async () => {
    const other = await raise(tree.villageA);
    const res = await act(townLiaison, item.id, { action: 'merge', targetId: other.id });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('action_not_allowed');
  });

  it('lets an unsatisfied resident rate it once and send it back', async () => {
    const rated = await rate(item.code, { solved: false, satisfaction: 2, comment: '灯还是不亮' });
    expect(rated.statusCode).toBe(200);
    expect(json<Tracking>(rated)).toMatchObject({ canReopen: true, canRate: false, rating: { satisfaction: 2 } });
    const again = await rate(item.code, { solved: true, satisfaction: 5 });
    expect(again.statusCode).toBe(409);
    const res = await reopen(item.code);
    expect(res.statusCode).toBe(200);
    expect(json<Tracking>(res)).toMatchObject({ status: 'received', canReopen: false, rating: null });
    const d = json<Detail>(await townLiaison.get(`/api/submissions/${item.id}`));
    expect(d).toMatchObject({ status: 'received', reopenCount: 1 });
    expect(dueIn(d)).toBeCloseTo(2, 2);
  });

  it('does not reopen a second time', async () => {
    await ok(villageLiaison, item.id, { action: 'solve', note: '已更换灯泡' });
    expect((await rate(item.code, { solved: false, satisfaction: 1 })).statusCode).toBe(200);
    expect((await tracking(item.code)).canReopen).toBe(false);
    const res = await reopen(item.code);
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).code).toBe('reopen_used');
  });

  it('refuses a rating or a reopen while the item is open', async () => {
    const open = await raise(tree.villageA);
    expect((await rate(open.code, { solved: true, satisfaction: 5 })).statusCode).toBe(409);
    expect((await reopen(open.code)).statusCode).toBe(409);
    expect((await rate(open.code, { solved: true, satisfaction: 9 })).statusCode).toBe(400);
    expect((await rate('ABCDEFGHJKMN', { solved: true, satisfaction: 5 })).statusCode).toBe(404);
  });
});

describe('other sorting', () => {
  it('merges an item into a similar one, which records it', async () => {
    const target = await raise(tree.villageA, '三号楼电梯又坏了，老人上不了楼');
    const dup = await raise(tree.villageA, '三号楼的电梯又坏了，老人上不去楼');
    const before = json<Detail>(await townLiaison.get(`/api/submissions/${dup.id}`));
    expect(before.similar.map((s) => s.id)).toContain(target.id);
    const d = await ok(townLiaison, dup.id, { action: 'merge', targetId: target.id, note: '重复' });
    expect(d.status).toBe('merged');
    expect(d.mergedInto).toEqual({ id: target.id, trackingCode: target.code });
    expect(d.allowedActions).toEqual([]);
    const t2 = json<Detail>(await townLiaison.get(`/api/submissions/${target.id}`));
    expect(t2.events.map((e) => e.kind)).toContain('merged_in');
    expect((await tracking(dup.code)).status).toBe('merged');
    expect((await act(townLiaison, dup.id, { action: 'reply', note: '好' })).statusCode).toBe(409);
  });

  it('refuses to merge an item into itself or into an item out of sight', async () => {
    const a = await raise(tree.villageA);
    const b = await raise(tree.villageB);
    for (const targetId of [a.id, b.id]) {
      const res = await act(villageLiaison, a.id, { action: 'merge', targetId });
      expect(res.statusCode).toBe(400);
      expect(json<ErrorBody>(res).code).toBe('merge_target_invalid');
    }
  });

  it('declines with a reason the resident reads', async () => {
    const item = await raise(tree.villageA);
    const d = await ok(villageLiaison, item.id, { action: 'decline', reason: '不属于本村管辖范围' });
    expect(d.status).toBe('declined');
    expect((await tracking(item.code)).steps.at(-1)).toEqual(
      expect.objectContaining({ kind: 'decline', note: '不属于本村管辖范围' }),
    );
  });

  // BUG (sort-submission.ts:55): without a chosen placeId the item stays where it was
  it('moves an item up to the nearest place of the level when none is chosen', async () => {
    const atGrid = await raise(tree.gridA);
    const c = await ok(townLiaison, atGrid.id, { action: 'to_community' });
    expect(c.place.id).toBe(tree.villageA.id); // the grid's village takes it up
    const up = await raise(tree.villageA);
    const d = await ok(townLiaison, up.id, { action: 'to_township' });
    expect(d).toMatchObject({ status: 'township', place: { id: tree.townA.id } });
    expect(dueIn(d)).toBeCloseTo(15, 2);
  });

  it('sends an item to a chosen grid, due in three days', async () => {
    const down = await raise(tree.villageA);
    const g = await ok(villageLiaison, down.id, { action: 'to_grid', placeId: tree.gridA.id });
    expect(g).toMatchObject({ status: 'grid', place: { id: tree.gridA.id } });
    expect(dueIn(g)).toBeCloseTo(3, 2);
  });

  it('sends an item to a chosen township', async () => {
    const up = await raise(tree.villageA);
    const d = await ok(townLiaison, up.id, { action: 'to_township', placeId: tree.townA.id });
    expect(d).toMatchObject({ status: 'township', place: { id: tree.townA.id } });
    expect(dueIn(d)).toBeCloseTo(15, 2);
  });
});
