// The words of the demo's year of members' work (demo-year.ts): what was deliberated where, what was
// said, what members heard from their contacts and on reception days, what communities asked for
// help with, and what members wrote. Picked in turn, so a year reads varied without randomness.

/** A consultation of the year: where (a place code), its topic, and the two items agreed. */
export type ConsultationText = {
  at: string;
  title: string;
  topic: string;
  form: 'meeting' | 'on_site' | 'online';
  consensus: [string, string];
};

export const CONSULTATIONS: ConsultationText[] = [
  {
    at: 'qh',
    title: '城乡居民医保参保缴费便利化专题协商会',
    topic: '提高城乡居民医保缴费便利度',
    form: 'meeting',
    consensus: ['医保缴费纳入村（社区）便民服务代办事项', '对高龄老人开展上门代缴服务'],
  },
  {
    at: 'dh-jq',
    title: '锦泉社区停车难议事会',
    topic: '锦泉花园夜间停车位不足',
    form: 'meeting',
    consensus: ['开放周边两所学校操场夜间错时停车', '小区内划设临时停车位并由业委会管理'],
  },
  {
    at: 'nl-sq',
    title: '石桥村高标准农田管护田间议事',
    topic: '高标准农田建成后管护责任不清',
    form: 'on_site',
    consensus: ['村集体与种粮大户签订管护协议', '管护经费从土地流转收益中列支'],
  },
  {
    at: 'xx-ms',
    title: '梅山村茶园道路修缮院坝协商',
    topic: '梅山茶园生产便道损毁',
    form: 'on_site',
    consensus: ['茶农投工投劳与村集体出资相结合', '雨季前完成两公里便道硬化'],
  },
  {
    at: 'qh',
    title: '中小学课后服务提质专题协商',
    topic: '课后服务内容单一、收费不透明',
    form: 'meeting',
    consensus: ['区教育局公布课后服务清单和收费标准', '引入文化馆、体育中心公益课程进校园'],
  },
  {
    at: 'dh',
    title: '东湖街道背街小巷环境整治协商会',
    topic: '背街小巷占道经营和垃圾乱堆',
    form: 'meeting',
    consensus: ['划定三处便民疏导点', '实行门前三包月度评比'],
  },
  {
    at: 'nl',
    title: '南岭镇农产品冷链物流建设协商',
    topic: '鲜食玉米采后损耗大',
    form: 'meeting',
    consensus: ['镇里协调建设两座产地预冷库', '合作社统一对接冷链运输'],
  },
  {
    at: 'xx-hy',
    title: '河源村饮水安全现场协商',
    topic: '河源村部分组雨季饮水浑浊',
    form: 'on_site',
    consensus: ['水利部门汛前完成水源地清淤', '增设一套净水设备并由村里专人管护'],
  },
  {
    at: 'qh-kfq',
    title: '开发区企业用工对接协商会',
    topic: '园区企业招工难与本地劳动力就业难并存',
    form: 'meeting',
    consensus: ['每季度举办一次园区专场招聘会', '人社部门开展订单式技能培训'],
  },
  {
    at: 'dh-hx',
    title: '湖心社区养老服务站运营议事',
    topic: '社区养老服务站利用率不高',
    form: 'meeting',
    consensus: ['引入专业机构运营并开设助餐服务', '每月组织一次健康义诊'],
  },
  {
    at: 'xx',
    title: '西溪乡茶旅融合发展协商',
    topic: '茶叶产业附加值低',
    form: 'meeting',
    consensus: ['打造一条茶园观光线路', '支持合作社申报地理标志'],
  },
  {
    at: 'nl-dp',
    title: '大坪村人居环境整治院坝会',
    topic: '大坪村生活污水直排',
    form: 'on_site',
    consensus: ['分片建设三处小型污水处理设施', '制定村规民约约束乱排乱倒'],
  },
  {
    at: 'qh',
    title: '“一老一小”服务体系建设网络议事',
    topic: '托育和养老服务供给不足',
    form: 'online',
    consensus: ['利用闲置校舍建设普惠托育点', '推进社区嵌入式养老服务'],
  },
  {
    at: 'xx-xxsq',
    title: '西溪社区物业管理协商会',
    topic: '老旧小区无物业、管理缺位',
    form: 'meeting',
    consensus: ['引入准物业服务，费用按户分摊', '社区党组织牵头成立居民自管小组'],
  },
  {
    at: 'dh-xy',
    title: '新苑社区电动车充电设施议事',
    topic: '电动车飞线充电安全隐患',
    form: 'meeting',
    consensus: ['增设四处集中充电桩', '开展飞线充电专项整治'],
  },
  {
    at: 'qh',
    title: '营商环境优化专题协商会',
    topic: '中小企业融资难、审批慢',
    form: 'meeting',
    consensus: ['推行“一件事一次办”', '设立中小企业应急转贷资金'],
  },
  {
    at: 'nl-gz',
    title: '高庄村土地流转纠纷调处协商',
    topic: '土地流转租金拖欠',
    form: 'on_site',
    consensus: ['村委会牵头核对流转合同', '租金纳入村级监管账户统一支付'],
  },
  {
    at: 'xx-cw',
    title: '茶湾村留守儿童关爱协商',
    topic: '留守儿童课后无人看护',
    form: 'meeting',
    consensus: ['在村党群服务中心开设“四点半课堂”', '组织志愿者结对帮扶'],
  },
  {
    at: 'qh',
    title: '全域旅游发展专题协商会',
    topic: '旅游资源分散、线路不成体系',
    form: 'meeting',
    consensus: ['编制全区乡村旅游线路图', '建立景区与民宿联动营销机制'],
  },
  {
    at: 'dh',
    title: '东湖街道社区食堂运营协商会',
    topic: '社区食堂价格与可持续运营',
    form: 'meeting',
    consensus: ['对高龄和困难老人实行分档补贴', '食堂向周边上班族开放以增加收入'],
  },
  {
    at: 'nl',
    title: '南岭镇秸秆综合利用协商',
    topic: '秸秆禁烧后出路不畅',
    form: 'on_site',
    consensus: ['引进一家秸秆饲料加工企业', '对秸秆还田作业给予补助'],
  },
  {
    at: 'xx',
    title: '西溪乡山区学生上学交通安全协商',
    topic: '山区学生上学路远、搭乘非法营运车辆',
    form: 'meeting',
    consensus: ['开通两条学生定制公交线路', '交警和学校联合开展上下学护送'],
  },
  {
    at: 'qh',
    title: '基层医疗卫生服务能力提升协商会',
    topic: '群众看病往城区跑、基层接不住',
    form: 'meeting',
    consensus: ['推动区医院专家定期到镇卫生院坐诊', '乡村医生培训纳入年度计划'],
  },
  {
    at: 'qh',
    title: '农村集体经济发展专题协商',
    topic: '村集体经济收入来源单一',
    form: 'meeting',
    consensus: ['支持村集体领办合作社', '盘活闲置村部和校舍资产'],
  },
  {
    at: 'nl-lt',
    title: '柳塘村农村公路养护议事',
    topic: '通村公路坑洼、养护缺位',
    form: 'on_site',
    consensus: ['落实路长制，每段路有人管', '村民理事会监督养护质量'],
  },
  {
    at: 'dh-ty',
    title: '桃园社区垃圾分类投放点调整议事',
    topic: '垃圾投放点位置引发邻里矛盾',
    form: 'meeting',
    consensus: ['投放点移至小区东侧空地', '定时定点投放并安排志愿者督导'],
  },
];

