// The deployment's synonym table (同义词表): who may read and change it, how bad tables are refused,
// and that a saved table changes what search and the similar panel find once texts are read again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../../shared/api/audit';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import type { SubmissionDetail, SubmissionListResponse } from '../../../shared/api/submissions';
import type { SynonymsResponse } from '../../../shared/api/vocabulary';
import { applySynonyms, DEFAULT_SYNONYMS } from '../../platform/text';
import { startDemoApp } from '../../testing/demo-app';
import { buildAccount } from '../../testing/factories';
import { Agent, json } from '../../testing/harness';
import { reindexStaleTerms } from '../submissions/text-index';

type Table = Wire<typeof SynonymsResponse>;
type ErrorBody = Wire<typeof ErrorBodySchema>;
type Detail = Wire<typeof SubmissionDetail>;
type Inbox = Wire<typeof SubmissionListResponse>;
type Audit = Wire<typeof AuditListResponse>;

const PATH = '/api/vocabulary/synonyms';
const shipped = DEFAULT_SYNONYMS.map((g) => [...g]);
// what residents call a new kind of shop the shipped table has no words for
const THROWING = ['密室逃脱', '鬼屋主題店', '鬼屋店', '密室主题店'];

// the synonym table is the whole deployment's: this file keeps it in a database of its own
let demo: Awaited<ReturnType<typeof startDemoApp>>;
let admin: Agent; // 系统管理员, at the top-level place
let liaison: Agent; // the demo's liaison of 东湖街道, who reads the results
let thrown: string; // 密室逃脱, in those words
let dropped: string; // the same, in others

