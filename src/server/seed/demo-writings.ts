import { and, asc, eq, ilike, inArray, notInArray } from 'drizzle-orm';
import { DEMO_PASSWORD } from '../modules/accounts';
import { shanghaiHour } from '../platform/calendar';
import type { DbOrTx } from '../platform/db';
import { inSubtreeOfPlace } from '../platform/db/place-path';
import { accounts, grants, memberProfiles, places, submissions } from '../platform/db/schema';
import { seedAccount } from './bootstrap';
import { type Person, type Story, writeStory } from './demo-writing-story';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Ids = { places: Map<string, string>; accounts: Map<string, string> };

const need = (m: Map<string, string>, k: string) => {
  const v = m.get(k);
  if (!v) throw new Error(`demo: missing ${k}`);
  return v;
};

/** What the other members wrote, one each, in the order their profiles are found. */
const OTHERS: Omit<Story, 'forwarded'>[] = [
  {
    kind: 'public_opinion',
    title: '关于规范农村集体经营性建设用地入市收益分配的建议',
    body: '部分村集体土地入市后收益分配方案不公开，群众意见较大。建议镇级统一指导制定收益分配办法，并在村务公开栏公示。',
    status: 'adopted',
    drafted: 0.1,
    submitted: 0.12,
    adopted: 0.16,
  },
  {
    kind: 'proposal',
    title: '关于完善城乡居民医保门诊慢特病待遇的提案',
    body: '目前门诊慢特病认定需往返区医保局，偏远村群众办理不便。建议将认定受理下沉到镇卫生院，并推行线上复审。',
    status: 'forwarded',
    drafted: 0.2,
    submitted: 0.22,
    adopted: 0.27,
  },
  {
    kind: 'public_opinion',
    title: '关于中小学课后服务收费标准不一的情况反映',
    body: '区内各校课后服务收费和内容差异较大，家长反映不透明。建议教育部门统一服务清单和收费标准。',
    status: 'not_adopted',
    drafted: 0.35,
    submitted: 0.37,
    declined: { at: 0.42, reason: '区教育局已出台课后服务收费指导意见，与本信息反映内容重复。' },
  },
  {
    kind: 'public_opinion',
    title: '关于西溪乡茶叶初加工企业用电负荷不足的建议',
    body: '采茶季多家茶叶初加工企业因变压器容量不足频繁停机。建议供电部门在采茶季前完成增容改造。',
    status: 'submitted',
    drafted: 0.88,
    submitted: 0.9,
  },
  {
    kind: 'proposal',
    title: '关于推进社区嵌入式托育服务的提案',
    body: '双职工家庭 3 岁以下婴幼儿照护需求大。建议利用社区闲置用房建设嵌入式托育点，给予场地和运营补贴。',
    status: 'adopted',
    drafted: 0.5,
    submitted: 0.52,
    adopted: 0.58,
  },
  {
    kind: 'public_opinion',
    title: '关于乡村道路安全防护设施缺失的情况反映',
    body: '部分通村公路急弯陡坡处缺少护栏和警示标志，雨季事故风险高。建议交通部门排查并分批完善。',
    status: 'draft',
    drafted: 0.97,
  },
];

/**
 * The office that reviews: the CPPCC account of the district (区政协办公室). The members' demo makes
 * it; when it has not, one is made here, so writings always have their reviewer.
 */
async function officeOf(tx: DbOrTx, districtId: string): Promise<Person> {
  const [found] = await tx
    .select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName })
    .from(grants)
    .innerJoin(accounts, eq(accounts.id, grants.accountId))
    .where(and(eq(grants.role, 'cppcc'), eq(grants.placeId, districtId)))
    .orderBy(asc(accounts.createdAt))
    .limit(1);
  if (found) return found;
  const id = await seedAccount(tx, {
    username: 'cppcc.qinghe',
    displayName: '区政协办公室',
    password: DEMO_PASSWORD,
    homePlaceId: districtId,
    roles: [{ role: 'cppcc', placeId: districtId }],
  });
  return { id, username: 'cppcc.qinghe', displayName: '区政协办公室' };
}

/**
 * Members' own writings (社情民意与提案) for the demo: 王海燕委员's 社情民意 on village elderly care,
 * edited, adopted by the district CPPCC office and forwarded to 张区长; 赵立新委员's proposal on lift
 * installation awaiting review, and a 社情民意 of his returned for data, revised and resubmitted; and
 * one each by other members found on the roster, over this year — adopted, forwarded, declined,
 * waiting, a draft. Each step has its audit event as the use cases write them, so the pages show
 * their steps; the notices of the open ones are filed.
 */
