import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionDetail, SubmissionListResponse } from '../../../shared/api/submissions';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Inbox = Wire<typeof SubmissionListResponse>;
type Detail = Wire<typeof SubmissionDetail>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let townLiaison: Agent; // liaison of township A
let liaisonB: Agent; // liaison of village B
let ipSeq = 0;
const resident = () => new Agent(t.app, {}, `127.4.${Math.floor(ipSeq / 200)}.${(ipSeq++ % 200) + 1}`);

/** Files a submission through the public page and answers with its id. */
async function raise(place: BuiltPlace, content: string, extra: Record<string, unknown> = {}) {
  const res = await resident().post(`/api/public/places/${place.code}/submissions`, { content, ...extra });
  expect(res.statusCode).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  return row?.id as string;
}
const inbox = async (by: Agent, query = '') => {
  const res = await by.get(`/api/submissions?pageSize=100&${query}`);
  expect(res.statusCode).toBe(200);
  return json<Inbox>(res);
};
const ids = (page: Inbox) => page.items.map((i) => i.id).sort();
const sorted = (...list: string[]) => [...list].sort();
const days = (n: number) => new Date(Date.now() + n * 86_400_000);

// township A: a traditional-character item with a phone, a simplified one at the grid, one by phone call
let trad: string;
let simp: string;
let walkIn: string;
let itemB: string;

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  townLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.villageB })).agent;
  trad = await raise(tree.villageA, '樓道裡的路燈壞了，晚上看不見', { phone: '13812345678', consent: true });
  simp = await raise(tree.villageA, '广场的路灯坏了一半', { placeId: tree.gridA.id });
  const res = await townLiaison.post('/api/submissions', {
    placeId: tree.villageA.id,
    channel: 'phone_call',
    content: '居民来电反映停车位不够',
  });
  expect(res.statusCode).toBe(201);
  walkIn = json<Detail>(res).id;
  itemB = await raise(tree.villageB, '樓道裡的路燈也壞了');
  const sort = await townLiaison.post(`/api/submissions/${walkIn}/actions`, { action: 'to_community' });
  expect(sort.statusCode).toBe(200);
  await t.db
    .update(submissions)
    .set({ dueAt: days(-1) })
    .where(eq(submissions.id, trad));
  await t.db
    .update(submissions)
    .set({ createdAt: days(-10) })
    .where(eq(submissions.id, simp));
});

