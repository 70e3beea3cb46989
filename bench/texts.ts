// Realistic submissions for the benchmarks: what residents write about street lights, parking,
// rubbish, elderly care, medical insurance, property management, noise, leaks … from templates.
import * as OpenCC from 'opencc-js';

/** A small deterministic random generator (mulberry32), so every run writes the same texts. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

type Topic = { problems: readonly string[]; impacts: readonly string[]; asks: readonly string[] };

const TOPICS: Record<string, Topic> = {
  路灯: {
    problems: ['的路灯坏了', '的几盏路灯一直不亮', '的路灯晚上忽明忽暗', '新修的路上没有装路灯', '的路灯杆被车撞歪了'],
    impacts: ['晚上走路看不清，老人和孩子容易摔倒', '夜里出行很不安全', '天一黑整条路都是黑的，电动车经常撞到人'],
    asks: ['希望尽快派人维修', '请有关部门尽快处理', '希望能加装几盏路灯'],
  },
  停车: {
    problems: [
      '乱停车现象严重',
      '电动车随意停放，堵住了消防通道',
      '停车位太少，车辆都停到人行道上',
      '外来车辆长期占用车位',
    ],
    impacts: ['救护车和消防车都进不来', '居民出门很不方便，经常发生口角', '行人只能走到马路中间，很危险'],
    asks: ['希望规划一些停车位', '请加强管理，划定停车区域', '建议安装道闸，外来车辆收费'],
  },
  垃圾: {
    problems: ['的垃圾桶满了没人清运', '垃圾堆放了好几天，已经发臭', '的建筑垃圾一直没人清理', '垃圾分类点设置不合理'],
    impacts: ['夏天苍蝇蚊子特别多', '气味很大，窗户都不敢开', '下雨后污水流到路上'],
    asks: ['希望增加清运次数', '请环卫部门尽快清理', '建议把垃圾点挪远一些'],
  },
  养老: {
    problems: [
      '老人吃饭难，附近没有老年食堂',
      '独居老人平时没人照看',
      '的养老服务中心活动太少',
      '高龄补贴申请不知道去哪里办',
    ],
    impacts: ['子女都在外地打工，老人生活很困难', '有老人在家摔倒好几天才被发现', '老人们平时没有地方去'],
    asks: ['希望办一个老年食堂', '建议安排志愿者定期上门探望', '希望多组织一些文体活动'],
  },
  医保: {
    problems: [
      '医保报销流程太复杂',
      '城乡居民医保缴费不知道去哪里办',
      '门诊慢特病认定要跑好几趟',
      '异地就医备案手续太麻烦',
    ],
    impacts: ['老年人不会用手机办理', '来回跑了很多次都没有办成', '看病的钱一直报不下来'],
    asks: ['希望在村里设置代办点', '请简化办理流程', '希望有工作人员上门指导'],
  },
  物业: {
    problems: ['物业服务差，电梯经常坏', '物业费上涨没有公示', '物业不管绿化，杂草丛生', '物业保安经常不在岗'],
    impacts: ['住在高层的老人上下楼很困难', '业主意见很大，很多人拒交物业费', '小区环境越来越差'],
    asks: ['希望街道督促物业整改', '请帮助成立业主委员会', '建议公开物业收支情况'],
  },
  噪音: {
    problems: ['广场舞音响声音太大', '夜间施工噪音扰民', '的烧烤店晚上太吵', '工厂机器整夜运转'],
    impacts: ['晚上十点以后还在响，孩子没法休息', '老人心脏不好，被吵得睡不着', '第二天上班一点精神都没有'],
    asks: ['希望规定活动时间', '请城管部门上门处理', '希望协调商户控制音量'],
  },
  漏水: {
    problems: [
      '楼顶漏水，下雨天家里墙面发霉',
      '的自来水管道破裂，路面一直积水',
      '楼上卫生间渗水到我家',
      '地下室长期积水',
    ],
    impacts: ['家具和电器都泡坏了', '冬天结冰路面很滑，已经有人摔倒', '墙皮一块块往下掉'],
    asks: ['希望维修基金能尽快启用', '请供水公司派人抢修', '希望协调楼上住户维修'],
  },
  道路: {
    problems: ['的道路坑坑洼洼', '通往镇上的路一下雨就泥泞不堪', '的人行道地砖松动', '路口没有红绿灯'],
    impacts: ['孩子上学要绕很远的路', '电动车经常在这里翻车', '车辆通过速度很快，行人过马路很危险'],
    asks: ['希望尽快修补路面', '建议硬化道路', '希望增设减速带和红绿灯'],
  },
  排水: {
    problems: ['的下水道堵塞', '一下大雨就内涝', '的排水沟没有盖板', '化粪池满溢'],
    impacts: ['污水漫到院子里', '雨水倒灌进一楼住户家里', '晚上有人掉进沟里受了伤'],
    asks: ['希望尽快疏通', '请加装排水沟盖板', '希望改造雨污管网'],
  },
  充电: {
    problems: ['没有电动车充电桩', '有人从楼上拉电线给电动车充电', '充电桩坏了很久没人修'],
    impacts: ['存在很大的火灾隐患', '大家只好把电池拿回家充电', '楼道里停满了电动车'],
    asks: ['希望多安装一些充电桩', '请物业尽快维修充电设施', '建议设置集中充电棚'],
  },
};

export const TOPIC_NAMES = Object.keys(TOPICS);

const OPENERS = [
  '',
  '',
  '您好，',
  '我是本村村民，',
  '我们小区居民反映：',
  '你好，想反映一个问题：',
  '我是这里的老住户，',
];
const WHERE = [
  '小区东门',
  '村委会门口',
  '菜市场旁边',
  '幼儿园附近',
  '老年活动中心',
  '村口大桥',
  '学校后门',
  '卫生室对面',
  '文化广场西侧',
  '公交站台',
  '农贸市场后面',
  '健身广场',
];
const CONCERNS = ['', '', '附近住户意见很大，', '大家都很着急，', '之前打过电话但一直没人管，', '这个问题拖得太久了，'];
const SINCE = ['已经一个多星期了', '好几个月了', '反映过很多次了', '从上个月开始就这样', '今年以来一直这样', ''];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * One resident's text (about 30–90 characters, 58 on average) on `topic` (a random one when omitted); a share of
 * them written in traditional characters, as some residents do.
 */
export function residentText(rnd: Random, topic = pick(rnd, TOPIC_NAMES)) {
  const t = TOPICS[topic] as Topic;
  const place = rnd() < 0.35 ? `${1 + Math.floor(rnd() * 30)}号楼` : pick(rnd, WHERE);
  const since = pick(rnd, SINCE);
  const text =
    `${pick(rnd, OPENERS)}${place}${pick(rnd, t.problems)}，${since ? `${since}，` : ''}` +
    `${pick(rnd, t.impacts)}。${pick(rnd, CONCERNS)}${pick(rnd, t.asks)}。`;
  return rnd() < 0.05 ? toTraditional(text) : text;
}

export const CHINESE_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱'];

/** A valid mainland mobile number (1[3-9]xxxxxxxxx). */
export const mobile = (rnd: Random) =>
  `1${3 + Math.floor(rnd() * 7)}${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`;