/** What members said at a consultation, with its stance. */
export const OPINIONS: { stance: 'support' | 'suggestion' | 'neutral' | 'oppose'; text: string }[] = [
  { stance: 'suggestion', text: '建议先摸清底数，分轻重缓急分步实施，不搞一刀切。' },
  { stance: 'support', text: '同意方案，建议把责任单位和完成时限写进协议。' },
  { stance: 'suggestion', text: '经费可以采取财政补一点、集体出一点、群众筹一点的办法。' },
  { stance: 'neutral', text: '方案总体可行，但要充分听取低收入户的意见。' },
  { stance: 'suggestion', text: '建议请相关部门列席，现场答复政策问题。' },
  { stance: 'support', text: '这件事群众盼了很久，建议尽快落地并定期公示进展。' },
  { stance: 'oppose', text: '收费标准偏高，建议再测算一下群众的承受能力。' },
  { stance: 'suggestion', text: '可以借鉴邻近乡镇的做法，先选一个点试行。' },
  { stance: 'suggestion', text: '建议建立回头看机制，半年后再评一次效果。' },
  { stance: 'support', text: '支持，建议由村（社区）议事会牵头、群众监督。' },
];

/** Topics members recommended that were not taken up (委员荐题, screened out), with the reason. */
export const SCREENED_OUT: { title: string; reason: string }[] = [
  { title: '乡村公交班次偏少', reason: '区交通运输局已列入今年公交线网优化计划，转部门办理。' },
  { title: '农村公路路灯维护不及时', reason: '属于部门日常管护职责，已转交镇村建设办。' },
  { title: '社区健身器材老化', reason: '与已立项的社区公共设施议题重复，并入办理。' },
  { title: '集贸市场周边交通秩序混乱', reason: '已纳入街道背街小巷整治，暂不单独协商。' },
  { title: '村卫生室药品不全', reason: '区卫健局已部署村卫生室药品配备专项检查。' },
  { title: '小区二次供水水质', reason: '需先由供水企业检测，检测结果出来后再议。' },
];

