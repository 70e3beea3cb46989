// The demo's roster (委员名册) of 青禾区政协: 王海燕 and 赵立新 with their profiles, and 33 more
// members over the sectors and levels, each belonging to the district's or a township's
// workstation (委员工作站) and most assigned (下沉) to villages and communities, 2–3 to each — but
// 新苑社区 and 高庄村 have one and 茶湾村 none, so the coverage check has places to show.
import type { MemberLevel, MemberParty, MemberSector } from '../../shared/enums';
import { DEMO_PASSWORD } from '../modules/accounts';
import { maskPhone } from '../modules/members';
import { hashPassword } from '../platform/auth/passwords';
import { makeCipher } from '../platform/crypto';
import type { DbOrTx } from '../platform/db';
import { accounts, grants, memberPlaces, memberProfiles } from '../platform/db/schema';

type Ids = { places: Map<string, string>; accounts: Map<string, string> };

type Demo = {
  username: string;
  name: string;
  gender: 'male' | 'female';
  sector: MemberSector;
  level: MemberLevel;
  party: MemberParty;
  employer: string;
  position: string;
  expertise: string[];
  /** Home place code: the district (区级) or a township; its workstation is theirs too. */
  home: 'qh' | 'dh' | 'nl' | 'xx';
  assigned: string[];
  termStart?: number;
};

