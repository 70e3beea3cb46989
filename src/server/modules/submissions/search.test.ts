// Inbox search (收件箱搜索): what a liaison finds by typing into the search box.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionDetail, SubmissionListResponse } from '../../../shared/api/submissions';
import { submissions } from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import { type Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Inbox = Wire<typeof SubmissionListResponse>;
type Detail = Wire<typeof SubmissionDetail>;
type ErrorBody = Wire<typeof ErrorBodySchema>;

let t: TestApp;
let liaison: Agent; // township A's
const ids: Record<string, string> = {};
const codes: Record<string, string> = {};

/** A walk-in recorded `daysAgo` days ago at `place`, kept under `key`. */
async function record(by: Agent, place: BuiltPlace, key: string, content: string, daysAgo: number) {
  const res = await by.post('/api/submissions', { placeId: place.id, channel: 'phone_call', content });
  expect(res.statusCode, res.body).toBe(201);
  const { id, trackingCode } = json<Detail>(res);
  await t.db
    .update(submissions)
    .set({ createdAt: new Date(Date.now() - daysAgo * 86_400_000) })
    .where(eq(submissions.id, id));
  ids[key] = id;
  codes[key] = trackingCode;
}

const search = async (q: string, extra = '') => {
  const res = await liaison.get(`/api/submissions?pageSize=50&q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Inbox>(res);
};
const found = (page: Inbox) => page.items.map((i) => i.id);
const keysOf = (...keys: string[]) => keys.map((k) => ids[k]);

beforeAll(async () => {
  t = await startTestApp();
  const tree = await buildTree(t.db);
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townA })).agent;
  const liaisonB = (await buildAccount(t.app, t.db, { role: 'liaison', place: tree.townB })).agent;
  const r = (key: string, content: string, daysAgo: number, place = tree.villageA) =>
    record(liaison, place, key, content, daysAgo);
  await r('lampPhrase', '路灯坏了好几天没人修', 9);
  await r('lampWords', '坏掉的路灯一直没人修', 2); // newer, and without the phrase
  await r('lampOnly', '路灯太暗了，看不清路', 0);
  await r('bikeWord', '楼下好多电瓶车堵在楼道口', 8);
  await r('bikeTrad', '樓道裡的電動車充電很危險', 7, tree.gridA);
  await r('bikeCharging', '电动车充电桩太少，晚上排队', 6);
  await r('rubbishAll', '垃圾站没人清运，臭气熏天', 5);
  await r('rubbishCollect', '垃圾好几天没人拉走', 4);
  await r('rubbishSmell', '垃圾桶的臭味很大', 3, tree.gridA);
  await r('rubbishOnly', '门口的垃圾堆满了', 1);
  await r('fees', '物业费又涨价了', 1);
  // the same words in another township: never in township A's inbox
  await record(liaisonB, tree.villageB, 'elsewhere', '路灯坏了，电瓶车也没地方充电', 1);
});

describe('GET /api/submissions?q= (inbox search)', () => {
  it('finds an item written with another word for the same thing: 电动车 finds 电瓶车, and the reverse', async () => {
    for (const q of ['电动车', '电瓶车', '電動車']) {
      expect(found(await search(q)).sort()).toEqual(keysOf('bikeWord', 'bikeTrad', 'bikeCharging').sort());
    }
  });

  it('finds simplified text with a traditional query, and traditional text with a simplified one', async () => {
    expect(found(await search('充電樁'))).toEqual(keysOf('bikeCharging'));
    expect(found(await search('楼道'))).toEqual(expect.arrayContaining(keysOf('bikeTrad', 'bikeWord')));
  });

  it('puts the exact phrase first, ahead of newer items holding its words apart', async () => {
    const page = await search('路燈壞了');
    expect(found(page)).toEqual(keysOf('lampPhrase', 'lampWords'));
    // two found, fewer than FEW_RESULTS: the search tried most of the words, but 路灯 alone is not
    // most of 路灯 + 坏了, so it found nothing more and says it matched all the words
    expect(page.search?.mode).toBe('all');
    expect(found(page)).not.toContain(ids.lampOnly);
  });

  it('orders by date when asked to, search or not', async () => {
    expect(found(await search('路灯坏了', '&sort=newest'))).toEqual(keysOf('lampWords', 'lampPhrase'));
    expect(found(await search('路灯坏了', '&sort=oldest'))).toEqual(keysOf('lampPhrase', 'lampWords'));
  });

  it('says which words to mark in the results: the query and its synonyms, 简 and 繁', async () => {
    const { search: info } = await search('电动车');
    expect(info?.highlight).toEqual(expect.arrayContaining(['电动车', '電動車', '电瓶车', '電瓶車']));
  });

  it('widens a query of several words to most of them when few items hold all, and says so', async () => {
    const page = await search('垃圾 清运 臭味');
    expect(page.search?.mode).toBe('most');
    // two of the three ideas are enough; the heap of rubbish alone is not
    expect(found(page).sort()).toEqual(keysOf('rubbishAll', 'rubbishCollect', 'rubbishSmell').sort());
    expect(found(page)[0]).toBe(ids.rubbishAll); // the one holding all three comes first
    expect(page.total).toBe(3);
  });

  it('does not widen a query of one word', async () => {
    const page = await search('物业费');
    expect(page.search?.mode).toBe('all');
    expect(found(page)).toEqual(keysOf('fees'));
  });

  it('finds an item by its tracking code read out over the phone, in lower case', async () => {
    const page = await search((codes.fees as string).toLowerCase());
    expect(found(page)).toEqual(keysOf('fees'));
  });

  it('finds nothing of another township', async () => {
    const page = await search('路灯坏了');
    expect(found(page)).not.toContain(ids.elsewhere);
  });

  it('answers a list without a query with no search information, newest first', async () => {
    const res = await liaison.get('/api/submissions?pageSize=50');
    const page = json<Inbox>(res);
    expect(page.search).toBeNull();
    expect(page.items[page.items.length - 1]?.id).toBe(ids.lampPhrase);
  });

  it('answers 400 for an unknown order, naming the field', async () => {
    const res = await liaison.get('/api/submissions?q=%E8%B7%AF%E7%81%AF&sort=popular');
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).fields?.map((f) => f.path)).toEqual(['sort']);
  });
});
