// Second, independent labelled check set of residents' submissions (issue 9).
// Used only to confirm that similarity/search tuning done on another set generalises.
// cluster: items describing the same concrete local problem; null = singleton.

export type LabelledItem = {
  id: string;
  cluster: string | null;
  category: '养老服务' | '物业管理' | '交通出行' | '人居环境' | '医疗医保' | '农业生产' | '邻里纠纷' | '其他';
  text: string;
};
export type LabelledQuery = { query: string; relevant: string[] };

export const ITEMS: LabelledItem[] = [
  // e-bike charging: wires hanging from windows of building 12, no charging points
  {
    id: 'c-ebike-1',
    cluster: 'c-ebike',
    category: '物业管理',
    text: '我们12栋三单元有人从五楼窗户吊根电线下来给电瓶车充电，晚上线就挂在一楼窗户外头晃荡，前阵子新闻刚报过电动车起火烧死人的事，物业能不能管一管？',
  },
  {
    id: 'c-ebike-2',
    cluster: 'c-ebike',
    category: '物业管理',
    text: '小区里莫得充电的地方，大家只好私拉电线，物业也不管，希望装几个充电桩。',
  },
  { id: 'c-ebike-3', cluster: 'c-ebike', category: '物业管理', text: '电驴充电太难了 楼下飞线一大把 出了事谁负责' },
  {
    id: 'c-ebike-4',
    cluster: 'c-ebike',
    category: '物业管理',
    text: '本社區12棟樓下每天晚上都有人拉延長線幫電動車充電，線從窗戶垂下來，下雨天還泡在水裡，實在很危險，懇請加設充電櫃。',
  },
  {
    id: 'c-ebike-5',
    cluster: 'c-ebike',
    category: '物业管理',
    text: '俺是12号楼一楼的，俺家窗户外头天天吊着楼上放下来的插线板给小电驴充电，夜里还嗞嗞响，俺老伴有心脏病吓得睡不着，孙子放暑假来住也不敢让他靠窗户，求社区给整个集中充电的棚子，俺们出点钱也行',
  },
  {
    id: 'c-ebike-6',
    cluster: 'c-ebike',
    category: '物业管理',
    text: '建议社区协调供电所在车棚按装智能充电柜，按时计费，从根子上解决飞线问题。',
  },

  // e-bikes blocking the fire lane (hard negative to e-bike charging)
  {
    id: 'c-firelane-1',
    cluster: 'c-firelane',
    category: '物业管理',
    text: '消防通道被电动车堵死了，上回救护车进不来在外面等了十多分钟，物业说管不了',
  },
  {
    id: 'c-firelane-2',
    cluster: 'c-firelane',
    category: '物业管理',
    text: '小区东门那条消防车道天天停满电瓶车三轮车，还有人用链子锁在栏杆上，真着火了消防车咋进得来？',
  },
  {
    id: 'c-firelane-3',
    cluster: 'c-firelane',
    category: '物业管理',
    text: '社區消防通道長期被機車和電動自行車佔用，前幾天有長輩發病，救護車只能停在大馬路邊，家屬用擔架抬出去，希望物業劃線管理。',
  },

  // broken street lights on Xingfu Road
  {
    id: 'c-light-1',
    cluster: 'c-light',
    category: '人居环境',
    text: '幸福路从菜市场到小学那一段路灯坏了快一个月了，晚上黑咕隆咚的，娃儿放学走那段路我心里发慌。',
  },
  {
    id: 'c-light-2',
    cluster: 'c-light',
    category: '人居环境',
    text: '幸福路那几盏灯啥时候修啊？天一黑啥也看不见，昨天有个老人摔了一跤',
  },
  {
    id: 'c-light-3',
    cluster: 'c-light',
    category: '人居环境',
    text: '幸福路靠近菜市場那邊的路燈全部不亮，晚上騎車經過差點撞到人，請儘快派人維修照明。',
  },
  {
    id: 'c-light-4',
    cluster: 'c-light',
    category: '人居环境',
    text: '菜场门口往南走那段照明全灭了，打了12345说登记了，到现在没动静。',
  },

  // new street light glaring into a bedroom (hard negative to broken lights)
  {
    id: 'c-glare-1',
    cluster: 'c-glare',
    category: '人居环境',
    text: '我家楼下新装的路灯正对着卧室窗户，亮得跟白天一样，拉了窗帘都挡不住，整晚睡不好，能不能把灯头调个角度？',
  },
  {
    id: 'c-glare-2',
    cluster: 'c-glare',
    category: '人居环境',
    text: '路边新换的LED灯太刺眼了，直直照进二楼房间，孩子晚上哭闹睡不着，希望加个遮光罩',
  },

  // public toilet at the farmers' market: dirty and locked
  {
    id: 'c-toilet-1',
    cluster: 'c-toilet',
    category: '人居环境',
    text: '农贸市场那个公共厕所臭得进不去，水箱坏了冲不了水，地上全是脏水。',
  },
  {
    id: 'c-toilet-2',
    cluster: 'c-toilet',
    category: '人居环境',
    text: '菜市场的茅房好几天没人打扫，味道飘到摊子上，生意都受影响，我是卖豆腐的，一早四点就出摊，客人都捂着鼻子走',
  },
  {
    id: 'c-toilet-3',
    cluster: 'c-toilet',
    category: '人居环境',
    text: '市場旁邊的公廁門常常鎖著，早上六點就有人來買菜，想上洗手間都找不到地方，老人家很不方便。',
  },
  {
    id: 'c-toilet-4',
    cluster: 'c-toilet',
    category: '人居环境',
    text: '市场厕所脏乱差还老锁门，建议派专人保洁，早上早点开门',
  },

  // cracked village bridge at Lijiawan
  {
    id: 'c-bridge-1',
    cluster: 'c-bridge',
    category: '交通出行',
    text: '俺们李家湾村东头那座石板桥桥墩裂了大口子，护栏也冇得，娃娃们天天走那里上学，大人都提心吊胆。俺孙女今年上二年级，天天早上六点半就得过桥，碰上下雨天桥面又滑，俺都是跟着送到对岸才敢回来，可俺这腿脚也不利索了。去年村里开会说要修，到现在也没见动静，求领导来看看',
  },
  {
    id: 'c-bridge-2',
    cluster: 'c-bridge',
    category: '交通出行',
    text: '李家湾过河的小桥年久失修，桥面塌了一块，拖拉机不敢过，收了玉米要绕五里路。',
  },
  {
    id: 'c-bridge-3',
    cluster: 'c-bridge',
    category: '交通出行',
    text: '村东头的桥啥时候修？去年发大水冲坏了一截，到现在还用木板搭着走',
  },
  {
    id: 'c-bridge-4',
    cluster: 'c-bridge',
    category: '交通出行',
    text: '李家灣那座過河便橋已經裂開，欄杆也斷了，下雨天很滑，希望鎮上派人來鑑定是不是危橋。',
  },

  // pension eligibility certification: face scan fails for the elderly
  {
    id: 'c-pension-1',
    cluster: 'c-pension',
    category: '养老服务',
    text: '每年都要做养老金资格认证，手机刷脸老是过不了，我妈八十多了眼睛睁不大，系统老说不是本人。我在外地打工，每次都得视频教她弄，弄一下午都不行，急死了',
  },
  {
    id: 'c-pension-2',
    cluster: 'c-pension',
    category: '养老服务',
    text: '退休金生存认证啥时候能上门办啊，俺爹瘫在床上，去不了社保所',
  },
  {
    id: 'c-pension-3',
    cluster: 'c-pension',
    category: '养老服务',
    text: '家父每年要做領取養老金的資格認證，APP刷臉一直失敗，社保窗口又要求本人到場，他中風行動不便，能否提供到府認證？',
  },
  {
    id: 'c-pension-4',
    cluster: 'c-pension',
    category: '养老服务',
    text: '请问没有智能手机的老人咋做待遇认证？村里好几个老人不会弄，怕养老钱停发。',
  },

  // not enough kindergarten places
  {
    id: 'c-kinder-1',
    cluster: 'c-kinder',
    category: '其他',
    text: '小区旁边唯一一家公办幼儿园今年只招60个，报名的有两百多，摇号没摇上，私立的一个月三千多实在上不起。',
  },
  {
    id: 'c-kinder-2',
    cluster: 'c-kinder',
    category: '其他',
    text: '我们这片新楼盘住进来好几千户了，规划的配套幼儿园到现在还没开，娃三岁了没地方去',
  },
  {
    id: 'c-kinder-3',
    cluster: 'c-kinder',
    category: '其他',
    text: '孩子入园太难了！公立学位根本不够，能不能把小区那个空着的配套用房改成普惠园？',
  },

  // shared bikes piled at the metro exit
  {
    id: 'c-sharebike-1',
    cluster: 'c-sharebike',
    category: '交通出行',
    text: '地铁站B口的共享单车堆成山，人行道全被占了，推婴儿车只能走机动车道。',
  },
  {
    id: 'c-sharebike-2',
    cluster: 'c-sharebike',
    category: '交通出行',
    text: '地铁口那些小黄车小蓝车乱停乱放，倒了一地也没人扶，盲道全压住了',
  },
  {
    id: 'c-sharebike-3',
    cluster: 'c-sharebike',
    category: '交通出行',
    text: '捷運站出口共享單車亂停，擋住人行道跟導盲磚，視障朋友根本沒辦法走，請要求業者派人整理。',
  },
  {
    id: 'c-sharebike-4',
    cluster: 'c-sharebike',
    category: '交通出行',
    text: '早上上班高峰地铁出口单车挤得连下脚的地方都没有，建议划个停放区，超出的让公司拉走',
  },

  // KTV noise late at night
  {
    id: 'c-ktv-1',
    cluster: 'c-ktv',
    category: '人居环境',
    text: '楼下那家KTV天天唱到凌晨两三点，鬼哭狼嚎的，低音炮震得床都在抖，投诉好几回了',
  },
  {
    id: 'c-ktv-2',
    cluster: 'c-ktv',
    category: '人居环境',
    text: '商业街那个歌厅半夜还在放音乐，关了窗户都听得到，我明天还要上早班',
  },
  {
    id: 'c-ktv-3',
    cluster: 'c-ktv',
    category: '人居环境',
    text: '樓下卡拉OK每晚營業到凌晨，客人喺門口大聲叫、唱歌，吵到成棟樓都瞓唔著，報警幾次都冇用。',
  },
  {
    id: 'c-ktv-4',
    cluster: 'c-ktv',
    category: '人居环境',
    text: '临街那家KTV隔音太差了，能不能要求他们晚上十一点以后把声音关小点或者装隔音墙，孩子明年要高考了。',
  },

  // square-dance music in the community square
  {
    id: 'c-dance-1',
    cluster: 'c-dance',
    category: '邻里纠纷',
    text: '每天晚上七点到九点，小区广场上跳舞放音乐，音响开得老大，家里老人心脏不好受不了',
  },
  {
    id: 'c-dance-2',
    cluster: 'c-dance',
    category: '邻里纠纷',
    text: '广场舞大妈们的音箱能不能小点声？在家上网课的孩子完全听不清老师讲话。',
  },
  {
    id: 'c-dance-3',
    cluster: 'c-dance',
    category: '邻里纠纷',
    text: '社區廣場跳舞的阿姨們每天早上六點就開音響，吵到周邊住戶沒辦法睡覺，希望能協調時間和音量。',
  },

  // barbecue restaurant downstairs: oil smoke and smell
  {
    id: 'c-smell-1',
    cluster: 'c-smell',
    category: '人居环境',
    text: '一楼新开的烧烤店油烟直接往上排，我家在三楼，窗户都不敢开，衣服晾外面全是烤肉味',
  },
  {
    id: 'c-smell-2',
    cluster: 'c-smell',
    category: '人居环境',
    text: '楼下撸串那家的排烟管就在我家阳台底下，一股孜然羊油味熏得人头疼，他家装净化器没有？',
  },
  {
    id: 'c-smell-3',
    cluster: 'c-smell',
    category: '人居环境',
    text: '樓下燒烤店的排煙管對著住戶窗戶，從傍晚到半夜都是油煙味，家裡小孩有氣喘，請環保單位來檢查。',
  },
  {
    id: 'c-smell-4',
    cluster: 'c-smell',
    category: '人居环境',
    text: '餐馆排出来的味道太大了 家里一股子油哈喇味 跟老板讲了他不理',
  },

  // smelly blocked drain in the back lane (hard negative to flooding)
  {
    id: 'c-drainsmell-1',
    cluster: 'c-drainsmell',
    category: '人居环境',
    text: '我们巷子里的下水道一直往上冒臭气，夏天更厉害，走过去都要捂鼻子，苍蝇蚊子也多',
  },
  {
    id: 'c-drainsmell-2',
    cluster: 'c-drainsmell',
    category: '人居环境',
    text: '后街那条阴沟堵了好久了，污水流不走，发臭，住旁边的都不敢开窗',
  },
  {
    id: 'c-drainsmell-3',
    cluster: 'c-drainsmell',
    category: '人居环境',
    text: '後街的排水溝傳出陣陣惡臭，疑似污水管堵塞，附近居民長期受影響，請儘速派人清淤。',
  },

  // flood-prone underpass at the railway station
  {
    id: 'c-underpass-1',
    cluster: 'c-underpass',
    category: '交通出行',
    text: '火车站那个下穿通道一下雨就淹，上周暴雨水深到膝盖，有辆小车熄火在里面，太危险了',
  },
  {
    id: 'c-underpass-2',
    cluster: 'c-underpass',
    category: '交通出行',
    text: '铁路桥底下的涵洞每次下大雨都积水，能不能装个水位警示牌，晚上开车根本看不出来多深。',
  },
  { id: 'c-underpass-3', cluster: 'c-underpass', category: '交通出行', text: '下穿隧道又淹了！！！抽水泵是摆设吗' },
  {
    id: 'c-underpass-4',
    cluster: 'c-underpass',
    category: '交通出行',
    text: '火車站地下道每逢大雨就積水，機車騎過去都熄火，行人只能涉水，建議加大抽水設備並設置警示。',
  },

  // land transfer rent unpaid by the grape company
  {
    id: 'c-land-1',
    cluster: 'c-land',
    category: '农业生产',
    text: '俺家八亩地流转给了种葡萄的那个公司，说好每年腊月给地租，今年都过完年了还没给，找了几回都说没钱',
  },
  {
    id: 'c-land-2',
    cluster: 'c-land',
    category: '农业生产',
    text: '村里的地包给外地老板种葡萄，合同写的一亩八百，两年租金都没付了，人也找不到，我们这些老农民咋办',
  },
  {
    id: 'c-land-3',
    cluster: 'c-land',
    category: '农业生产',
    text: '承包地租给葡萄公司三年了，第二年就开始拖欠流转费，合同是村委会牵头签的，希望村里出面把钱要回来。',
  },

  // pesticide drift from drone spraying on the neighbouring farm
  {
    id: 'c-drift-1',
    cluster: 'c-drift',
    category: '农业生产',
    text: '隔壁大户用无人机打除草剂，药飘到俺家菜地里，辣椒苗全卷叶死了，找他他不认账',
  },
  {
    id: 'c-drift-2',
    cluster: 'c-drift',
    category: '农业生产',
    text: '旁边种植基地用飞机喷药也不打招呼，风一吹全飘过来，我养的二十箱蜜蜂死了一大半。',
  },
  {
    id: 'c-drift-3',
    cluster: 'c-drift',
    category: '农业生产',
    text: '鄰地用無人機噴灑農藥，藥劑飄到我們的果園，葉子都燒焦了，希望有人來鑑定損失並規範噴藥時間。',
  },
  {
    id: 'c-drift-4',
    cluster: 'c-drift',
    category: '农业生产',
    text: '喷药前能不能先通知一声？上回药雾飘进院子，晒的被子和养的鸡都遭了殃',
  },

  // bus stop at the hospital without a shelter
  {
    id: 'c-shelter-1',
    cluster: 'c-shelter',
    category: '交通出行',
    text: '人民医院门口那个公交站连个遮雨棚都没有，老人等车淋雨晒太阳，也没个座位',
  },
  {
    id: 'c-shelter-2',
    cluster: 'c-shelter',
    category: '交通出行',
    text: '医院站台光秃秃一根杆子，夏天等车能晒晕，建议搭个候车亭。',
  },
  {
    id: 'c-shelter-3',
    cluster: 'c-shelter',
    category: '交通出行',
    text: '醫院前面的公車站牌沒有候車亭，下雨天看病的長者只能撐傘站著等，希望加裝遮雨棚跟椅子。',
  },

  // bus line 16 no longer serves Liushu village
  {
    id: 'c-busroute-1',
    cluster: 'c-busroute',
    category: '交通出行',
    text: '16路公交车改线以后不经过我们柳树村了，去镇上得走四十分钟到大路边，老年人赶集太难',
  },
  {
    id: 'c-busroute-2',
    cluster: 'c-busroute',
    category: '交通出行',
    text: '原来的16路咋说停就停？我们上班的只能打车，一天多花二十多块',
  },
  {
    id: 'c-busroute-3',
    cluster: 'c-busroute',
    category: '交通出行',
    text: '建议恢复16路到柳树村的班次，哪怕一天跑三四趟也行',
  },

  // hospital appointments impossible to get
  {
    id: 'c-appoint-1',
    cluster: 'c-appoint',
    category: '医疗医保',
    text: '市中心医院的专家号根本挂不上，早上七点一放号就没了，网上倒是有人加价卖号',
  },
  {
    id: 'c-appoint-2',
    cluster: 'c-appoint',
    category: '医疗医保',
    text: '我们老年人不会用手机挂号，医院现场又不留号，跑了三趟都没看上病',
  },
  {
    id: 'c-appoint-3',
    cluster: 'c-appoint',
    category: '医疗医保',
    text: '中心醫院掛號太難了，網路預約一開放就額滿，黃牛卻能買到號，請相關單位嚴查。',
  },
  {
    id: 'c-appoint-4',
    cluster: 'c-appoint',
    category: '医疗医保',
    text: '给我爸约中心医院心内科的号约了两周还是约不上，能不能多放点号，或者给老人留个窗口？',
  },

  // community clinic opening hours too short
  {
    id: 'c-clinic-1',
    cluster: 'c-clinic',
    category: '医疗医保',
    text: '社区卫生服务站下午四点半就关门了，上班族下班根本赶不上，周末也不开',
  },
  {
    id: 'c-clinic-2',
    cluster: 'c-clinic',
    category: '医疗医保',
    text: '社区医院周六周日休息，娃儿周末半夜发烧啷个办嘛，只能去大医院排长队，能不能周末留个值班的',
  },
  {
    id: 'c-clinic-3',
    cluster: 'c-clinic',
    category: '医疗医保',
    text: '社區衛生站的開診時間太短，晚上和假日都沒開，年輕人要看個小病只能請假，建議延長門診時間。',
  },

  // water meters not read, bills estimated
  {
    id: 'c-meter-1',
    cluster: 'c-meter',
    category: '其他',
    text: '抄表员好几个月不上门，水费都是估的，这个月一下子收我三百多，家里就两个老人',
  },
  {
    id: 'c-meter-2',
    cluster: 'c-meter',
    category: '其他',
    text: '水表读数跟账单对不上，我拍了照片，表上才走了12吨，单子上写28吨',
  },
  {
    id: 'c-meter-3',
    cluster: 'c-meter',
    category: '其他',
    text: '我們這棟的水錶一直沒人來抄，帳單金額每個月亂跳，打電話去自來水公司也說不清楚。',
  },
  {
    id: 'c-meter-4',
    cluster: 'c-meter',
    category: '其他',
    text: '水费搞么子名堂，几个月不来抄表，全靠估，要求按实际读数收费',
  },

  // corroded gas pipes in the old estate
  {
    id: 'c-gas-1',
    cluster: 'c-gas',
    category: '物业管理',
    text: '楼道里的天然气管子锈得厉害，有一段都起皮了，有时候闻到一股煤气味，怕出事',
  },
  {
    id: 'c-gas-2',
    cluster: 'c-gas',
    category: '物业管理',
    text: '我们老小区燃气管道是九几年装的，外墙上管子接口那里一直有味道，打燃气公司电话来看了一下说没事，还是不放心。',
  },
  {
    id: 'c-gas-3',
    cluster: 'c-gas',
    category: '物业管理',
    text: '老舊社區的瓦斯管線嚴重鏽蝕，樓梯間常聞到瓦斯味，懇請燃氣公司全面檢修更換。',
  },

  // delivery lockers charging overtime fees
  {
    id: 'c-locker-1',
    cluster: 'c-locker',
    category: '物业管理',
    text: '快递柜超过12小时就收费，上班的人哪来得及取，快递员也不打电话直接塞柜子里',
  },
  {
    id: 'c-locker-2',
    cluster: 'c-locker',
    category: '物业管理',
    text: '小区快递柜滞留费太离谱，放了一天收我一块五，我又没同意放柜子',
  },
  {
    id: 'c-locker-3',
    cluster: 'c-locker',
    category: '物业管理',
    text: '丰巢柜子超时收钱，希望物业跟他们谈谈延长免费时间',
  },

  // pet dogs off the leash in the estate
  {
    id: 'c-dog-1',
    cluster: 'c-dog',
    category: '邻里纠纷',
    text: '小区里遛狗不拴绳的太多了，昨天一只大金毛扑到我孙子身上，娃吓得直哭，狗主人还说它不咬人',
  },
  {
    id: 'c-dog-2',
    cluster: 'c-dog',
    category: '邻里纠纷',
    text: '晚上在中心花园散步，好几条狗满地跑，也没人牵，我怕狗，现在都不敢下楼了',
  },
  {
    id: 'c-dog-3',
    cluster: 'c-dog',
    category: '邻里纠纷',
    text: '社區有住戶遛狗不繫牽繩，狗狗亂跑還在草地上大小便也不清，請管委會加強宣導。',
  },
  {
    id: 'c-dog-4',
    cluster: 'c-dog',
    category: '邻里纠纷',
    text: '养大型犬的能不能管一管，不牵绳，进电梯也不拉住，吓人得很',
  },
  { id: 'c-dog-5', cluster: 'c-dog', category: '邻里纠纷', text: '溜狗不牵绳 狗屎满地 说了还骂人' },

  // stray dogs in the village (hard negative to pet dogs)
  {
    id: 'c-stray-1',
    cluster: 'c-stray',
    category: '人居环境',
    text: '村里流浪狗越来越多，成群结队的，前天把隔壁张婶的腿咬了，去打狂犬疫苗花了好几百',
  },
  {
    id: 'c-stray-2',
    cluster: 'c-stray',
    category: '人居环境',
    text: '野狗晚上在村道上追人，骑车的都被追过，能不能请人来抓一下',
  },

  // illegal construction on the rooftop
  {
    id: 'c-rooftop-1',
    cluster: 'c-rooftop',
    category: '邻里纠纷',
    text: '顶楼那户在楼顶私自搭了彩钢房，还在上面种菜养鸡，楼板承重受得了吗？',
  },
  {
    id: 'c-rooftop-2',
    cluster: 'c-rooftop',
    category: '邻里纠纷',
    text: '我们单元楼顶被人圈起来盖了个阳光房，公共平台成了他家的，大家晒被子都上不去',
  },
  {
    id: 'c-rooftop-3',
    cluster: 'c-rooftop',
    category: '邻里纠纷',
    text: '頂樓住戶在天台加蓋鐵皮屋，佔用公共空間，還把通往天台的門鎖起來，萬一發生火災根本沒地方逃生。',
  },
  {
    id: 'c-rooftop-4',
    cluster: 'c-rooftop',
    category: '邻里纠纷',
    text: '举报违章搭建：7栋楼顶加盖一层，施工半个月了，城管来过一次走了又接着干',
  },

  // property certificates for Jinxiu Jiayuan delayed
  {
    id: 'c-cert-1',
    cluster: 'c-cert',
    category: '其他',
    text: '锦绣家园交房都五年了，房产证还办不下来，孩子上学要用，开发商一直推',
  },
  {
    id: 'c-cert-2',
    cluster: 'c-cert',
    category: '其他',
    text: '俺们那个小区不动产证拖了好几年，说是开发商欠了土地出让金，这跟俺们业主有啥关系？',
  },
  {
    id: 'c-cert-3',
    cluster: 'c-cert',
    category: '其他',
    text: '錦繡家園入住多年仍未拿到產權證，影響子女入學和房屋買賣，請政府協調開發商儘快辦理。',
  },
  {
    id: 'c-cert-4',
    cluster: 'c-cert',
    category: '其他',
    text: '房本啥时候能下来啊？等得花儿都谢了，想卖了换个学区房都卖不了',
  },
  {
    id: 'c-cert-5',
    cluster: 'c-cert',
    category: '其他',
    text: '请问锦绣家园二期的不动产登记到底卡在哪个环节？业主群里说法太多，希望政府给个正式答复，我们一百多户都在等。',
  },

  // property fee raised without a meeting
  {
    id: 'c-fee-1',
    cluster: 'c-fee',
    category: '物业管理',
    text: '物业突然贴通知说物业费从一块二涨到一块八，也没开业主大会，服务还是那个样子',
  },
  {
    id: 'c-fee-2',
    cluster: 'c-fee',
    category: '物业管理',
    text: '凭什么涨管理费？保安天天在岗亭里睡觉，草长得比人高，要涨先把服务搞好',
  },
  {
    id: 'c-fee-3',
    cluster: 'c-fee',
    category: '物业管理',
    text: '管理費一口氣漲了五成，管委會事前完全沒有說明，住戶都很不滿，請協助召開說明會。',
  },

  // installing a lift in an old walk-up
  {
    id: 'c-elevator-1',
    cluster: 'c-elevator',
    category: '物业管理',
    text: '我们楼是八十年代的老房子，六层没电梯，我七十多了腿脚不好，每天爬楼太遭罪，想加装电梯可一楼二楼不同意',
  },
  {
    id: 'c-elevator-2',
    cluster: 'c-elevator',
    category: '物业管理',
    text: '老楼加装电梯的补贴政策是啥？我们单元想装，费用咋分摊吵了半年没结果',
  },
  {
    id: 'c-elevator-3',
    cluster: 'c-elevator',
    category: '物业管理',
    text: '老公寓想加裝電梯，但一樓住戶擔心採光和隱私一直反對，希望社區出面協調。',
  },
  {
    id: 'c-elevator-4',
    cluster: 'c-elevator',
    category: '物业管理',
    text: '老楼装电梯的事能不能请社区来开个会，楼上楼下都在场，大家坐下来商量个分摊办法',
  },

  // elderly canteen: prices up, subsidy gone
  {
    id: 'c-canteen-1',
    cluster: 'c-canteen',
    category: '养老服务',
    text: '社区老年食堂饭菜涨价了，一荤一素十五块，我们退休金低的吃不起',
  },
  {
    id: 'c-canteen-2',
    cluster: 'c-canteen',
    category: '养老服务',
    text: '助餐点的饭太硬太咸，老人牙口不好，而且去年说有补贴，现在也没了',
  },
  {
    id: 'c-canteen-3',
    cluster: 'c-canteen',
    category: '养老服务',
    text: '社區長者食堂取消了用餐補貼，價錢變貴，很多獨居老人就不去吃了，希望恢復補助。',
  },

  // out-of-town hospital bills barely reimbursed
  {
    id: 'c-medins-1',
    cluster: 'c-medins',
    category: '医疗医保',
    text: '我是种地的，去年秋天在省城打工时突发阑尾炎住院，前前后后花了六万多，回来报销只给报了一点，说是没办异地就医备案。当时疼得命都快没了，谁晓得还要先备案啊？家里还有两个娃要上学，这钱对我们不是小数，求帮忙问问能不能补办',
  },
  {
    id: 'c-medins-2',
    cluster: 'c-medins',
    category: '医疗医保',
    text: '异地看病的钱回老家报不了，跑了医保局三次，材料要了一大堆',
  },
  {
    id: 'c-medins-3',
    cluster: 'c-medins',
    category: '医疗医保',
    text: '我母親在外縣市住院，出院後回來申請醫保報銷，被告知沒有事先備案只能報很少，希望簡化流程。',
  },
  {
    id: 'c-medins-4',
    cluster: 'c-medins',
    category: '医疗医保',
    text: '在省城做手术的医药费咋报？村里人都不晓得，能不能派人来村里讲讲异地就医的政策',
  },

  // village irrigation: pump station and channel broken
  {
    id: 'c-irrigation-1',
    cluster: 'c-irrigation',
    category: '农业生产',
    text: '村里的抽水泵站坏了半个月了，麦子正等着浇水，俺们只能一桶一桶挑',
  },
  {
    id: 'c-irrigation-2',
    cluster: 'c-irrigation',
    category: '农业生产',
    text: '泵站抽上来的水到渠里就漏光了，渠道多少年没修，下游几十亩地浇不上',
  },
  {
    id: 'c-irrigation-3',
    cluster: 'c-irrigation',
    category: '农业生产',
    text: '村裡的水圳多年沒清，雜草和淤泥把水路堵住了，抽上來的水流不到我們田裡，秧苗都快枯了。',
  },
  {
    id: 'c-irrigation-4',
    cluster: 'c-irrigation',
    category: '农业生产',
    text: '春灌马上开始了，泵站和水渠都得修，去年就是浇不上水减产了三成',
  },

  // water leaking from the flat upstairs
  {
    id: 'c-leak-1',
    cluster: 'c-leak',
    category: '邻里纠纷',
    text: '楼上那家卫生间漏水，我家天花板泡得发霉掉皮，跟他说了几次都说没时间修',
  },
  {
    id: 'c-leak-2',
    cluster: 'c-leak',
    category: '邻里纠纷',
    text: '602的水一直往我家渗，墙角全是水渍，物业让我们自己协商，他家就是不开门',
  },
  {
    id: 'c-leak-3',
    cluster: 'c-leak',
    category: '邻里纠纷',
    text: '樓上住戶浴室防水壞了，水一直滲到我家天花板，油漆都剝落了，找他商量也不理，請社區調解。',
  },
  { id: 'c-leak-4', cluster: 'c-leak', category: '邻里纠纷', text: '顶上邻居漏水把我刚装修的吊顶泡坏了 要他赔他不肯' },

  // traffic jam at the primary school gate
  {
    id: 'c-schoolgate-1',
    cluster: 'c-schoolgate',
    category: '交通出行',
    text: '实验小学放学的时候门口堵得水泄不通，接娃的车横七竖八，一堵半小时',
  },
  {
    id: 'c-schoolgate-2',
    cluster: 'c-schoolgate',
    category: '交通出行',
    text: '学校门口接娃的人太多，汽车摩托车全挤在路中间，娃娃过马路好危险，以经出过两次剐蹭了',
  },
  {
    id: 'c-schoolgate-3',
    cluster: 'c-schoolgate',
    category: '交通出行',
    text: '實驗小學上下學時段校門口嚴重塞車，建議規劃接送區並派交通協管員維持秩序。',
  },

  // village rubbish not collected
  {
    id: 'c-garbage-1',
    cluster: 'c-garbage',
    category: '人居环境',
    text: '村口垃圾桶满了好几天没人拉，都溢到地上了，天热臭得很，苍蝇嗡嗡的',
  },
  {
    id: 'c-garbage-2',
    cluster: 'c-garbage',
    category: '人居环境',
    text: '我们村的垃圾清运车半个月才来一次，垃圾池早堆满了',
  },
  {
    id: 'c-garbage-3',
    cluster: 'c-garbage',
    category: '人居环境',
    text: '村裡的垃圾車很久才來收一次，垃圾堆在路邊發臭，還引來很多蒼蠅老鼠。',
  },

  // village tap water keeps being cut off
  {
    id: 'c-villagewater-1',
    cluster: 'c-villagewater',
    category: '其他',
    text: '俺们村自来水三天两头停，一停就是一整天，也不提前说一声，做饭都没水',
  },
  {
    id: 'c-villagewater-2',
    cluster: 'c-villagewater',
    category: '其他',
    text: '村里供水老是断，水站的人说管子老化了爆管，修好了过几天又爆',
  },
  {
    id: 'c-villagewater-3',
    cluster: 'c-villagewater',
    category: '其他',
    text: '这个月停水第四回了，村里的自来水到底啥时候能正常？',
  },

  // not enough parking spaces in the estate
  {
    id: 'c-parking-1',
    cluster: 'c-parking',
    category: '物业管理',
    text: '小区车位太少了，晚上下班回来绕三圈都找不到地方，只能停外面路边，还被贴条',
  },
  {
    id: 'c-parking-2',
    cluster: 'c-parking',
    category: '物业管理',
    text: '老小区没规划停车位，车都停在楼道口和绿化带上，草都压没了',
  },
  {
    id: 'c-parking-3',
    cluster: 'c-parking',
    category: '物业管理',
    text: '社區停車位嚴重不足，晚上很多車並排停在巷子裡，早上出門還要打電話請人移車。',
  },

  // village road wrecked by gravel trucks
  {
    id: 'c-road-1',
    cluster: 'c-road',
    category: '交通出行',
    text: '通往我们村的水泥路被拉砂石的大货车压烂了，坑坑洼洼，下雨全是泥浆，骑摩托的摔了好几个',
  },
  {
    id: 'c-road-2',
    cluster: 'c-road',
    category: '交通出行',
    text: '村道全是大坑，自从采石场开了以后重车天天过，路早就不行了',
  },
  {
    id: 'c-road-3',
    cluster: 'c-road',
    category: '交通出行',
    text: '進村的產業道路被砂石車壓壞了，坑洞很多，晚上騎車很危險，希望限制重車通行並儘快修補。',
  },

  // singletons: each a problem no other item describes
  {
    id: 'c-single-1',
    cluster: null,
    category: '人居环境',
    text: '我家窗外那棵大樟树的枝桠都搭到电线上了，一刮风就冒火花，请供电所的来修剪一下',
  },
  {
    id: 'c-single-2',
    cluster: null,
    category: '交通出行',
    text: '建设路和光明街交叉口人行道上有个井盖不见了，就拿个塑料桶罩着，晚上看不清，很容易踩空掉下去',
  },
  {
    id: 'c-single-3',
    cluster: null,
    category: '人居环境',
    text: '滨河公园的健身器材坏了好几样，漫步机踏板都断了，老人锻炼不安全，希望换新的。',
  },
  {
    id: 'c-single-4',
    cluster: null,
    category: '养老服务',
    text: '希望社区办个日间照料中心，白天子女都上班，家里老人一个人在屋里没人说话，有个地方下下棋、看看报也好啊',
  },
  {
    id: 'c-single-5',
    cluster: null,
    category: '医疗医保',
    text: '我媽長期臥床，聽說有長期護理保險可以申請，但不知道要準備哪些資料、去哪裡辦，請告知流程。',
  },
  {
    id: 'c-single-6',
    cluster: null,
    category: '农业生产',
    text: '去年交给种子公司的制种玉米，款到现在还差一半没结，说是等公司回款，农户等不起啊',
  },
  {
    id: 'c-single-7',
    cluster: null,
    category: '农业生产',
    text: '山里的野猪下来把红薯地拱得稀烂，一晚上糟蹋半亩，打又不让打，能不能给点补偿',
  },
  {
    id: 'c-single-8',
    cluster: null,
    category: '人居环境',
    text: '村头那个养猪场的粪水直接排进沟里，一到晚上臭气熏天，全村都闻得到',
  },
  {
    id: 'c-single-9',
    cluster: null,
    category: '物业管理',
    text: '单元门禁坏了两个月，谁都能进来，上周还有人上楼贴小广告撬锁，物业说配件没到货',
  },
  {
    id: 'c-single-10',
    cluster: null,
    category: '人居环境',
    text: '小区后面那个废弃鱼塘的水都发绿了，蚊子多得不得了，晚上在家被咬一身包',
  },
  {
    id: 'c-single-11',
    cluster: null,
    category: '养老服务',
    text: '我们这栋楼门口台阶很高，没有无障碍坡道，坐轮椅的老人根本出不了门',
  },
  {
    id: 'c-single-12',
    cluster: null,
    category: '邻里纠纷',
    text: '对门邻居把鞋柜、旧纸箱全堆在楼道里，走路都要侧身，跟她讲了她说楼道是公共的谁都能放',
  },
  {
    id: 'c-single-13',
    cluster: null,
    category: '交通出行',
    text: '东街早市的摊贩把摊子摆到马路中间，早上七八点车根本过不去，喇叭按烂了也不让',
  },
  {
    id: 'c-single-14',
    cluster: null,
    category: '其他',
    text: '学校食堂午餐费一学期涨了两百，家长都不知道伙食标准是啥，希望公开账目',
  },
  {
    id: 'c-single-15',
    cluster: null,
    category: '交通出行',
    text: '敬老院门前那条马路车速很快，老人过马路太危险了，能不能装个红绿灯或者减速带',
  },
  {
    id: 'c-single-16',
    cluster: null,
    category: '人居环境',
    text: '村委会的大喇叭每天早上五点半就开始放广播，声音大得很，上夜班回来的人根本睡不了',
  },
  {
    id: 'c-single-17',
    cluster: null,
    category: '人居环境',
    text: '儿童游乐场的滑梯裂了个口子，边上很锋利，已经划伤过一个小孩',
  },
  {
    id: 'c-single-18',
    cluster: null,
    category: '其他',
    text: '我們村在山坳裡，手機訊號很差，打電話要跑到山坡上，孩子上網課常常斷線，請電信業者加建基地台。',
  },
  {
    id: 'c-single-19',
    cluster: null,
    category: '其他',
    text: '现在村里办酒席攀比越来越厉害，一场几十桌，份子钱也越随越多，建议村里定个规矩',
  },
  {
    id: 'c-single-20',
    cluster: null,
    category: '医疗医保',
    text: '今年给老人打的流感疫苗是不是没了？去了两次都说没货',
  },
  {
    id: 'c-single-21',
    cluster: null,
    category: '医疗医保',
    text: '村卫生室的降压药老是断货，每个月得跑镇上去开，七十多岁坐车不方便',
  },
  {
    id: 'c-single-22',
    cluster: null,
    category: '邻里纠纷',
    text: '隔壁顶楼养了几十只鸽子，鸽子屎落在我家阳台和晾的衣服上，羽毛满天飞',
  },
  {
    id: 'c-single-23',
    cluster: null,
    category: '物业管理',
    text: '有人在小区公共车位上装了地锁，占着不让别人停，物业说不归他们管',
  },
  {
    id: 'c-single-24',
    cluster: null,
    category: '邻里纠纷',
    text: '楼上装修周末也开电钻，一直搞到晚上八点，规定不是说周末不能施工吗？',
  },
  {
    id: 'c-single-25',
    cluster: null,
    category: '物业管理',
    text: '冬天暖氣一點都不熱，室溫才十四度，家裡有嬰兒，繳了暖氣費卻跟沒開一樣。',
  },
  {
    id: 'c-single-26',
    cluster: null,
    category: '其他',
    text: '灵活就业的社保补贴今年申请不了了？网上说政策变了，问街道也说不清',
  },
  {
    id: 'c-single-27',
    cluster: null,
    category: '邻里纠纷',
    text: '楼下张大爷天天在单元门口喂流浪猫，现在十几只猫，猫屎到处都是，车顶上全是爪印',
  },
  {
    id: 'c-single-28',
    cluster: null,
    category: '养老服务',
    text: '我是残疾老人，耳朵背，听说有助听器补贴，要到哪里申请？',
  },
  {
    id: 'c-single-29',
    cluster: null,
    category: '其他',
    text: '孩子户口迁移办了一个多月还没办完，派出所让回老家开证明，来回一千多公里',
  },
  {
    id: 'c-single-30',
    cluster: null,
    category: '人居环境',
    text: '河堤邊的垃圾越堆越多，塑膠袋、寶特瓶都卡在岸邊，一下雨就沖進河裡，請派人清理。',
  },
  {
    id: 'c-single-31',
    cluster: null,
    category: '其他',
    text: '半夜有人开船在河里偷偷挖沙，河岸都挖塌了一截，鱼也少了',
  },
  {
    id: 'c-single-32',
    cluster: null,
    category: '养老服务',
    text: '镇上唯一的银行网点撤了，老人取个养老金要坐车到县里，来回一整天',
  },
  {
    id: 'c-single-33',
    cluster: null,
    category: '人居环境',
    text: '天天有收旧手机旧家电的三轮车开着喇叭在小区外面转，一遍遍循环放，吵死人了',
  },
  {
    id: 'c-single-34',
    cluster: null,
    category: '邻里纠纷',
    text: '对面邻居在门口装了个摄像头正对着我家大门，我家进进出出全被拍着，一点隐私都没有',
  },
  {
    id: 'c-single-35',
    cluster: null,
    category: '农业生产',
    text: '耕地地力保护补贴今年咋没到账？隔壁村都发了，俺们组一户都没收到',
  },
  {
    id: 'c-single-36',
    cluster: null,
    category: '农业生产',
    text: '昨晚颱風把我們的溫室大棚薄膜全部吹破，菜苗都泡水了，請問農業保險要怎麼理賠？',
  },
  {
    id: 'c-single-37',
    cluster: null,
    category: '交通出行',
    text: '省道进村那个岔口连个路标都没有，外地车经常开过头急刹掉头，上个月出了两起车祸',
  },
  {
    id: 'c-single-38',
    cluster: null,
    category: '物业管理',
    text: '9号楼电梯一个月困人三次了，维保公司修完没两天又坏，住18楼的都不敢坐',
  },
  {
    id: 'c-single-39',
    cluster: null,
    category: '其他',
    text: '幼儿园孩子请了半个月病假，保育费一分都不退，这合理吗？',
  },
  {
    id: 'c-single-40',
    cluster: null,
    category: '医疗医保',
    text: '签了家庭医生一年了，一次都没见过人，打电话也没人接，这签约有啥用',
  },
  {
    id: 'c-single-41',
    cluster: null,
    category: '养老服务',
    text: '社區活動中心的冷氣壞了一整個夏天，長輩們來下棋都熱得受不了，請儘快修理。',
  },
  {
    id: 'c-single-42',
    cluster: null,
    category: '物业管理',
    text: '小区二次供水的水箱不晓得多少年没清洗了，打开水龙头有股怪味',
  },
];

