import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db';
import { nextCode } from '../platform/db/codes';
import {
  consensusItems,
  consultationSteps,
  consultations,
  dissents,
  opinions,
  outcomeRecipients,
  outcomes,
  participants,
  planItems,
  statements,
  statementVotes,
  submissionEvents,
  submissions,
  topicSubmissions,
  topics,
} from '../platform/db/schema';

const DAY = 86_400_000;
const token = () => randomBytes(16).toString('base64url');
const ALL_MET = {
  small_scope: true,
  precise_aim: true,
  broad_relevance: true,
  leadership_priority: true,
  public_expectation: true,
  cppcc_capable: true,
};

type Ids = { places: Map<string, string>; accounts: Map<string, string> };
const need = (m: Map<string, string>, k: string) => {
  const v = m.get(k);
  if (!v) throw new Error(`demo: missing ${k}`);
  return v;
};

/**
 * The deliberation half of the demo (议题 → 协商 → 共识 → 成果), after the field report on seed-corn
 * fees: 南岭镇 took a village's submission as a topic, put it in the year's plan, held a field
 * consultation (田间议事) by the four-step method, agreed three items and sent a 建议案 to the
 * district government, which adopted it. 东湖街道 has a member's proposed topic waiting for screening and an online
 * consultation open this week.
 */
