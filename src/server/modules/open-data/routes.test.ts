import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { Dashboard } from '../../../shared/api/dashboard';
import { OPEN_FIGURES, type OpenFigures } from '../../../shared/api/open-data';
import { places, submissions } from '../../platform/db/schema';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';

type Open = Wire<typeof OpenFigures>;
type Dash = Wire<typeof Dashboard>;
let t: TestApp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let ipSeq = 0;
const get = (url: string, headers?: Record<string, string>) =>
  new Agent(t.app, {}, `127.9.0.${(ipSeq++ % 250) + 1}`).get(url, headers);
const PHONE = '138****5678';
const NAME = '李桂兰';

beforeAll(async () => {
  t = await startTestApp();
  tree = await buildTree(t.db);
  await t.db.update(places).set({ hasCouncil: true, hasRoom: true }).where(eq(places.id, tree.villageA.id));
  let seq = 0;
  for (const [placeId, change] of [
    [tree.villageA.id, { status: 'solved' as const, satisfaction: 5 }],
    [tree.gridA.id, {}],
    [tree.villageB.id, { satisfaction: 3, status: 'solved' as const }],
  ] as const) {
    seq += 1;
    await t.db.insert(submissions).values({
      trackingCode: `OPEN${Date.now()}${seq}`,
      placeId,
      scannedPlaceId: placeId,
      channel: 'walk_in',
      content: '小区路灯坏了',
      phoneMasked: PHONE,
      contactName: NAME,
      searchText: '小区路灯坏了',
      searchGrams: [],
      createdAt: new Date('2026-03-10T04:00:00Z'),
      ...change,
    });
  }
});

describe('GET /open-data/v1/places/{code}/figures', () => {
  it('publishes the dashboard’s values a leader of the place sees for the same period, without a session', async () => {
    const res = await get(`/open-data/v1/places/${tree.townA.code}/figures.json?year=2026`);
    expect(res.statusCode).toBe(200);
    const body = json<Open>(res);
    expect(body.place).toEqual({ code: tree.townA.code, name: tree.townA.name, kind: tree.townA.kind });
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(body.figures.map((f) => f.key)).toEqual([...OPEN_FIGURES]);
    const leader = (await buildAccount(t.app, t.db, { role: 'leader', place: tree.townA })).agent;
    const dash = json<Dash>(await leader.get(`/api/dashboard?placeId=${tree.townA.id}&from=2026-01-01&to=2026-12-31`));
    for (const f of body.figures) expect(f.value).toBe(dash.figures.find((d) => d.key === f.key)?.value);
    expect(body.figures.find((f) => f.key === 'received')?.value).toBe(2);
    expect(body.figures.find((f) => f.key === 'received')?.name).toBe('收集意见建议');
  });

  it('gives nothing personal: no phone, content or link field or value', async () => {
    const res = await get(`/open-data/v1/places/${tree.district.code}/figures.json?from=2026-01-01&to=2026-06-30`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/"(phone|content|link)"/);
    expect(res.body).not.toContain(PHONE);
    expect(res.body).not.toContain(NAME);
    expect(res.body).not.toContain('路灯');
  });

  it('answers CSV with a BOM, the header and one row per figure', async () => {
    const res = await get(`/open-data/v1/places/${tree.district.code}/figures.csv?year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('figure,name,value,unit,from,to');
    expect(lines).toHaveLength(11);
    expect(lines).toContain('received,收集意见建议,3,count,2026-01-01,2026-12-31');
    expect(lines).toContain('satisfaction,平均满意度,4,average,2026-01-01,2026-12-31');
  });

  it('answers 404 in the reader’s language for an unknown or archived place', async () => {
    const res = await get('/open-data/v1/places/no-such-place/figures.json', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(404);
    expect(json<{ message: string }>(res).message).toMatch(/not/i);
    await t.db.update(places).set({ archivedAt: new Date() }).where(eq(places.id, tree.villageB.id));
    expect((await get(`/open-data/v1/places/${tree.villageB.code}/figures.csv`)).statusCode).toBe(404);
  });

  it('answers 400 by field for a bad year, a bad date, a reversed period or a year with dates', async () => {
    for (const [query, field] of [
      ['year=abc', 'year'],
      ['from=2026-13-01', 'from'],
      ['from=2026-06-30&to=2026-01-01', 'to'],
      ['year=2026&from=2026-01-01', 'year'],
    ]) {
      const res = await get(`/open-data/v1/places/${tree.townA.code}/figures.json?${query}`);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(json(res))).toContain(`"${field}"`);
    }
  });
});