export const QUERIES: LabelledQuery[] = [
  { query: '充电桩', relevant: ['c-ebike-1', 'c-ebike-2', 'c-ebike-3', 'c-ebike-4', 'c-ebike-5', 'c-ebike-6'] },
  {
    query: '电动车',
    relevant: [
      'c-ebike-1',
      'c-ebike-2',
      'c-ebike-3',
      'c-ebike-4',
      'c-ebike-5',
      'c-ebike-6',
      'c-firelane-1',
      'c-firelane-2',
      'c-firelane-3',
    ],
  },
  { query: '路灯', relevant: ['c-light-1', 'c-light-2', 'c-light-3', 'c-light-4', 'c-glare-1', 'c-glare-2'] },
  { query: '路燈', relevant: ['c-light-1', 'c-light-2', 'c-light-3', 'c-light-4', 'c-glare-1', 'c-glare-2'] },
  { query: '公厕', relevant: ['c-toilet-1', 'c-toilet-2', 'c-toilet-3', 'c-toilet-4'] },
  { query: '危桥', relevant: ['c-bridge-1', 'c-bridge-2', 'c-bridge-3', 'c-bridge-4'] },
  { query: '养老认证', relevant: ['c-pension-1', 'c-pension-2', 'c-pension-3', 'c-pension-4'] },
  { query: '幼儿园', relevant: ['c-kinder-1', 'c-kinder-2', 'c-kinder-3', 'c-single-39'] },
  { query: '共享单车', relevant: ['c-sharebike-1', 'c-sharebike-2', 'c-sharebike-3', 'c-sharebike-4'] },
  {
    query: '噪音',
    relevant: [
      'c-ktv-1',
      'c-ktv-2',
      'c-ktv-3',
      'c-ktv-4',
      'c-dance-1',
      'c-dance-2',
      'c-dance-3',
      'c-single-16',
      'c-single-24',
      'c-single-33',
    ],
  },
  { query: '油烟', relevant: ['c-smell-1', 'c-smell-2', 'c-smell-3', 'c-smell-4'] },
  { query: '下水道', relevant: ['c-drainsmell-1', 'c-drainsmell-2', 'c-drainsmell-3'] },
  { query: '积水', relevant: ['c-underpass-1', 'c-underpass-2', 'c-underpass-3', 'c-underpass-4'] },
  { query: '流转', relevant: ['c-land-1', 'c-land-2', 'c-land-3'] },
  { query: '农药', relevant: ['c-drift-1', 'c-drift-2', 'c-drift-3', 'c-drift-4'] },
  {
    query: '公交',
    relevant: ['c-shelter-1', 'c-shelter-2', 'c-shelter-3', 'c-busroute-1', 'c-busroute-2', 'c-busroute-3'],
  },
  { query: '挂号', relevant: ['c-appoint-1', 'c-appoint-2', 'c-appoint-3', 'c-appoint-4'] },
  { query: '门诊时间', relevant: ['c-clinic-1', 'c-clinic-2', 'c-clinic-3'] },
  { query: '水表', relevant: ['c-meter-1', 'c-meter-2', 'c-meter-3', 'c-meter-4'] },
  { query: '燃气', relevant: ['c-gas-1', 'c-gas-2', 'c-gas-3'] },
  { query: '快递柜', relevant: ['c-locker-1', 'c-locker-2', 'c-locker-3'] },
  { query: '养犬', relevant: ['c-dog-1', 'c-dog-2', 'c-dog-3', 'c-dog-4', 'c-dog-5'] },
  { query: '流浪狗', relevant: ['c-stray-1', 'c-stray-2'] },
  { query: '违建', relevant: ['c-rooftop-1', 'c-rooftop-2', 'c-rooftop-3', 'c-rooftop-4'] },
  { query: '房产证', relevant: ['c-cert-1', 'c-cert-2', 'c-cert-3', 'c-cert-4', 'c-cert-5'] },
  { query: '物业费', relevant: ['c-fee-1', 'c-fee-2', 'c-fee-3'] },
  { query: '加装电梯', relevant: ['c-elevator-1', 'c-elevator-2', 'c-elevator-3', 'c-elevator-4'] },
  { query: '老年食堂', relevant: ['c-canteen-1', 'c-canteen-2', 'c-canteen-3'] },
  { query: '医保报销', relevant: ['c-medins-1', 'c-medins-2', 'c-medins-3', 'c-medins-4'] },
  { query: '灌溉', relevant: ['c-irrigation-1', 'c-irrigation-2', 'c-irrigation-3', 'c-irrigation-4'] },
  { query: '漏水', relevant: ['c-leak-1', 'c-leak-2', 'c-leak-3', 'c-leak-4'] },
  { query: '車位', relevant: ['c-parking-1', 'c-parking-2', 'c-parking-3', 'c-single-23'] },
  { query: '垃圾', relevant: ['c-garbage-1', 'c-garbage-2', 'c-garbage-3', 'c-single-30'] },
  { query: '路面坑洼', relevant: ['c-road-1', 'c-road-2', 'c-road-3'] },
  { query: '停水', relevant: ['c-villagewater-1', 'c-villagewater-2', 'c-villagewater-3'] },
  { query: '校门口拥堵', relevant: ['c-schoolgate-1', 'c-schoolgate-2', 'c-schoolgate-3'] },
];
