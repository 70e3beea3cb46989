// Place names in the reader's script across the console's answers (issue 13): a liaison reading
// the console in 繁體 sees 桃園社區 in the inbox, the place tree and the detail, while the content a
// resident wrote and the names a form edits stay as stored.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { PlaceListResponse } from '../../../shared/api/places';
import type { SubmissionDetail, SubmissionListResponse } from '../../../shared/api/submissions';
import type { SubmissionCreatedResponse } from '../../../shared/api/submissions-public';
import { type BuiltPlace, buildAccount, buildPlace } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { submissions } from '../db/schema';
import { convertPlaceNames } from './reader-names';

let t: TestApp;
let liaison: Agent;
let town: BuiltPlace;
let community: BuiltPlace;
let id = '';
const CONTENT = '桃园社区门口的路灯坏了，晚上很黑';
const TW = { cookie: 'lang=zh-TW' };

beforeAll(async () => {
  t = await startTestApp();
  const district = await buildPlace(t.db, { kind: 'district', name: `青禾区${Date.now() % 1000}` });
  town = await buildPlace(t.db, { parent: district, kind: 'subdistrict', name: '东湖街道' });
  community = await buildPlace(t.db, { parent: town, kind: 'community', name: '桃园社区' });
  liaison = (await buildAccount(t.app, t.db, { role: 'liaison', place: town })).agent;
  const res = await new Agent(t.app, {}, '127.9.0.1').post(`/api/public/places/${community.code}/submissions`, {
    content: CONTENT,
  });
  expect(res.statusCode, res.body).toBe(201);
  const code = json<Wire<typeof SubmissionCreatedResponse>>(res).trackingCode;
  const [row] = await t.db.select({ id: submissions.id }).from(submissions).where(eq(submissions.trackingCode, code));
  id = row?.id ?? '';
});

describe('a console reader of 繁體', () => {
  it('reads the inbox’s place names in Taiwan forms, and the resident’s words as written', async () => {
    const res = await liaison.get(`/api/submissions?placeId=${town.id}`, TW);
    expect(res.statusCode, res.body).toBe(200);
    const item = json<Wire<typeof SubmissionListResponse>>(res).items.find((i) => i.id === id);
    expect(item?.place.name).toBe('桃園社區');
    expect(item?.content).toBe(CONTENT);
    const cn = json<Wire<typeof SubmissionListResponse>>(await liaison.get(`/api/submissions?placeId=${town.id}`));
    expect(cn.items.find((i) => i.id === id)?.place.name).toBe('桃园社区');
  });

  it('reads the detail’s place and where the resident was converted, by the Accept-Language header too', async () => {
    // sorted up to the 街道: the detail keeps where the resident was (居民所在)
    const sorted = await liaison.post(`/api/submissions/${id}/actions`, { action: 'to_township', note: '提请议事会' });
    expect(sorted.statusCode, sorted.body).toBe(200);
    const res = await liaison.get(`/api/submissions/${id}`, { 'accept-language': 'zh-TW' });
    expect(res.statusCode, res.body).toBe(200);
    const d = json<Wire<typeof SubmissionDetail>>(res);
    expect(d.place.name).toBe('東湖街道');
    expect(d.residentPlace?.trail).toContain('桃園社區');
    expect(d.content).toBe(CONTENT);
    expect(res.headers.vary).toContain('Accept-Language');
  });

  it('reads the place tree converted, and a place as stored when asking for it to edit', async () => {
    const list = json<Wire<typeof PlaceListResponse>>(await liaison.get(`/api/places?parentId=${town.id}`, TW));
    expect(list.items.map((p) => p.name)).toContain('桃園社區');
    const edit = await liaison.get(`/api/places/${community.id}`, { ...TW, 'x-names': 'stored' });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(json<{ name: string; breadcrumb: { name: string }[] }>(edit).name).toBe('桃园社区');
  });

  it('finds a place by the name typed in 繁體, and shows it so', async () => {
    const res = await liaison.get(`/api/places?q=${encodeURIComponent('桃園')}`, TW);
    expect(res.statusCode, res.body).toBe(200);
    expect(json<Wire<typeof PlaceListResponse>>(res).items.map((p) => p.id)).toContain(community.id);
    expect(json<Wire<typeof PlaceListResponse>>(res).items.find((p) => p.id === community.id)?.name).toBe('桃園社區');
  });

  it('is refused as anyone else is: no session, no names', async () => {
    const res = await new Agent(t.app).get(`/api/submissions/${id}`, TW);
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain('桃園');
  });
});

describe('convertPlaceNames', () => {
  const upper = (s: string) => `«${s}»`;
  it('converts names of place-shaped objects and under place keys, and place texts; nothing else', () => {
    const answer = {
      title: '路灯',
      name: '不是地点',
      place: { id: 'a', name: '桃园社区' },
      author: { id: 'p', name: '陈静' },
      places: [{ kind: 'home', place: { id: 'b', name: '东湖街道', kind: 'subdistrict' } }],
      items: [{ id: 'c', name: '第一网格', kind: 'grid', breadcrumb: [{ id: 'd', name: '青禾区' }] }],
      group: { id: 'g', name: '东湖小组', kind: 'group' },
      placeName: '湖心社区',
      placePath: ['青禾区', '东湖街道'],
      residentPlace: { id: 'e', trail: '东湖街道 / 桃园社区' },
      at: new Date(0),
      count: 3,
      none: null,
    };
    expect(convertPlaceNames(answer, upper)).toEqual({
      ...answer,
      place: { id: 'a', name: '«桃园社区»' },
      places: [{ kind: 'home', place: { id: 'b', name: '«东湖街道»', kind: 'subdistrict' } }],
      items: [{ id: 'c', name: '«第一网格»', kind: 'grid', breadcrumb: [{ id: 'd', name: '«青禾区»' }] }],
      placeName: '«湖心社区»',
      placePath: ['«青禾区»', '«东湖街道»'],
      residentPlace: { id: 'e', trail: '«东湖街道 / 桃园社区»' },
    });
  });
});