export async function seedDemoDeliberation(tx: DbOrTx, { places, accounts }: Ids) {
  // returns the 建议案 and its consensus items, which the follow-through half carries out
  const now = Date.now();
  const nl = need(places, 'nl');
  const dh = need(places, 'dh');
  const liaisonNl = need(accounts, 'liaison.nanling');
  const liaisonDh = need(accounts, 'liaison.donghu');
  const wang = need(accounts, 'member.wang');
  const zhao = need(accounts, 'member.zhao');
  const leader = need(accounts, 'leader');
  const gov = need(accounts, 'leader.gov');

  // 群众出题 → 议题 (screened in) → 年度计划 (approved)
  const [seedCorn] = await tx
    .select({ id: submissions.id })
    .from(submissions)
    .where(eq(submissions.placeId, need(places, 'nl-sq')));
  const topicCode = await nextCode(tx, 'YT');
  const [topic] = await tx
    .insert(topics)
    .values({
      code: topicCode,
      placeId: nl,
      title: '玉米制种费用结算与病虫害统防统治',
      description: '石桥村等制种村反映制种费用结算迟、病虫害防治各自为战，需镇、企业、农户三方协商。',
      source: 'submission',
      urgency: 'major',
      status: 'concluded',
      screening: ALL_MET,
      screeningReason: '涉及全镇制种户切身利益，企业与农户均愿意协商。',
      screenedById: liaisonNl,
      screenedAt: new Date(now - 20 * DAY),
      proposedById: liaisonNl,
      createdAt: new Date(now - 21 * DAY),
    })
    .returning({ id: topics.id });
  const topicId = topic?.id as string;
  if (seedCorn) {
    await tx.insert(topicSubmissions).values({ topicId, submissionId: seedCorn.id });
    // its clock stood still from the day it became a topic (议题审议中: not overdue)
    await tx
      .update(submissions)
      .set({ clockStoppedAt: new Date(now - 21 * DAY) })
      .where(eq(submissions.id, seedCorn.id));
    await tx.insert(submissionEvents).values({
      submissionId: seedCorn.id,
      kind: 'topic',
      isPublic: true,
      data: { topicId, code: topicCode, title: '玉米制种费用结算与病虫害统防统治' },
      at: new Date(now - 21 * DAY),
    });
  }
  await tx.insert(planItems).values({
    placeId: need(places, 'qh'),
    year: new Date().getFullYear(),
    topicId,
    plannedMonth: new Date(now - 10 * DAY).getMonth() + 1,
    status: 'approved',
    proposedById: liaisonNl,
    decidedById: leader,
    decidedAt: new Date(now - 18 * DAY),
  });

  // 田间议事 by the four-step method, concluded with three consensus items and one dissent
  const startsAt = new Date(now - 7 * DAY);
  const [c] = await tx
    .insert(consultations)
    .values({
      code: await nextCode(tx, 'XS'),
      topicId,
      placeId: nl,
      title: '玉米制种费用结算田间协商会',
      form: 'on_site',
      venue: '石桥村制种基地田间',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      status: 'concluded',
      procedureName: '四步工作法',
      preStudy:
        '镇联络员和王海燕委员走访制种户32户、合作社和种业公司各1家，梳理出结算周期、扣款标准、统防统治三类问题。',
      summary: '三方同意缩短结算周期、公开扣款标准，并由合作社牵头统防统治。',
      signInToken: token(),
      concludedAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      createdById: liaisonNl,
      createdAt: new Date(now - 12 * DAY),
    })
    .returning({ id: consultations.id });
  const consultationId = c?.id as string;
  const steps = ['网格巡查听民意', '调查研究定议题', '民主协商议民事', '多方共治抓管理'];
  await tx.insert(consultationSteps).values(
    steps.map((name, i) => ({
      consultationId,
      position: i + 1,
      name,
      isRequired: i < 3,
      output: i === 3 ? '合作社牵头成立统防统治服务队。' : null,
      completedAt: new Date(startsAt.getTime() + i * 1_800_000),
      completedById: liaisonNl,
    })),
  );
  const people = [
    { accountId: wang, name: '王海燕', affiliation: '区政协委员（农业界）', kind: 'member' as const },
    { accountId: liaisonNl, name: '马强', affiliation: '南岭镇政协联络员', kind: 'staff' as const },
    { accountId: null, name: '石建国', affiliation: '石桥村制种户', kind: 'resident_rep' as const },
    { accountId: null, name: '刘桂兰', affiliation: '柳塘村制种户', kind: 'resident_rep' as const },
    { accountId: null, name: '郑伟', affiliation: '南岭农业专业合作社', kind: 'expert' as const },
    { accountId: null, name: '孙晓东', affiliation: '禾丰种业公司', kind: 'stakeholder' as const },
  ];
  const ps = await tx
    .insert(participants)
    .values(
      people.map((p, i) => ({
        consultationId,
        ...p,
        attendedAt: new Date(startsAt.getTime() - 600_000 + i * 60_000),
        attendanceMethod: i < 4 ? 'qr' : 'ticked',
      })),
    )
    .returning({ id: participants.id, name: participants.name });
  const pid = (name: string) => ps.find((p) => p.name === name)?.id ?? null;
  await tx.insert(opinions).values([
    {
      consultationId,
      participantId: pid('石建国'),
      speakerName: '石建国',
      stance: 'oppose',
      text: '去年的制种款拖到今年春天才结清，农户买农资要先借钱。',
      recordedById: liaisonNl,
    },
    {
      consultationId,
      participantId: pid('孙晓东'),
      speakerName: '孙晓东',
      stance: 'neutral',
      text: '公司资金要等种子检验合格后才能回笼，可以分两次结算。',
      recordedById: liaisonNl,
    },
    {
      consultationId,
      participantId: pid('郑伟'),
      speakerName: '郑伟',
      stance: 'suggestion',
      text: '合作社可以统一组织飞防，费用比各家自己打药低三成。',
      recordedById: liaisonNl,
    },
    {
      consultationId,
      participantId: pid('王海燕'),
      speakerName: '王海燕',
      stance: 'support',
      text: '建议把扣款标准写进合同并在村务公开栏公示。',
      recordedById: liaisonNl,
    },
  ]);
  const agreed = [
    '制种款分两次结算：交种后30日内预付70%，检验合格后15日内结清。',
    '扣款标准写入制种合同，在各村村务公开栏公示。',
    '由南岭农业专业合作社牵头统防统治，费用按亩分摊。',
  ];
  const items = await tx
    .insert(consensusItems)
    .values(agreed.map((text, i) => ({ consultationId, number: i + 1, text })))
    .returning({ id: consensusItems.id });
  await tx.insert(dissents).values({
    consultationId,
    consensusItemId: items[2]?.id ?? null,
    holderName: '刘桂兰',
    text: '统防统治费用按亩分摊对小户不公平，希望按实际用药结算。',
  });

  // 建议案 sent to the district government, which replied and adopted it
  const [o] = await tx
    .insert(outcomes)
    .values({
      code: await nextCode(tx, 'CG'),
      consultationId,
      placeId: nl,
      type: 'recommendation',
      title: '关于规范玉米制种费用结算的建议案',
      body: '南岭镇是全区玉米制种主产区。经田间协商，镇政府、种业公司、合作社和制种户代表就制种费用结算和统防统治达成三项共识。\n建议区农业农村局督促种业公司按共识修订制种合同，并将结算时限纳入企业信用评价。',
      status: 'answered',
      consensusItemIds: items.map((i) => i.id),
      createdById: liaisonNl,
      // drafted the day after the meeting, sent the day after that
      createdAt: new Date(now - 6 * DAY),
      sentAt: new Date(now - 5 * DAY),
    })
    .returning({ id: outcomes.id });
  await tx.insert(outcomeRecipients).values({
    outcomeId: o?.id as string,
    accountId: gov,
    sentById: liaisonNl,
    sentAt: new Date(now - 5 * DAY),
    readAt: new Date(now - 5 * DAY + 3_600_000),
    reply: '建议案切实可行。由区农业农村局牵头督促种业公司修订制种合同，区市场监管局将结算时限纳入企业信用评价。',
    verdict: 'adopted',
    repliedAt: new Date(now - 4 * DAY - 3_600_000),
  });

  const answered = { outcomeId: o?.id as string, consensusItemIds: items.map((i) => i.id) };

  // 委员荐题 waiting for screening, and an online consultation open this week
  await tx.insert(topics).values({
    code: await nextCode(tx, 'YT'),
    placeId: dh,
    title: '老旧小区加装电梯费用分摊',
    description: '赵立新委员在走访中了解到，桃园、锦泉两个社区的老旧小区加装电梯因低层住户分摊意见不一而搁置。',
    source: 'member',
    urgency: 'minor',
    proposedById: zhao,
  });
  const [t3] = await tx
    .insert(topics)
    .values({
      code: await nextCode(tx, 'YT'),
      placeId: dh,
      title: '社区老年助餐点选址',
      description: '街道计划新建两处老年助餐点，选址听取居民意见。',
      source: 'leader',
      urgency: 'minor',
      status: 'in_consultation',
      screening: ALL_MET,
      screenedById: liaisonDh,
      screenedAt: new Date(now - 3 * DAY),
      proposedById: leader,
    })
    .returning({ id: topics.id });
  const [online] = await tx
    .insert(consultations)
    .values({
      code: await nextCode(tx, 'XS'),
      topicId: t3?.id as string,
      placeId: dh,
      title: '老年助餐点选址网络议事',
      form: 'online',
      startsAt: new Date(now - DAY),
      endsAt: new Date(now + 7 * DAY),
      status: 'in_progress',
      procedureName: '说→商→办→评',
      signInToken: token(),
      publicToken: token(),
      createdById: liaisonDh,
    })
    .returning({ id: consultations.id });
  const onlineId = online?.id as string;
  await tx.insert(consultationSteps).values(
    ['说事', '商事', '办事', '评事'].map((name, i) => ({
      consultationId: onlineId,
      position: i + 1,
      name,
      isRequired: i < 3,
      // 办事、评事 follow the meeting: carried out by the outcome's tasks
      phase: i >= 2 ? ('after' as const) : ('meeting' as const),
    })),
  );
  const said = [
    ['r:demo-1', '居民', '助餐点最好设在桃园社区活动中心一楼，老人不用爬楼。'],
    ['r:demo-2', '居民', '锦泉菜市场旁边人流大，顺路买菜吃饭很方便。'],
    ['r:demo-3', '居民', '助餐点要有送餐上门，行动不便的老人去不了。'],
    [`a:${zhao}`, '赵立新委员', '建议先试点三个月，再根据就餐人数调整。'],
  ] as const;
  const sts = await tx
    .insert(statements)
    .values(said.map(([authorKey, authorName, text]) => ({ consultationId: onlineId, authorKey, authorName, text })))
    .returning({ id: statements.id });
  const votes: [number, string, 'agree' | 'disagree' | 'pass'][] = [
    [0, 'r:demo-2', 'agree'],
    [0, 'r:demo-3', 'agree'],
    [0, `a:${zhao}`, 'agree'],
    [1, 'r:demo-1', 'disagree'],
    [1, 'r:demo-3', 'disagree'],
    [1, `a:${zhao}`, 'agree'],
    [2, 'r:demo-1', 'agree'],
    [2, 'r:demo-2', 'agree'],
    [2, `a:${zhao}`, 'agree'],
    [3, 'r:demo-1', 'pass'],
    [3, 'r:demo-2', 'agree'],
  ];
  await tx
    .insert(statementVotes)
    .values(votes.map(([i, voterKey, vote]) => ({ statementId: sts[i]?.id as string, voterKey, vote })));
  // every author agrees with their own statement (as the online module counts it)
  await tx.insert(statementVotes).values(
    said.map(([authorKey], i) => ({
      statementId: sts[i]?.id as string,
      voterKey: authorKey,
      vote: 'agree' as const,
    })),
  );
  return answered;
}