/** Fixed contacts (联系群众) by kind; `{p}` is the place's name. */
export const CONTACT_NAMES = {
  household: ['{p}李家（种粮大户）', '{p}周家（低保户）', '{p}陈家（独居老人户）', '{p}吴家（返乡创业户）'],
  resident: ['{p}刘师傅（退休教师）', '{p}杨大姐（楼栋长）', '{p}何大爷（老党员）', '{p}赵老师（乡村教师）'],
  enterprise: ['青禾兴农农资有限公司', '青禾绿野家庭农场', '东湖便民超市连锁', '西溪云雾茶厂', '青禾顺达物流有限公司'],
  sector_group: [
    '青禾区个体劳动者协会',
    '青禾区老年人协会',
    '青禾区青年创业联盟',
    '青禾区茶叶行业协会',
    '青禾区家政服务协会',
  ],
} as const;

/** What a member talked about with a contact. */
export const CONTACT_SUMMARIES = [
  '上门走访，了解家庭生产生活情况，宣传惠民政策',
  '电话回访上次反映的问题，对方表示已基本解决',
  '座谈了解企业用工和融资情况，对方希望简化审批流程',
  '微信了解近期群众关心的热点，收集到两条意见',
  '走访了解医保缴费和就医报销情况，现场解答政策',
  '参加协会会员座谈，听取行业发展意见',
  '上门了解老人冬季取暖和用电安全情况',
  '电话了解秋收进度和农资价格，暂无新问题',
];

/** What a reception day (委员接待日) heard. */
export const RECEPTION_SUMMARIES = [
  '接待群众，咨询养老保险和医保政策，均当场解答',
  '接待群众：道路坑洼、路灯不亮，已转村（社区）办理',
  '接待群众，反映邻里噪音纠纷，联合调解员现场调解',
  '接待群众：宅基地审批、种粮补贴发放，已答复政策依据',
  '接待群众，反映小区物业服务差，已转社区协调',
  '接待群众：就业创业政策咨询，推荐参加技能培训',
];