const put = (by: Agent, body: unknown) => by.request('PUT', PATH, body);
const table = async () => {
  const res = await admin.get(PATH);
  expect(res.statusCode, res.body).toBe(200);
  return json<Table>(res);
};
const synonymEvents = async () => {
  const res = await admin.get('/api/audit?entityType=settings&entityId=synonyms&pageSize=100');
  expect(res.statusCode, res.body).toBe(200);
  return json<Audit>(res).items;
};
const search = async (q: string) => {
  const res = await liaison.get(`/api/submissions?q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Inbox>(res);
};
const similarTo = async (id: string) => json<Detail>(await liaison.get(`/api/submissions/${id}`)).similar;
const fieldPaths = (res: { body: string }) => (json<ErrorBody>(res as never).fields ?? []).map((f) => f.path).sort();

beforeAll(async () => {
  demo = await startDemoApp();
  admin = await demo.signIn('admin');
  liaison = await demo.signIn('liaison.donghu');
  const walkIn = async (content: string) => {
    const res = await liaison.post('/api/submissions', {
      placeId: demo.place('dh-hx').id,
      channel: 'phone_call',
      content,
    });
    expect(res.statusCode, res.body).toBe(201);
    return json<Detail>(res).id;
  };
  thrown = await walkIn('小区里开了家密室逃脱');
  dropped = await walkIn('隔壁开了个鬼屋店');
});

// this worker's other test files read texts with the shipped table again
afterAll(async () => {
  applySynonyms(DEFAULT_SYNONYMS, 0);
  await demo?.close();
});

describe('who may see and change the synonym table', () => {
  it('answers 401 without a session', async () => {
    const anonymous = new Agent(demo.app);
    expect((await anonymous.get(PATH)).statusCode).toBe(401);
    expect((await put(anonymous, { groups: shipped })).statusCode).toBe(401);
    expect((await anonymous.delete(PATH)).statusCode).toBe(401);
  });

  it('answers 403 to a liaison, a township’s admin and the district’s leader', async () => {
    const townshipAdmin = (await buildAccount(demo.app, demo.db, { role: 'admin', place: demo.place('dh') })).agent;
    const leader = await demo.signIn('leader');
    for (const by of [liaison, townshipAdmin, leader]) {
      expect((await by.get(PATH)).statusCode).toBe(403);
      expect((await put(by, { groups: [['密室逃脱', '鬼屋店']] })).statusCode).toBe(403);
      expect((await by.delete(PATH)).statusCode).toBe(403);
    }
    expect((await table()).isDefault).toBe(true);
  });

  it('shows the top-level admin the shipped table, never edited', async () => {
    const t = await table();
    expect(t).toMatchObject({ isDefault: true, edits: 0, updatedAt: null, pendingReindex: 0 });
    expect(t.groups).toEqual(shipped);
  });
});

describe('PUT /api/vocabulary/synonyms: bad tables', () => {
  it('refuses a word in two groups, naming each place it was typed again, and saves nothing', async () => {
    const res = await put(admin, {
      groups: [
        ['电动车', '电瓶车'],
        ['小电驴', '电瓶车'], // 电瓶车 again
        ['房产证', '房產證', '電瓶車'], // 房產證 is 房产证; 電瓶車 is 电瓶车 a third time
      ],
    });
    expect(res.statusCode).toBe(400);
    const body = json<ErrorBody>(res);
    expect(body.code).toBe('invalid_input');
    // the paths point at what the admin typed: the third group's third word, not its second
    expect(body.fields?.map((f) => f.path)).toEqual(['groups.1.1', 'groups.2.2']);
    expect(body.fields?.[0]?.message).toContain('电瓶车');
    expect(await table()).toMatchObject({ isDefault: true, edits: 0 });
    expect(await synonymEvents()).toEqual([]);
  });

  it('refuses bad groups and words field by field: one word, 1 or 13 characters, spaces', async () => {
    const res = await put(admin, {
      groups: [
        ['高空抛物'],
        ['高空抛物', '扔'],
        ['高空抛物', '从十几层高的楼上往下扔东西'],
        ['高空抛物', '往楼下 扔东西'],
        ['电动车', '电瓶车'],
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res)).toEqual(['groups.0', 'groups.1.1', 'groups.2.1', 'groups.3.1']);
    expect(await table()).toMatchObject({ isDefault: true, edits: 0 });
  });

  it('refuses a body without groups', async () => {
    const res = await put(admin, { synonyms: shipped });
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res)).toEqual(['groups']);
  });
});

describe('a saved table, then the shipped one again', () => {
  it('finds nothing of 密室逃脱 in words it does not know yet', async () => {
    expect((await search('密室逃脱')).items.map((i) => i.id)).toEqual([thrown]);
    expect((await similarTo(thrown)).map((s) => s.id)).not.toContain(dropped);
  });

  it('saves a valid table (words in 简体), with its audit event', async () => {
    const res = await put(admin, { groups: [...shipped, THROWING] });
    expect(res.statusCode, res.body).toBe(200);
    const saved = json<Table>(res);
    expect(saved).toMatchObject({ isDefault: false, edits: 1 });
    expect(saved.updatedAt).not.toBeNull();
    expect(saved.groups.at(-1)).toEqual(['密室逃脱', '鬼屋主题店', '鬼屋店', '密室主题店']);
    // every stored text was read with the old table: all wait to be read again
    expect(saved.pendingReindex).toBeGreaterThan(0);
    expect(await table()).toEqual(saved);
    const [event] = await synonymEvents();
    expect(event).toMatchObject({
      action: 'settings.synonyms',
      actorName: '系统管理员 (admin)',
      before: {
        edits: 0,
        groups: shipped.length,
        changed: { added: ['密室逃脱、鬼屋主题店、鬼屋店、密室主题店'], removed: [] },
      },
      after: { edits: 1, groups: shipped.length + 1 },
    });
  });

  it('lets search and the similar panel use the new words once stored texts are read again', async () => {
    // the query is read with the new table at once; stored texts still hold the old words
    expect((await search('密室逃脱')).search?.highlight).toContain('鬼屋店');
    expect(await reindexStaleTerms(demo.db)).toBeGreaterThan(0);
    expect((await table()).pendingReindex).toBe(0);
    expect((await search('密室逃脱')).items.map((i) => i.id).sort()).toEqual([thrown, dropped].sort());
    expect((await search('鬼屋店')).items.map((i) => i.id).sort()).toEqual([thrown, dropped].sort());
    const similar = await similarTo(thrown);
    expect(similar.map((s) => s.id)).toContain(dropped);
    expect(similar.find((s) => s.id === dropped)?.keywords).toContain('密室逃脱');
  });

  it('counts every save', async () => {
    const res = await put(admin, { groups: [...shipped, THROWING, ['剧本杀', '剧本杀店']] });
    expect(json<Table>(res)).toMatchObject({ isDefault: false, edits: 2 });
  });

  it('goes back to the shipped table on DELETE, with its audit event', async () => {
    const res = await admin.delete(PATH);
    expect(res.statusCode, res.body).toBe(200);
    const reset = json<Table>(res);
    expect(reset).toMatchObject({ isDefault: true, edits: 3 });
    expect(reset.groups).toEqual(shipped);
    const [event] = await synonymEvents();
    expect(event).toMatchObject({
      action: 'settings.synonyms_reset',
      before: { edits: 2, changed: { removed: expect.arrayContaining([expect.stringMatching(/^密室逃脱、/)]) } },
      after: { edits: 3, groups: shipped.length },
    });
    expect((await synonymEvents()).map((e) => e.action)).toEqual([
      'settings.synonyms_reset',
      'settings.synonyms',
      'settings.synonyms',
    ]);
    await reindexStaleTerms(demo.db);
    expect((await search('密室逃脱')).items.map((i) => i.id)).toEqual([thrown]);
  });
});
