import { randomBytes } from 'node:crypto';
import type { SubmissionAction, SubmissionStatus } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { categories, submissionEvents, submissions, topicSubmissions } from '../../platform/db/schema';
import { indexText } from '../../platform/text';
import { DEFAULT_DEADLINE_DAYS, dueAtFor, trackingCode } from './rules';

/** Categories residents choose from in the demo district (configurable per place). */
export const DEMO_CATEGORIES = [
  '养老服务',
  '物业管理',
  '交通出行',
  '人居环境',
  '医疗医保',
  '农业生产',
  '邻里纠纷',
  '其他',
];

/** The step that brought a demo item to its status, for its timeline. */
const STEP_TO = {
  received: null,
  grid: 'to_grid',
  community: 'to_community',
  township: 'to_township',
  department: 'to_department',
  solved: 'solve',
  merged: 'merge',
  declined: 'decline',
} as const satisfies Record<SubmissionStatus, SubmissionAction | null>;

const DEMO_ITEMS: { at: string; category: string; status: SubmissionStatus; daysAgo: number; content: string }[] = [
  {
    at: 'dh-ty',
    category: '人居环境',
    status: 'received',
    daysAgo: 0,
    content: '3号楼楼道的路灯坏了好几天，晚上老人上下楼很不方便。',
  },
  {
    at: 'dh-ty',
    category: '交通出行',
    status: 'community',
    daysAgo: 3,
    content: '小区电动车乱停在消防通道，希望划定充电停车区域。',
  },
  {
    at: 'dh-jq',
    category: '物业管理',
    status: 'received',
    daysAgo: 4,
    content: '物業費上漲沒有公示，希望社區協調物業公開收支。',
  },
  {
    at: 'nl-sq',
    category: '农业生产',
    status: 'township',
    // before 南岭镇 took it up as a topic, three weeks ago (seed/demo-deliberation.ts)
    daysAgo: 24,
    content: '今年玉米制种费用结算迟迟没到账，希望镇里协调企业按时付款。',
  },
  {
    at: 'nl-lt',
    category: '医疗医保',
    status: 'solved',
    daysAgo: 12,
    content: '村里老人不会用手机办医保缴费，希望有人上门帮忙。',
  },
  // three more on charging e-bikes across 东湖街道: what grid screening (网格筛题) groups into one topic
  {
    at: 'dh-jq',
    category: '交通出行',
    status: 'received',
    daysAgo: 1,
    content: '锦泉社区电动车没有地方充电，有人从楼上拉电线充电，很危险。',
  },
  {
    at: 'dh-hx',
    category: '交通出行',
    status: 'received',
    daysAgo: 2,
    content: '湖心社区电动车充电难，楼道里停满电动车，希望建集中充电桩。',
  },
  {
    at: 'dh-xy',
    category: '交通出行',
    status: 'grid',
    daysAgo: 5,
    content: '新苑小区电动车充电桩太少，晚上排队充电，希望增加充电桩。',
  },
  // a second resident on the broken stairwell lights, in other words: the similar panel links the two
  {
    at: 'dh-ty',
    category: '人居环境',
    status: 'received',
    daysAgo: 1,
    content: '我们3号楼楼梯间的灯一直不亮，黑灯瞎火的，上个礼拜我妈下楼差点摔了，麻烦物业来修一下。',
  },
  {
    at: 'xx-ms',
    category: '人居环境',
    status: 'grid',
    daysAgo: 2,
    content: '村口垃圾收集点清运不及时，夏天气味很大。',
  },
];

/** Demo categories at the district and a few residents' submissions in different states. */
export async function seedDemoSubmissions(tx: DbOrTx, districtId: string, placeIds: Map<string, string>) {
  const cats = await tx
    .insert(categories)
    .values(DEMO_CATEGORIES.map((name, i) => ({ placeId: districtId, name, sortOrder: i })))
    .returning({ id: categories.id, name: categories.name });
  const catId = new Map(cats.map((c) => [c.name, c.id]));
  for (const item of DEMO_ITEMS) {
    const placeId = placeIds.get(item.at);
    if (!placeId) continue;
    const at = new Date(Date.now() - item.daysAgo * 86_400_000);
    // sorted (or solved) a day after it came in, so its steps read in order on the tracking page
    const stepAt = new Date(Math.min(Date.now(), at.getTime() + 86_400_000));
    const [row] = await tx
      .insert(submissions)
      .values({
        trackingCode: trackingCode((n) => randomBytes(n)),
        placeId,
        scannedPlaceId: placeId,
        categoryId: catId.get(item.category) ?? null,
        channel: 'qr',
        content: item.content,
        ...indexText(item.content),
        status: item.status,
        dueAt: dueAtFor(item.status, at, DEFAULT_DEADLINE_DAYS),
        solvedAt: item.status === 'solved' ? stepAt : null,
        createdAt: at,
      })
      .returning({ id: submissions.id });
    const id = row?.id as string;
    await tx.insert(submissionEvents).values({ submissionId: id, kind: 'submitted', isPublic: true, at });
    const kind = STEP_TO[item.status];
    if (kind) {
      await tx.insert(submissionEvents).values({
        submissionId: id,
        kind,
        isPublic: item.status === 'solved',
        note: item.status === 'solved' ? '网格员已上门帮助缴费，并教会家属使用手机缴费。' : null,
        at: stepAt,
      });
    }
  }
}

type ClosedByOutcome = {
  placeId: string;
  topic: { id: string; code: string; title: string };
  outcome: { code: string; title: string };
  content: string;
  /** when it came in, became a topic, was closed with its carried-out outcome, and was rated */
  at: { raised: Date; topic: Date; closed: Date; rated: Date };
  rating: { satisfaction: number; comment: string };
};

/**
 * A resident's submission that went all the way: taken up in a topic, closed when the topic's
 * outcome was carried out (已落实), and rated by the resident — as the tracking page shows it.
 */
export async function seedDemoClosedSubmission(tx: DbOrTx, s: ClosedByOutcome) {
  const [row] = await tx
    .insert(submissions)
    .values({
      trackingCode: trackingCode((n) => randomBytes(n)),
      placeId: s.placeId,
      scannedPlaceId: s.placeId,
      channel: 'qr',
      content: s.content,
      ...indexText(s.content),
      status: 'solved',
      solvedAt: s.at.closed,
      residentSaysSolved: true,
      satisfaction: s.rating.satisfaction,
      ratingComment: s.rating.comment,
      ratedAt: s.at.rated,
      createdAt: s.at.raised,
      updatedAt: s.at.rated,
    })
    .returning({ id: submissions.id, trackingCode: submissions.trackingCode });
  const id = row?.id as string;
  await tx.insert(topicSubmissions).values({ topicId: s.topic.id, submissionId: id });
  const rating = { solved: true, satisfaction: s.rating.satisfaction, comment: s.rating.comment };
  await tx.insert(submissionEvents).values([
    { submissionId: id, kind: 'submitted', isPublic: true, at: s.at.raised },
    {
      submissionId: id,
      kind: 'topic',
      isPublic: true,
      // as submissionsJoinTopic writes it
      data: { topicId: s.topic.id, code: s.topic.code, title: s.topic.title },
      at: s.at.topic,
    },
    {
      submissionId: id,
      kind: 'outcome_carried_out',
      isPublic: true,
      data: { outcomeCode: s.outcome.code, outcomeTitle: s.outcome.title },
      at: s.at.closed,
    },
    { submissionId: id, kind: 'rated', isPublic: true, note: s.rating.comment, data: rating, at: s.at.rated },
  ]);
  return { id, trackingCode: row?.trackingCode as string };
}