/** What a community or township called members for (吹哨报到): the need, the sectors, where. */
export const WHISTLE_NEEDS: {
  at: string;
  need: string;
  sectors: string[];
  expertise: string[];
  location: string;
  did: string;
}[] = [
  {
    at: 'dh-jq',
    need: '锦泉花园两户居民因漏水纠纷矛盾激化，请懂法律、调解的委员帮助调处',
    sectors: ['special', 'social_science'],
    expertise: ['法律', '人民调解'],
    location: '锦泉花园5栋',
    did: '到现场查看漏水点，讲解相邻关系法律规定，双方达成维修费用分担协议。',
  },
  {
    at: 'xx-ms',
    need: '梅山村春茶采摘期遇倒春寒，请懂茶叶种植的委员指导防冻减灾',
    sectors: ['agriculture', 'science'],
    expertise: ['茶叶', '农技推广'],
    location: '梅山村茶园',
    did: '查看茶园冻害情况，指导茶农修剪受冻枝梢、追施速效肥。',
  },
  {
    at: 'dh-hx',
    need: '湖心社区独居老人突发疾病后无人照看，请医疗、养老方面的委员帮助对接服务',
    sectors: ['medicine', 'welfare'],
    expertise: ['养老服务', '全科医疗'],
    location: '湖心社区12栋',
    did: '联系社区卫生服务中心上门随访，协调养老服务站提供助餐。',
  },
  {
    at: 'xx',
    need: '西溪乡汛期山洪隐患点排查，请懂水利防汛的委员参与',
    sectors: ['science'],
    expertise: ['水利', '防汛'],
    location: '西溪乡沿河三村',
    did: '参与排查隐患点 7 处，提出转移避险路线和预警建议。',
  },
  {
    at: 'dh',
    need: '东湖街道辖区餐饮店油烟扰民投诉集中，请懂环保、市场监管的委员出主意',
    sectors: ['economy', 'science'],
    expertise: ['营商环境', '食品加工'],
    location: '东湖街道美食街',
    did: '走访 12 家餐饮店，建议统一加装油烟净化设备并由街道协调补贴。',
  },
  {
    at: 'xx-hy',
    need: '河源村留守儿童暑期安全教育缺人手，请教育界委员帮助开展活动',
    sectors: ['education', 'youth'],
    expertise: ['教育', '留守儿童'],
    location: '河源村党群服务中心',
    did: '组织防溺水安全课两次，联系大学生志愿者开展暑期托管。',
  },
  {
    at: 'dh-xy',
    need: '新苑社区小区改造施工扰民，请懂建筑施工的委员协调施工方案',
    sectors: ['economy'],
    expertise: ['城市建设', '老旧小区改造'],
    location: '新苑小区',
    did: '与施工方、居民代表三方座谈，调整夜间施工时间和材料堆放点。',
  },
  {
    at: 'xx-xxsq',
    need: '西溪社区电商直播培训缺老师，请懂电商的委员帮助授课',
    sectors: ['commerce', 'youth'],
    expertise: ['电商', '直播电商'],
    location: '西溪社区便民服务中心',
    did: '为 30 多名茶农讲授短视频和直播带货技巧，帮助开通网店。',
  },
  {
    at: 'dh-ty',
    need: '桃园社区加装电梯意见征集遇阻，请懂政策的委员帮助释疑',
    sectors: ['economy', 'special'],
    expertise: ['加装电梯', '法律'],
    location: '桃园小区',
    did: '参加楼栋协商会，讲解加装电梯补贴政策和出资分摊办法。',
  },
  {
    at: 'xx-cw',
    need: '茶湾村山体滑坡后道路中断，请懂交通、水利的委员帮助制定抢通方案',
    sectors: ['science', 'economy'],
    expertise: ['水利规划', '城市建设'],
    location: '茶湾村三组',
    did: '现场踏勘，建议先开辟临时便道，并协调交通部门编制修复方案。',
  },
  {
    at: 'dh-jq',
    need: '锦泉社区困难家庭学生开学缺学费，请委员帮助对接助学资源',
    sectors: ['education', 'women'],
    expertise: ['教育', '妇女儿童'],
    location: '锦泉社区居委会',
    did: '对接区教育基金会和爱心企业，为 3 名学生争取助学金。',
  },
  {
    at: 'xx-ms',
    need: '梅山村茶叶滞销，请懂电商、商贸的委员帮助拓宽销路',
    sectors: ['commerce', 'economy'],
    expertise: ['电商', '食品加工'],
    location: '梅山村茶叶合作社',
    did: '联系两家商超和一家电商平台对接采购，帮助销售春茶 800 余斤。',
  },
  {
    at: 'dh-hx',
    need: '湖心社区群租房消防隐患突出，请懂安全生产、法律的委员参与整治',
    sectors: ['special', 'economy'],
    expertise: ['法律', '安全生产'],
    location: '湖心社区7栋、9栋',
    did: '随社区入户排查 20 余户，讲解消防和租赁法规，督促房东整改。',
  },
  {
    at: 'xx-hy',
    need: '河源村村医退休后无人接替，请医疗界委员帮助想办法',
    sectors: ['medicine'],
    expertise: ['乡村医疗', '全科医疗'],
    location: '河源村卫生室',
    did: '协调乡卫生院每周两天派医生坐诊，并帮助村里物色定向培养人选。',
  },
  {
    at: 'dh',
    need: '东湖街道新就业群体（外卖、快递骑手）歇脚难，请委员出主意',
    sectors: ['trade_union', 'youth_league'],
    expertise: ['劳动保障', '青少年工作'],
    location: '东湖街道商业街区',
    did: '走访骑手和站点，推动在 3 处党群服务站设立“暖心驿站”。',
  },
  {
    at: 'xx',
    need: '西溪乡非遗竹编技艺后继乏人，请文化界委员帮助传承推广',
    sectors: ['arts'],
    expertise: ['非遗', '群众文化'],
    location: '西溪乡竹编工坊',
    did: '联系文化馆开设竹编传习班，招收学员 15 人，并推荐参加市非遗展。',
  },
];