// member.wang and member.zhao are accounts of the demo already; the others are made here
const MEMBERS: Demo[] = [
  {
    username: 'member.wang',
    name: '王海燕委员',
    gender: 'female',
    sector: 'agriculture',
    level: 'county',
    party: 'jiusan',
    employer: '南岭镇农业综合服务中心',
    position: '主任',
    expertise: ['种业', '农技推广'],
    home: 'nl',
    assigned: ['nl-sq', 'nl-lt'],
  },
  {
    username: 'member.zhao',
    name: '赵立新委员',
    gender: 'male',
    sector: 'economy',
    level: 'county',
    party: 'dna',
    employer: '东湖建设工程有限公司',
    position: '总工程师',
    expertise: ['老旧小区改造', '加装电梯'],
    home: 'dh',
    assigned: ['dh-ty', 'dh-jq'],
  },
  ...(
    [
      [
        'member.liujm',
        '刘建明',
        'male',
        'economy',
        'county',
        'dna',
        '青禾城市建设投资集团',
        '总经理',
        ['城市建设', '投融资'],
        'qh',
        ['dh-hx'],
      ],
      [
        'member.chenxl',
        '陈晓岚',
        'female',
        'medicine',
        'municipal',
        'pwdp',
        '青禾区人民医院',
        '副院长',
        ['医疗', '公共卫生'],
        'qh',
        ['xx-xxsq'],
      ],
      [
        'member.zhangwh',
        '张文华',
        'male',
        'education',
        'county',
        'apd',
        '青禾区第一中学',
        '校长',
        ['教育'],
        'qh',
        ['dh-jq'],
      ],
      [
        'member.sunli',
        '孙丽',
        'female',
        'women',
        'county',
        'cpc',
        '青禾区妇联',
        '副主席',
        ['妇女儿童', '家庭教育'],
        'qh',
        [],
      ],
      [
        'member.zhoumy',
        '周明远',
        'male',
        'agriculture',
        'provincial',
        'jiusan',
        '省农科院青禾试验站',
        '研究员',
        ['种业', '植保'],
        'qh',
        ['nl-sq'],
      ],
      [
        'member.wuhong',
        '吴虹',
        'female',
        'arts',
        'county',
        'non_party',
        '青禾区文化馆',
        '馆长',
        ['群众文化', '非遗'],
        'qh',
        [],
      ],
      [
        'member.zhengkai',
        '郑凯',
        'male',
        'commerce',
        'municipal',
        'dna',
        '青禾绿源食品有限公司',
        '董事长',
        ['食品加工', '电商'],
        'qh',
        ['xx-ms'],
      ],
      [
        'member.hexq',
        '何雪琴',
        'female',
        'welfare',
        'county',
        'cpc',
        '青禾区民政局',
        '养老服务科科长',
        ['养老服务', '社会救助'],
        'qh',
        ['dh-ty'],
      ],
      [
        'member.linzh',
        '林志恒',
        'male',
        'science',
        'county',
        'jiusan',
        '青禾区水利局',
        '高级工程师',
        ['水利', '防汛'],
        'qh',
        ['nl-lt', 'xx-hy'],
      ],
      [
        'member.guoyan',
        '郭艳',
        'female',
        'press',
        'county',
        'masses',
        '青禾日报社',
        '记者部主任',
        ['新闻宣传'],
        'qh',
        [],
      ],
      [
        'member.mading',
        '马定',
        'male',
        'ethnic_religion',
        'county',
        'non_party',
        '青禾区伊斯兰教协会',
        '会长',
        ['民族宗教'],
        'qh',
        [],
      ],
      [
        'member.huangjq',
        '黄佳琪',
        'female',
        'youth',
        'county',
        'masses',
        '青禾区青年创业协会',
        '秘书长',
        ['青年创业', '直播电商'],
        'qh',
        ['xx-hy'],
      ],
      [
        'member.xusj',
        '徐世杰',
        'male',
        'special',
        'county',
        'cpc',
        '青禾区人民法院（退休）',
        '原副院长',
        ['法律', '人民调解'],
        'qh',
        ['nl-dp'],
      ],
      [
        'member.luohm',
        '罗慧敏',
        'female',
        'social_science',
        'county',
        'dl',
        '中共青禾区委党校',
        '副教授',
        ['基层治理', '社会学'],
        'qh',
        ['dh-hx'],
      ],
      [
        'member.tangyf',
        '唐永峰',
        'male',
        'trade_union',
        'county',
        'cpc',
        '青禾区总工会',
        '副主席',
        ['劳动保障'],
        'qh',
        [],
      ],
      [
        'member.songjw',
        '宋佳文',
        'male',
        'hk_mo_tw',
        'municipal',
        'zgd',
        '青禾侨商会',
        '会长',
        ['侨务', '外贸'],
        'qh',
        [],
      ],
      [
        'member.dengq',
        '邓琴',
        'female',
        'sports',
        'county',
        'masses',
        '青禾区体育中心',
        '副主任',
        ['全民健身'],
        'qh',
        [],
      ],
      [
        'member.yuanhao',
        '袁浩',
        'male',
        'agriculture',
        'municipal',
        'cpc',
        '市农业农村局青禾工作站',
        '站长',
        ['乡村振兴'],
        'qh',
        [],
      ],
      ['member.shenyi', '沈怡', 'female', 'arts', 'county', 'dl', '青禾区图书馆', '副馆长', ['阅读推广'], 'qh', []],
      [
        'member.cuijian',
        '崔建',
        'male',
        'science',
        'provincial',
        'jiusan',
        '省水利水电勘测设计院',
        '教授级高级工程师',
        ['水利规划'],
        'qh',
        [],
      ],
      [
        'member.luxl',
        '陆晓丽',
        'female',
        'commerce',
        'county',
        'dna',
        '青禾经济开发区管委会',
        '招商局副局长',
        ['营商环境'],
        'qh',
        [],
      ],
      [
        'member.fanzq',
        '范志强',
        'male',
        'welfare',
        'county',
        'masses',
        '青禾区残疾人联合会',
        '理事长',
        ['助残服务'],
        'qh',
        [],
      ],
      [
        'member.tianyu',
        '田雨',
        'female',
        'youth_league',
        'county',
        'cpc',
        '共青团青禾区委',
        '副书记',
        ['青少年工作'],
        'qh',
        [],
      ],
      [
        'member.caoyu',
        '曹宇',
        'male',
        'economy',
        'county',
        'masses',
        '东湖物业管理有限公司',
        '经理',
        ['物业管理'],
        'dh',
        ['dh-jq', 'dh-hx'],
      ],
      [
        'member.fengl',
        '冯丽',
        'female',
        'medicine',
        'county',
        'pwdp',
        '东湖街道社区卫生服务中心',
        '主任',
        ['全科医疗', '慢病管理'],
        'dh',
        ['dh-ty'],
      ],
      ['member.yangf', '杨帆', 'male', 'education', 'county', 'apd', '东湖小学', '副校长', ['教育'], 'dh', ['dh-xy']],
      [
        'member.jiangtao',
        '蒋涛',
        'male',
        'agriculture',
        'county',
        'pwdp',
        '南岭农业专业合作社',
        '理事长',
        ['种植', '合作社'],
        'nl',
        ['nl-sq', 'nl-dp'],
      ],
      [
        'member.hanmei',
        '韩梅',
        'female',
        'welfare',
        'county',
        'masses',
        '南岭镇敬老院',
        '院长',
        ['养老服务'],
        'nl',
        ['nl-lt'],
      ],
      [
        'member.qianbo',
        '钱波',
        'male',
        'science',
        'county',
        'jiusan',
        '南岭镇农业技术推广站',
        '农艺师',
        ['农技推广'],
        'nl',
        ['nl-dp', 'nl-gz'],
      ],
      [
        'member.liangyu',
        '梁玉',
        'female',
        'agriculture',
        'county',
        'cpc',
        '西溪茶业专业合作社',
        '理事长',
        ['茶叶', '电商'],
        'xx',
        ['xx-ms'],
      ],
      [
        'member.xiezhm',
        '谢志明',
        'male',
        'medicine',
        'county',
        'masses',
        '西溪乡卫生院',
        '院长',
        ['乡村医疗'],
        'xx',
        ['xx-hy', 'xx-xxsq'],
      ],
      [
        'member.dongl',
        '董磊',
        'male',
        'economy',
        'county',
        'dna',
        '西溪水电站',
        '站长',
        ['水电', '安全生产'],
        'xx',
        ['xx-ms'],
      ],
      [
        'member.pengj',
        '彭洁',
        'female',
        'education',
        'county',
        'apd',
        '西溪中心学校',
        '教师',
        ['留守儿童'],
        'xx',
        ['xx-xxsq'],
        2024,
      ],
    ] as const
  ).map(([username, name, gender, sector, level, party, employer, position, expertise, home, assigned, termStart]) => ({
    username,
    name,
    gender,
    sector,
    level,
    party,
    employer,
    position,
    expertise: [...expertise],
    home,
    assigned: [...assigned],
    termStart,
  })),
];

