// Grid screening (网格筛题) and the similar-submissions panel (相似诉求) read reports with one text
// service and one threshold: what the panel shows as alike, screening groups together.
import { and, eq, gte, inArray, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../../../shared/api/common';
import type { SubmissionDetail } from '../../../shared/api/submissions';
import type { ScreeningGroupsResponse } from '../../../shared/api/topics';
import { places, submissions, topicSubmissions } from '../../platform/db/schema';
import { SIMILAR_THRESHOLD } from '../../platform/text';
import { startDemoApp } from '../../testing/demo-app';
import { type Agent, json } from '../../testing/harness';

type Groups = Wire<typeof ScreeningGroupsResponse>;
type Detail = Wire<typeof SubmissionDetail>;

let demo: Awaited<ReturnType<typeof startDemoApp>>;
const liaisons: Record<string, Agent> = {};

/** The reports screening scans at a place: open, of the last 90 days, in no topic. */
async function screeningPool(code: string) {
  const rows = await demo.db
    .select({ id: submissions.id, content: submissions.content })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .leftJoin(topicSubmissions, eq(topicSubmissions.submissionId, submissions.id))
    .where(
      and(
        like(places.path, `${demo.place(code).path}%`),
        inArray(submissions.status, ['received', 'grid', 'community', 'township', 'department']),
        gte(submissions.createdAt, new Date(Date.now() - 90 * 86_400_000)),
        isNull(topicSubmissions.submissionId),
      ),
    );
  return rows;
}

async function screening(code: string) {
  const res = await liaisons[code]?.get(`/api/topics/screening-groups?placeId=${demo.place(code).id}`);
  expect(res?.statusCode, res?.body).toBe(200);
  return json<Groups>(res as NonNullable<typeof res>);
}

/** Every pair the panel shows, by the ids of the pool (the panel may also show closed reports). */
async function panelPairs(code: string, pool: { id: string }[]) {
  const inPool = new Set(pool.map((p) => p.id));
  const pairs: [string, string, number][] = [];
  for (const { id } of pool) {
    const res = await liaisons[code]?.get(`/api/submissions/${id}`);
    expect(res?.statusCode).toBe(200);
    for (const s of json<Detail>(res as NonNullable<typeof res>).similar)
      if (inPool.has(s.id)) pairs.push([id, s.id, s.similarity]);
  }
  return pairs;
}

beforeAll(async () => {
  demo = await startDemoApp();
  liaisons.dh = await demo.signIn('liaison.donghu');
  liaisons.nl = await demo.signIn('liaison.nanling');
  // beside the demo's reports: more street-light reports in 东湖街道, one in 繁體, and a pair about
  // square dancing in 南岭镇, so each township has more than one kind of problem to group
  const walkIn = async (code: string, content: string) => {
    const township = code.split('-')[0] as string;
    const res = await liaisons[township]?.post('/api/submissions', {
      placeId: demo.place(code).id,
      channel: 'phone_call',
      content,
    });
    expect(res?.statusCode, res?.body).toBe(201);
  };
  await walkIn('dh-hx', '湖心社區5棟門口的路燈壞了，晚上黑漆漆的');
  await walkIn('dh-jq', '锦泉社区西门的路灯不亮好久了，夜里走路不安全');
  await walkIn('nl-lt', '柳塘村广场舞音响太吵了，晚上十点还在放');
  await walkIn('nl-dp', '大坪村跳广场舞的噪音扰民');
});
afterAll(() => demo?.close());

describe('grid screening agrees with the similar-submissions panel', () => {
  it.each(['dh', 'nl'])('puts every pair the panel shows as alike at %s into one screening group', async (code) => {
    const pool = await screeningPool(code);
    const { groups, scanned } = await screening(code);
    expect(scanned).toBe(pool.length);
    const groupOf = new Map(groups.flatMap((g, i) => g.submissions.map((s) => [s.id, i] as const)));
    const pairs = await panelPairs(code, pool);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, b, similarity] of pairs) {
      expect(similarity).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD);
      expect(groupOf.get(a), `${a} and ${b} are alike (${similarity})`).toBeDefined();
      expect(groupOf.get(a)).toBe(groupOf.get(b));
    }
  });

  it.each(['dh', 'nl'])('makes every screening group at %s of pairs the panel shows, joined up', async (code) => {
    const pool = await screeningPool(code);
    const { groups } = await screening(code);
    const pairs = await panelPairs(code, pool);
    for (const g of groups) {
      // the group's members reached from its first one through the panel's pairs: all of them
      const members = new Set(g.submissions.map((s) => s.id));
      const reached = new Set([g.submissions[0]?.id]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const [a, b] of pairs)
          if (members.has(a) && members.has(b) && reached.has(a) !== reached.has(b)) {
            reached.add(a).add(b);
            grew = true;
          }
      }
      expect([...reached].sort()).toEqual([...members].sort());
    }
  });

  it('offers the demo’s e-bike reports of 东湖街道 as one group, and its street-light reports as another', async () => {
    const pool = await screeningPool('dh');
    const about = (word: string) =>
      pool
        .filter((p) => p.content.includes(word))
        .map((p) => p.id)
        .sort();
    const { groups } = await screening('dh');
    const bikes = groups.find((g) => g.keywords.includes('电动车'));
    expect(bikes?.submissions.map((s) => s.id).sort()).toEqual(about('电动车'));
    expect(about('电动车')).toHaveLength(4);
    expect(bikes?.keywords).toContain('电动车');
    expect(bikes?.keywords.some((k) => k.startsWith('充电'))).toBe(true);
    const lamps = groups.find((g) => g.keywords.includes('路灯'));
    // the demo's two stairwell-light reports (路灯坏了 / 楼梯间的灯一直不亮) and this file's 繁體 one
    const lampReports = [...about('路灯'), ...about('路燈'), ...about('灯一直不亮')].sort();
    expect(lamps?.submissions.map((s) => s.id).sort()).toEqual(lampReports);
    expect(lampReports).toHaveLength(4);
    expect(lamps?.size).toBe(4);
    // the property-fee report is alike to nothing: in no group
    const grouped = groups.flatMap((g) => g.submissions.map((s) => s.id));
    for (const id of about('物業費')) expect(grouped).not.toContain(id);
  });
});