/** Subjects members wrote 社情民意 and proposals on (关于…的建议 / 提案). */
export const WRITING_SUBJECTS = [
  '农村生活垃圾分类收运',
  '村级医务室人员短缺',
  '城区学校大班额',
  '老旧小区加装电梯补贴',
  '农村留守老人关爱服务',
  '小微企业首贷贴息',
  '茶叶地理标志品牌保护',
  '乡村客运班线调整',
  '社区嵌入式托育',
  '农村危房改造后续管理',
  '高标准农田后续管护',
  '中小学心理健康教育',
  '基层医保经办服务下沉',
  '电动自行车集中充电设施',
  '农村饮水工程长效管护',
  '夜间经济规范发展',
  '残疾人就业帮扶',
  '非遗传承人培养',
  '全民健身设施补短板',
  '返乡创业人才扶持',
  '农产品冷链物流体系',
  '社区食堂可持续运营',
  '网格员队伍稳定',
  '村集体经济收益分配',
  '城区停车资源共享',
  '农资市场价格监管',
  '乡村医生待遇保障',
  '基层公共文化服务效能',
  '青少年近视防控',
  '防汛预警信息到户',
];

/** Why the office did not adopt a 社情民意 (未采用). */
export const NOT_ADOPTED_REASONS = [
  '所反映问题相关部门已在办理，暂不单独报送。',
  '情况反映较笼统，缺少具体数据和可操作的建议。',
  '与本期已采用信息内容相近，合并处理。',
];

/** The year's training sessions (专题培训 and 以会代训): where, what, hours (tenths), when (fraction of the year). */
export const TRAININGS: {
  at: string;
  kind: 'course' | 'meeting';
  title: string;
  description: string;
  venue: string;
  hours: number;
  f: number;
}[] = [
  {
    at: 'qh',
    kind: 'course',
    title: '委员履职能力提升专题培训（春季）',
    description: '学习政协章程和年度协商计划，交流下沉履职经验。',
    venue: '青禾区政协委员之家',
    hours: 30,
    f: 0.15,
  },
  {
    at: 'nl',
    kind: 'meeting',
    title: '南岭镇委员工作站季度例会（以会代训）',
    description: '通报协商成果落实情况，学习协商议事规则。',
    venue: '南岭镇政协委员工作站',
    hours: 15,
    f: 0.35,
  },
  {
    at: 'qh',
    kind: 'course',
    title: '社情民意信息撰写专题辅导',
    description: '讲解社情民意信息的选题、写作和报送要求。',
    venue: '青禾区政协委员之家',
    hours: 20,
    f: 0.5,
  },
  {
    at: 'qh',
    kind: 'course',
    title: '提案撰写与办理协商专题讲座',
    description: '讲解提案选题、撰写规范和办理协商流程。',
    venue: '青禾区政协二楼会议室',
    hours: 20,
    f: 0.7,
  },
];

/** The handout of the writing course (讲义), as the office kept it among the session's materials. */
export const HANDOUT = {
  training: '社情民意信息撰写专题辅导',
  fileName: '社情民意信息撰写要点.docx',
  title: '社情民意信息撰写要点',
  sections: [
    ['一、选题要“小切口”', '围绕群众急难愁盼，一事一报，切口小、立意准，避免大而全。'],
    ['二、情况要“说清楚”', '写明时间、地点、涉及人数和具体数据，讲清问题的来龙去脉和群众的诉求。'],
    ['三、建议要“能落地”', '建议具体、可操作，明确由哪个部门、用什么办法、在什么时间解决。'],
    ['四、报送要“快而准”', '信息形成后通过平台及时提交，区政协办公室审核后采用、报送，采用情况计入委员履职档案。'],
  ] as [string, string][],
};