/** The demo's CPPCC numbers: QH-2022-001 … in roster order (the 第十届 began in 2022). */
const memberNo = (i: number) => `QH-2022-${String(i + 1).padStart(3, '0')}`;
/** A made-up mobile number per member (13x, 11 digits): the demo has no real people's numbers. */
const phoneOf = (i: number) => `13${(i % 7) + 3}${String(50_012_345 + i * 104_729).slice(0, 8)}`;

/**
 * Loads the roster: accounts for the new members (the demo password), every member's profile
 * (phones kept as residents' are, under `secret`; none without one), their workstation and the
 * villages and communities they are assigned to.
 */
export async function seedDemoMembers(tx: DbOrTx, { places, accounts: ids }: Ids, secret?: string) {
  const cipher = secret ? makeCipher(secret) : undefined;
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: every demo account has it
  const place = (code: string) => {
    const id = places.get(code);
    if (!id) throw new Error(`demo: missing place ${code}`);
    return id;
  };
  for (const [i, m] of MEMBERS.entries()) {
    const home = place(m.home);
    let id = ids.get(m.username);
    if (!id) {
      const [row] = await tx
        .insert(accounts)
        .values({ username: m.username, displayName: m.name, passwordHash, homePlaceId: home })
        .returning({ id: accounts.id });
      id = (row as { id: string }).id;
      await tx.insert(grants).values({ accountId: id, placeId: home, role: 'member' });
      ids.set(m.username, id);
    }
    const phone = phoneOf(i);
    await tx.insert(memberProfiles).values({
      accountId: id,
      memberNo: memberNo(i),
      sector: m.sector,
      level: m.level,
      party: m.party,
      gender: m.gender,
      employer: m.employer,
      position: m.position,
      expertise: m.expertise,
      termStart: m.termStart ?? 2022,
      termEnd: 2026,
      phoneCipher: cipher ? cipher.encrypt(phone) : null,
      phoneMasked: cipher ? maskPhone(phone) : null,
    });
    await tx
      .insert(memberPlaces)
      .values([
        { accountId: id, placeId: home, kind: 'workstation' as const },
        ...m.assigned.map((code) => ({ accountId: id, placeId: place(code), kind: 'assigned' as const })),
      ]);
  }
}
