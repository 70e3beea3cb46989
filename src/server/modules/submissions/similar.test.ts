// The similar-submissions panel (相似诉求) on the demo district, as its liaisons see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionDetail } from '../../../shared/api/submissions';
import { submissions } from '../../platform/db/schema';
import { SIMILAR_THRESHOLD } from '../../platform/text';
import { startDemoApp } from '../../testing/demo-app';
import { Agent, json } from '../../testing/harness';

type Detail = Wire<typeof SubmissionDetail>;

let demo: Awaited<ReturnType<typeof startDemoApp>>;
let liaison: Agent; // 东湖街道's liaison
let items: { id: string; content: string }[];
const itemsAbout = (word: string) => items.filter((i) => i.content.includes(word)).map((i) => i.id);

const detail = async (by: Agent, id: string) => {
  const res = await by.get(`/api/submissions/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Detail>(res);
};
const similarIds = async (by: Agent, id: string) => (await detail(by, id)).similar.map((s) => s.id);

/** A walk-in recorded by `by` at the demo place `code`; answers its id. */
async function walkIn(by: Agent, code: string, content: string) {
  const res = await by.post('/api/submissions', { placeId: demo.place(code).id, channel: 'phone_call', content });
  expect(res.statusCode, res.body).toBe(201);
  return json<Detail>(res).id;
}

beforeAll(async () => {
  demo = await startDemoApp();
  liaison = await demo.signIn('liaison.donghu');
  items = await demo.db.select({ id: submissions.id, content: submissions.content }).from(submissions);
});
afterAll(() => demo?.close());

describe('similar submissions in the demo district', () => {
  it('shows each of 东湖街道’s reports on charging e-bikes the others, with the words they share', async () => {
    const charging = itemsAbout('充电').filter((id) => !itemsAbout('乱停').includes(id));
    expect(charging).toHaveLength(3); // 锦泉, 湖心 and 新苑
    for (const id of charging) {
      const { similar } = await detail(liaison, id);
      const others = charging.filter((o) => o !== id);
      expect(similar.map((s) => s.id)).toEqual(expect.arrayContaining(others));
      for (const s of similar.filter((x) => others.includes(x.id))) {
        expect(s.similarity).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD);
        expect(s.similarity).toBeLessThanOrEqual(1);
        expect(s.keywords).toContain('电动车');
        expect(s.keywords.some((k) => k.startsWith('充电'))).toBe(true);
        // the words of how residents ask are no reason: never shown as one
        for (const filler of ['希望', '小区', '社区']) expect(s.keywords).not.toContain(filler);
      }
    }
  });

  it('links the report of e-bikes parked in the fire lane to the charging ones', async () => {
    const [parked] = itemsAbout('乱停');
    const similar = await similarIds(liaison, parked as string);
    expect(similar.length).toBeGreaterThan(0);
    for (const id of similar) expect(itemsAbout('电动车')).toContain(id);
  });

  it('shows unrelated reports of the township nothing alike (the property fee, in 繁體)', async () => {
    const [fees] = itemsAbout('物業費');
    expect(await similarIds(liaison, fees as string)).toEqual([]);
  });

  it('shows the demo’s two reports of the dark stairwell in 桃园社区 each other, in different words', async () => {
    const [broken] = itemsAbout('路灯坏了');
    const [dark] = itemsAbout('灯一直不亮');
    expect(broken && dark).toBeTruthy();
    const fromBroken = (await detail(liaison, broken as string)).similar;
    const fromDark = (await detail(liaison, dark as string)).similar;
    expect(fromBroken[0]?.id).toBe(dark);
    expect(fromDark[0]?.id).toBe(broken);
    expect(fromBroken[0]?.keywords).toEqual(expect.arrayContaining(['路灯', '楼道']));
  });

  it('shows a street-light report a second one of the township, written in 繁體', async () => {
    const lamps = itemsAbout('路灯');
    expect(lamps.length).toBeGreaterThan(0);
    // the demo holds one street-light report: a resident of 湖心社区 phones in another
    const second = await walkIn(liaison, 'dh-hx', '湖心社區5棟門口的路燈壞了，晚上黑漆漆的');
    for (const id of [...lamps, second]) {
      const { similar } = await detail(liaison, id);
      const others = [...lamps, second].filter((o) => o !== id);
      expect(similar.map((s) => s.id)).toEqual(expect.arrayContaining(others));
      expect(similar.find((s) => s.id === others[0])?.keywords).toContain('路灯');
    }
  });

  it('never suggests a report from another township, even to the district’s leader, who sees both', async () => {
    const leader = await demo.signIn('leader'); // 李书记, at 青禾区
    const nanling = await demo.signIn('liaison.nanling');
    const away = await walkIn(nanling, 'nl-sq', '石桥村电动车没有地方充电，有人从楼上拉电线充电，很危险。');
    const jinquan = itemsAbout('锦泉社区电动车')[0] as string;
    expect(await similarIds(leader, jinquan)).not.toContain(away);
    const fromAway = await similarIds(leader, away);
    for (const id of itemsAbout('电动车')) expect(fromAway).not.toContain(id);
  });

  it('stops suggesting a report once it is merged into another', async () => {
    const xinyuan = itemsAbout('新苑小区电动车')[0] as string;
    const dup = await walkIn(liaison, 'dh-xy', '新苑小区电动车充电桩不够用，晚上充电要排队');
    expect(await similarIds(liaison, xinyuan)).toContain(dup);
    const merge = await liaison.post(`/api/submissions/${dup}/actions`, { action: 'merge', targetId: xinyuan });
    expect(merge.statusCode, merge.body).toBe(200);
    for (const id of itemsAbout('电动车')) expect(await similarIds(liaison, id)).not.toContain(dup);
  });
});

describe('who sees the panel', () => {
  it('answers 401 without a session and 404 to another township’s liaison', async () => {
    const [id] = itemsAbout('湖心社区电动车');
    expect((await new Agent(demo.app).get(`/api/submissions/${id}`)).statusCode).toBe(401);
    const nanling = await demo.signIn('liaison.nanling');
    expect((await nanling.get(`/api/submissions/${id}`)).statusCode).toBe(404);
  });

  it('shows a community’s liaison none of the alike reports of other communities', async () => {
    const taoyuan = await demo.signIn('liaison.taoyuan');
    const [parked] = itemsAbout('乱停');
    // the township's liaison sees the charging reports of 锦泉, 湖心 and 新苑 beside it …
    expect(await similarIds(liaison, parked as string)).not.toEqual([]);
    // … 桃园社区's liaison, who cannot open them, is not shown them
    expect(await similarIds(taoyuan, parked as string)).toEqual([]);
  });
});