export async function seedDemoWritings(tx: DbOrTx, { places: placeIds, accounts: accountIds }: Ids) {
  const districtId = need(placeIds, 'qh');
  const office = await officeOf(tx, districtId);
  const named = ['member.wang', 'member.zhao', 'leader.gov', 'dept.yibao'].map((u) => need(accountIds, u));
  const people = await tx
    .select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, named));
  const by = (username: string) => {
    const p = people.find((x) => x.id === accountIds.get(username));
    if (!p) throw new Error(`demo: missing ${username}`);
    return p;
  };
  const wang = by('member.wang');
  const zhao = by('member.zhao');
  const now = Date.now();
  const start = shanghaiHour(`${new Date(now + 8 * HOUR).getUTCFullYear()}-01-01`, 9).getTime();
  const days = Math.max(Math.floor((now - start) / DAY), 0);
  // a moment this year, a fraction of the year so far: its day, in office hours (9:00 to 17:00)
  const when = (f: number) => {
    const day = Math.floor(f * days);
    // the minutes grow with the fraction, so two steps on one day keep their order
    return new Date(Math.min(now, start + day * DAY + ((day * 5) % 8) * HOUR + Math.round(f * 50) * MINUTE));
  };

  const scene = { tx, office, when };
  // what 王海燕委员 heard in 柳塘村: the elderly cannot pay for medical insurance on their phones
  const [heard] = await tx
    .select({ id: submissions.id })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .where(and(inSubtreeOfPlace(places.path, need(placeIds, 'nl')), ilike(submissions.content, '%老人%')))
    .limit(1);

  const stories: [Person, Story][] = [];
  stories.push([
    wang,
    {
      kind: 'public_opinion',
      title: '关于加快村级养老服务站建设的建议',
      body:
        '南岭镇 12 个行政村中，60 岁以上老人占常住人口近三成，其中留守、独居老人较多，日间照料、助餐、助医需求突出。\n' +
        '目前全镇仅镇区建有一处养老服务中心，村级养老服务站点覆盖不足，老人就近获得服务困难。\n' +
        '建议：一是依托村党群服务中心闲置用房建设村级养老服务站，统一“四有”标准；二是整合医保、卫健资源开展上门巡诊；三是引导村集体经济收益按比例投入养老服务。',
      status: 'forwarded',
      drafted: 0.8,
      submitted: 0.81,
      edited: { at: 0.83, title: '关于加快推进村级养老服务站建设的建议', note: '标题按信息规范调整' },
      adopted: 0.84,
      forwarded: { at: 0.86, to: [by('leader.gov').id] },
      submissionIds: heard ? [heard.id] : [],
    },
  ]);
  stories.push([
    zhao,
    {
      kind: 'proposal',
      title: '关于东湖街道老旧小区加装电梯的提案',
      body:
        '东湖街道 2000 年前建成的老旧小区 40 余个，多为 6 层无电梯住宅，老年居民上下楼困难。\n' +
        '建议区住建局会同街道制定加装电梯统一流程和补贴标准，推行“一梯一议”协商机制，由社区协商议事会组织居民协商出资比例和低层住户补偿。',
      status: 'submitted',
      drafted: 0.93,
      submitted: 0.95,
    },
  ]);
  stories.push([
    zhao,
    {
      kind: 'public_opinion',
      title: '关于锦泉社区菜市场周边交通拥堵的情况反映',
      body: '锦泉社区菜市场周边早晚高峰拥堵严重，占道经营和乱停车问题突出，群众反映强烈。',
      status: 'submitted',
      drafted: 0.6,
      submitted: 0.62,
      returned: {
        at: 0.65,
        reason: '请补充高峰时段车流量、占道经营摊位数量等具体情况，并提出可操作的建议。',
        revisedBody:
          '锦泉社区菜市场周边早晚高峰拥堵严重：早 7—9 时经过车辆约 1,500 辆次，占道经营摊位 30 余个，非机动车乱停放占用人行道。\n' +
          '建议：一是在市场东侧闲置地块划设临时停车区；二是由街道城管中队会同社区设置规范疏导点；三是高峰时段增派交通协管员。',
        resubmitted: 0.7,
      },
    },
  ]);

  // one writing each by other members on the roster (the members' demo adds them)
  const others = await tx
    .select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName })
    .from(memberProfiles)
    .innerJoin(accounts, eq(accounts.id, memberProfiles.accountId))
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    // the district's own roster: members homed within it
    .where(and(notInArray(accounts.id, [wang.id, zhao.id]), inSubtreeOfPlace(places.path, districtId)))
    .orderBy(asc(memberProfiles.memberNo), asc(accounts.username))
    .limit(OTHERS.length);
  const yibao = by('dept.yibao').id;
  for (const [i, author] of others.entries()) {
    const story = OTHERS[i] as Story;
    stories.push([author, story.status === 'forwarded' ? { ...story, forwarded: { at: 0.3, to: [yibao] } } : story]);
  }
  // written in the order they were submitted, so their codes count up through the year
  const order = (s: Story) => s.submitted ?? s.drafted;
  for (const [author, story] of stories.sort((a, b) => order(a[1]) - order(b[1])))
    await writeStory(scene, author, story);
}
