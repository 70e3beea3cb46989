import { createHash, randomBytes } from 'node:crypto';
import { reviewDueFrom } from '../modules/outcomes';
import { seedDemoClosedSubmission } from '../modules/submissions';
import type { DbOrTx } from '../platform/db';
import { nextCode } from '../platform/db/codes';
import { consensusItems, consultations, evaluations, outcomeRecipients, outcomes, topics } from '../platform/db/schema';
import { seedTask, type Who } from './demo-tasks';

const DAY = 86_400_000;
type Ids = { places: Map<string, string>; accounts: Map<string, string> };

/**
 * An older case of 柳塘村, carried all the way: a villager's complaint about the irrigation canal
 * became a topic, a courtyard consultation (院坝协商) five months ago agreed on its upkeep, 区农业农村局
 * adopted it, its task was accepted (验收) a little over three months ago — closing the villager's
 * submission, which they rated — and leaders and residents evaluated it (三评); its revisit (回头看)
 * is due now.
 */
export async function seedDemoCarriedOut(tx: DbOrTx, { places }: Ids, people: { ma: Who; nongye: Who; zhang: Who }) {
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const lt = places.get('nl-lt') as string;
  const { ma, nongye } = people;

  const [topic] = await tx
    .insert(topics)
    .values({
      code: await nextCode(tx, 'YT', at(-160)),
      placeId: lt,
      title: '柳塘村灌溉水渠清淤和管护',
      description: '柳塘村主灌溉水渠淤塞、护坡垮塌，春灌时下游农田缺水，管护责任不清。',
      source: 'grid_screening',
      urgency: 'minor',
      status: 'concluded',
      proposedById: ma.id,
      createdAt: at(-160),
    })
    .returning({ id: topics.id, code: topics.code });
  const startsAt = at(-150);
  const [c] = await tx
    .insert(consultations)
    .values({
      code: await nextCode(tx, 'XS', startsAt),
      topicId: topic?.id as string,
      placeId: lt,
      title: '柳塘村灌溉水渠管护院坝协商会',
      form: 'on_site',
      venue: '柳塘村党群服务中心院坝',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      status: 'concluded',
      procedureName: '四步工作法',
      summary: '村民、村委会和区农业农村局商定：区里安排清淤护坡，村里按户分段管护。',
      signInToken: randomBytes(16).toString('base64url'),
      concludedAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      createdById: ma.id,
      createdAt: at(-155),
    })
    .returning({ id: consultations.id });
  const items = await tx
    .insert(consensusItems)
    .values(
      ['区农业农村局安排水渠清淤和护坡修复。', '水渠按户分段管护，村委会每季度检查一次。'].map((text, i) => ({
        consultationId: c?.id as string,
        number: i + 1,
        text,
      })),
    )
    .returning({ id: consensusItems.id });
  const carriedOutAt = at(-95);
  const outcomeCode = await nextCode(tx, 'CG', at(-148));
  const [o] = await tx
    .insert(outcomes)
    .values({
      code: outcomeCode,
      consultationId: c?.id as string,
      placeId: lt,
      type: 'agreement',
      title: '柳塘村灌溉水渠管护协议',
      body: '经院坝协商，村民代表、村委会和区农业农村局就灌溉水渠清淤和日常管护达成协议。',
      status: 'carried_out',
      consensusItemIds: items.map((i) => i.id),
      createdById: ma.id,
      sentAt: at(-148),
      carriedOutAt,
      reviewDueAt: reviewDueFrom(carriedOutAt),
      evaluationToken: randomBytes(16).toString('base64url'), // 群众评价 opened: residents rated through it
      createdAt: at(-149),
    })
    .returning({ id: outcomes.id });
  const outcomeId = o?.id as string;
  await tx.insert(outcomeRecipients).values({
    outcomeId,
    accountId: nongye.id,
    sentById: ma.id,
    sentAt: at(-148),
    readAt: at(-147),
    reply: '同意协议内容，已将柳塘村主渠清淤列入本年度小型水利工程计划。',
    verdict: 'adopted',
    repliedAt: at(-145),
  });
  await seedTask(tx, {
    outcomeId,
    placeId: lt,
    consensusItemId: items[0]?.id,
    title: '柳塘村主灌溉水渠清淤和护坡修复',
    owner: nongye,
    createdBy: ma,
    dueAt: at(-100),
    status: 'accepted',
    createdAt: at(-144),
    milestones: [
      ['完成清淤', at(-120), at(-118)],
      ['完成护坡修复', at(-100), at(-98)],
    ],
    steps: [
      {
        kind: 'progress',
        by: nongye,
        at: at(-118),
        note: '主渠1.2公里清淤完成。',
        data: { from: 'not_started', to: 'in_progress' },
      },
      {
        kind: 'done',
        by: nongye,
        at: at(-98),
        note: '护坡修复完成，已通水。',
        data: { from: 'in_progress', to: 'done' },
      },
      {
        kind: 'accepted',
        by: ma,
        at: carriedOutAt,
        note: '经村民代表现场查看，验收通过。',
        data: { from: 'done', to: 'accepted' },
      },
    ],
    extra: { lastProgressAt: at(-98), finishedAt: at(-98), acceptedAt: carriedOutAt, acceptedById: ma.id },
  });

  // the villager who raised it: closed with the outcome, rated it
  await seedDemoClosedSubmission(tx, {
    placeId: lt,
    topic: { id: topic?.id as string, code: topic?.code as string, title: '柳塘村灌溉水渠清淤和管护' },
    outcome: { code: outcomeCode, title: '柳塘村灌溉水渠管护协议' },
    content: '村里主水渠好几年没清过，淤泥堆得老高，护坡也垮了，春灌的时候下游几户的田根本放不进水。',
    at: { raised: at(-170), topic: at(-160), closed: carriedOutAt, rated: at(-93) },
    rating: { satisfaction: 5, comment: '水渠清出来了，今年春灌下游也能放上水，谢谢！' },
  });
  // 三评: the district government's comment, and residents' through the public link
  await tx.insert(evaluations).values([
    {
      outcomeId,
      kind: 'leader',
      accountId: people.zhang.id,
      score: 5,
      comment: '协商议题来自群众、成果落地见效，分段管护的办法可在全区推广。',
      createdAt: at(-92),
    },
    ...[
      [5, '渠通了，水也顺了。'],
      [4, '清淤很及时，希望村里管护能坚持下去。'],
      [5, null],
    ].map(([score, comment], i) => ({
      outcomeId,
      kind: 'resident' as const,
      // a demo resident's device key, hashed as the page would
      voterKey: createHash('sha256').update(`demo-resident-${i}`).digest('base64url'),
      score: score as number,
      comment: comment as string | null,
      createdAt: at(-90 + i),
    })),
  ]);
}