describe('who sees what', () => {
  it('answers 401 without a session', async () => {
    expect((await new Agent(t.app).get('/api/submissions')).statusCode).toBe(401);
    expect((await new Agent(t.app).get(`/api/submissions/${trad}`)).statusCode).toBe(401);
  });

  it('shows the township liaison the items of the township only', async () => {
    expect(ids(await inbox(townLiaison))).toEqual(sorted(trad, simp, walkIn));
  });

  it('hides township A from the liaison of village B: not listed, 404 when opened', async () => {
    expect(ids(await inbox(liaisonB))).toEqual([itemB]);
    const res = await liaisonB.get(`/api/submissions/${trad}`);
    expect(res.statusCode).toBe(404);
    expect(json<ErrorBody>(res).code).toBe('not_found');
    expect((await liaisonB.get('/api/submissions/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('shows a member of the village read-only', async () => {
    const member = (await buildAccount(t.app, t.db, { role: 'member', place: tree.villageA })).agent;
    expect(ids(await inbox(member))).toEqual(sorted(trad, simp, walkIn));
    const detail = json<Detail>(await member.get(`/api/submissions/${trad}`));
    expect(detail.abilities).toEqual({ sort: false, handle: false, revealPhone: false });
  });
});

describe('search across 简/繁', () => {
  it('finds traditional text by a simplified query, and simplified text by a traditional one', async () => {
    expect(ids(await inbox(townLiaison, `q=${encodeURIComponent('路灯')}`))).toEqual(sorted(trad, simp));
    expect(ids(await inbox(townLiaison, `q=${encodeURIComponent('路燈')}`))).toEqual(sorted(trad, simp));
    expect(ids(await inbox(townLiaison, `q=${encodeURIComponent('楼道里')}`))).toEqual([trad]);
    expect(ids(await inbox(townLiaison, `q=${encodeURIComponent('廣場')}`))).toEqual([simp]);
  });

  // BUG (queries.ts, matchesText): one character makes a lone gram that stored texts never hold
  it('finds items by a single character', async () => {
    expect(ids(await inbox(townLiaison, `q=${encodeURIComponent('灯')}`))).toEqual(sorted(trad, simp));
    expect(ids(await inbox(townLiaison, `q=${encodeURIComponent('燈')}`))).toEqual(sorted(trad, simp));
  });

  it('finds nothing for text no item holds', async () => {
    expect((await inbox(townLiaison, `q=${encodeURIComponent('灯路')}`)).total).toBe(0);
    expect((await inbox(townLiaison, `q=${encodeURIComponent('100%')}`)).total).toBe(0);
  });
});

describe('filters, counts and pages', () => {
  it('filters by status, with counts per status under the other filters', async () => {
    const received = await inbox(townLiaison, 'status=received');
    expect(ids(received)).toEqual(sorted(trad, simp));
    expect(received.total).toBe(2);
    expect(received.counts).toMatchObject({ received: 2, community: 1, solved: 0, merged: 0 });
    expect(ids(await inbox(townLiaison, 'status=community'))).toEqual([walkIn]);
  });

  it('filters by place (its subtree) and by channel', async () => {
    expect(ids(await inbox(townLiaison, `placeId=${tree.gridA.id}`))).toEqual([simp]);
    expect(ids(await inbox(townLiaison, `placeId=${tree.villageA.id}`))).toEqual(sorted(trad, simp, walkIn));
    expect(ids(await inbox(townLiaison, `placeId=${tree.villageB.id}`))).toEqual([]);
    expect(ids(await inbox(townLiaison, 'channel=qr'))).toEqual(sorted(trad, simp));
    const byPhone = await inbox(townLiaison, 'channel=phone_call');
    expect(byPhone.items.map((i) => [i.id, i.channel])).toEqual([[walkIn, 'phone_call']]);
  });

  it('filters the overdue ones and flags them', async () => {
    const overdue = await inbox(townLiaison, 'overdue=true');
    expect(ids(overdue)).toEqual([trad]);
    expect(overdue.items[0]?.isOverdue).toBe(true);
    const all = await inbox(townLiaison);
    expect(all.items.filter((i) => i.isOverdue).map((i) => i.id)).toEqual([trad]);
  });

  it('filters by date', async () => {
    const q = (d: Date) => encodeURIComponent(d.toISOString());
    expect(ids(await inbox(townLiaison, `from=${q(days(-2))}`))).toEqual(sorted(trad, walkIn));
    expect(ids(await inbox(townLiaison, `to=${q(days(-2))}`))).toEqual([simp]);
    expect(ids(await inbox(townLiaison, `from=${q(days(-11))}&to=${q(days(1))}`))).toEqual(sorted(trad, simp, walkIn));
  });

  it('pages, with the total of all pages', async () => {
    const first = json<Inbox>(await townLiaison.get('/api/submissions?pageSize=2&sort=oldest'));
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((i) => i.id)[0]).toBe(simp);
    const second = json<Inbox>(await townLiaison.get('/api/submissions?pageSize=2&page=2&sort=oldest'));
    expect(second.items).toHaveLength(1);
    expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual(sorted(trad, simp, walkIn));
  });

  it('shows the phone number masked, never in full', async () => {
    const res = await townLiaison.get('/api/submissions');
    expect(json<Inbox>(res).items.find((i) => i.id === trad)?.phoneMasked).toBe('138****5678');
    expect(res.body).not.toContain('13812345678');
    expect((await townLiaison.get(`/api/submissions/${trad}`)).body).not.toContain('13812345678');
  });

  it.each([
    ['status=nope', 'status'],
    ['pageSize=0', 'pageSize'],
    ['placeId=not-a-uuid', 'placeId'],
    ['overdue=maybe', 'overdue'],
    ['from=yesterday', 'from'],
    [`categoryName=${'长'.repeat(41)}`, 'categoryName'],
  ])('answers 400 for %s', async (query, path) => {
    const res = await townLiaison.get(`/api/submissions?${query}`);
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toContain(path);
  });
});

describe('detail', () => {
  it('shows the timeline', async () => {
    const res = await townLiaison.get(`/api/submissions/${walkIn}`);
    expect(res.statusCode).toBe(200);
    expect(json<Detail>(res).events.map((e) => e.kind)).toEqual(['submitted', 'to_community']);
  });

  it('shows none of the stored internals', async () => {
    const body = (await townLiaison.get(`/api/submissions/${trad}`)).body;
    for (const key of ['s', 'placePath', 'phoneCipher', 'searchText', 'searchGrams', 'idempotencyKey']) {
      expect(body).not.toContain(`"${key}"`);
    }
  });

  it('answers 400 for an id that is not a uuid', async () => {
    expect((await townLiaison.get('/api/submissions/abc')).statusCode).toBe(400);
  });
});

describe('similar submissions', () => {
  let other: Awaited<ReturnType<typeof buildTree>>;
  let districtLiaison: Agent;
  let first: string;
  let second: string;
  let elsewhere: string;
  let unrelated: string;

  beforeAll(async () => {
    other = await buildTree(t.db);
    districtLiaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: other.district })).agent;
    first = await raise(other.villageA, '小区东门的垃圾站臭味太大，夏天没法开窗');
    second = await raise(other.villageA, '小區東門垃圾站的臭味太大了，夏天沒法開窗', { placeId: other.gridA.id });
    elsewhere = await raise(other.villageB, '小区东门的垃圾站臭味太大，夏天没法开窗');
    unrelated = await raise(other.villageA, '希望增加几个公交站点');
  });

  it('shows near-duplicates in the same township to each other, with a similarity', async () => {
    for (const [a, b] of [
      [first, second],
      [second, first],
    ] as const) {
      const detail = json<Detail>(await districtLiaison.get(`/api/submissions/${a}`));
      expect(detail.similar.map((s) => s.id)).toEqual([b]);
      const similarity = detail.similar[0]?.similarity ?? 0;
      expect(similarity).toBeGreaterThan(0);
      expect(similarity).toBeLessThanOrEqual(1);
    }
  });

  it('does not show a near-duplicate in another township, nor an unrelated item', async () => {
    const detail = json<Detail>(await districtLiaison.get(`/api/submissions/${elsewhere}`));
    expect(detail.similar).toEqual([]);
    const none = json<Detail>(await districtLiaison.get(`/api/submissions/${unrelated}`));
    expect(none.similar).toEqual([]);
  });
});
