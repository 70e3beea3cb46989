// Development set: residents' complaints labelled by concrete problem (cluster) and search queries
// with the items a liaison wants to find (issue 9). Written by hand, see DATASET.md.

export type LabelledItem = {
  id: string;
  cluster: string | null;
  category: '养老服务' | '物业管理' | '交通出行' | '人居环境' | '医疗医保' | '农业生产' | '邻里纠纷' | '其他';
  text: string;
};
export type LabelledQuery = { query: string; relevant: string[] };

export const ITEMS: LabelledItem[] = [
  // e-bikes charged with wires hung from upper floors; residents want charging facilities
  {
    id: 'ebike-charge-1',
    cluster: 'ebike-charge',
    category: '物业管理',
    text: '我们小区三号楼好多人从楼上吊线下来给电瓶车充电，线就挂在窗户外头晃来晃去，下雨天看着都怕，万一漏电起火咋办？能不能在楼下装几个充电桩。',
  },
  { id: 'ebike-charge-2', cluster: 'ebike-charge', category: '物业管理', text: '飞线充电太危险了！！物业到底管不管' },
  {
    id: 'ebike-charge-3',
    cluster: 'ebike-charge',
    category: '物业管理',
    text: '俺家住一楼，楼上邻居天天把插排从阳台垂下来给小电驴冲电，半夜插头还冒火星子，俺一宿睡不踏实。小区里莫得充电的地方，大家也是没法子。',
  },
  {
    id: 'ebike-charge-4',
    cluster: 'ebike-charge',
    category: '物业管理',
    text: '建议在小区空地建一个集中充电柜，现在私拉电线的太多了，上个月隔壁小区就因为电动车充电着了火，想想都后怕',
  },
  {
    id: 'ebike-charge-5',
    cluster: 'ebike-charge',
    category: '物业管理',
    text: '社區裡很多住戶私拉電線幫電動車充電，電線從五樓一路拉到一樓，小孩經過常常被絆到，希望社區能設置充電樁，收費合理就好。',
  },
  {
    id: 'ebike-charge-6',
    cluster: 'ebike-charge',
    category: '物业管理',
    text: '本人是3号楼业主，反映一个安全隐患：晚上十点以后，楼栋北侧有七八根电线吊下来给电瓶车充电，物业说过几次没用。我家孩子每天早上上学要从那儿过，我很担心。请求政府协调安装充电设施。',
  },

  // e-bikes parked in the fire lane
  {
    id: 'ebike-firelane-1',
    cluster: 'ebike-firelane',
    category: '物业管理',
    text: '小区消防通道被电动车堵得死死的，前几天五号楼有个老人犯了心脏病，120开不进来，担架抬了好远。',
  },
  {
    id: 'ebike-firelane-2',
    cluster: 'ebike-firelane',
    category: '物业管理',
    text: '啲電單車電動車亂泊喺消防通道，成條路塞晒，管理處又唔理，真係出事點算？',
  },
  {
    id: 'ebike-firelane-3',
    cluster: 'ebike-firelane',
    category: '物业管理',
    text: '七号楼门口那条应急车道天天停满电驴，消防车要是来了根本过不去，请物业划个专门停放的地方。',
  },

  // property fee raised by half without an owners' meeting
  {
    id: 'property-fee-1',
    cluster: 'property-fee',
    category: '物业管理',
    text: '物业突然贴通知，明年物业费从每平米1.2元涨到1.8元，也没开业主大会，服务还是老样子，电梯脏兮兮的，凭啥涨？',
  },
  {
    id: 'property-fee-2',
    cluster: 'property-fee',
    category: '物业管理',
    text: '物业费说涨就涨，从来没征求过我们业主意见',
  },
  {
    id: 'property-fee-3',
    cluster: 'property-fee',
    category: '物业管理',
    text: '我是退休工人，一个月退休金就两千来块，物业管理费一下子涨了一半，实在交不起。想问问这个涨价有没有去备案，合不合规定。',
  },
  {
    id: 'property-fee-4',
    cluster: 'property-fee',
    category: '物业管理',
    text: '管委會公告要調漲管理費百分之五十，沒有召開區分所有權人會議就決定，住戶都很不滿，請相關單位查一下是否合法。',
  },

  // installing a lift in an old six-storey block, stalled by the lower floors
  {
    id: 'elevator-install-1',
    cluster: 'elevator-install',
    category: '物业管理',
    text: '我们这栋楼是九几年的老房子，六层没电梯，楼上住的多是七八十岁的老人，想装电梯，可一楼二楼的住户不同意，说挡光，事情卡了一年多了。',
  },
  {
    id: 'elevator-install-2',
    cluster: 'elevator-install',
    category: '物业管理',
    text: '老楼加装电梯的补贴政策是啥？找哪个部门申请？我们单元已经有十户签了字。',
  },
  {
    id: 'elevator-install-3',
    cluster: 'elevator-install',
    category: '物业管理',
    text: '俺娘住六楼，腿脚不好一年到头下不了楼，盼着能装个电梯。听说低层的人不签字就装不成，能不能请社区出面给协调协调。',
  },
  {
    id: 'elevator-install-4',
    cluster: 'elevator-install',
    category: '物业管理',
    text: '舊樓加裝升降機的事情拖了很久，樓下住戶擔心採光和通風，一直談不攏，希望有人出面協調。',
  },
  {
    id: 'elevator-install-5',
    cluster: 'elevator-install',
    category: '物业管理',
    text: '加梯的事能不能开个会商量商量 楼下几户一直反对 我们楼上的多出点钱也行',
  },

  // an existing lift that keeps breaking down
  {
    id: 'elevator-broken-1',
    cluster: 'elevator-broken',
    category: '物业管理',
    text: '18栋的电梯这个月坏了四回，昨天还把一个孕妇关在里头半个多小时，物业就知道贴张“维修中”。',
  },
  {
    id: 'elevator-broken-2',
    cluster: 'elevator-broken',
    category: '物业管理',
    text: '电梯三天两头停运，住28楼的老人只能爬楼梯，腿都爬肿了。维保公司到底有没有按时保养？',
  },

  // no water on the upper floors in the evening (booster pump)
  {
    id: 'water-pressure-1',
    cluster: 'water-pressure',
    category: '物业管理',
    text: '每天晚上六点到九点，我家住十一楼，水龙头只滴答滴答，澡都洗不成，二次供水的水泵是不是坏了？',
  },
  {
    id: 'water-pressure-2',
    cluster: 'water-pressure',
    category: '物业管理',
    text: '高层水压太低了，做饭的时候基本没水',
  },
  {
    id: 'water-pressure-3',
    cluster: 'water-pressure',
    category: '物业管理',
    text: '大樓高樓層每天傍晚都沒水，加壓馬達好像壞了很久，管委會一直說在處理，已經一個多月了。',
  },

  // street lights out along Binhe Road
  {
    id: 'streetlight-broken-1',
    cluster: 'streetlight-broken',
    category: '人居环境',
    text: '滨河路桥头往菜市场那段路灯全黑了，好几个礼拜了，晚上下班骑车回来啥也看不见。',
  },
  {
    id: 'streetlight-broken-2',
    cluster: 'streetlight-broken',
    category: '人居环境',
    text: '路灯坏了好久没人修，晚上黑咕隆咚的',
  },
  {
    id: 'streetlight-broken-3',
    cluster: 'streetlight-broken',
    category: '人居环境',
    text: '晚上带孙子遛弯，河边那条路黑灯瞎火的，前天一个老头绊了一跤摔破了头。麻烦把灯修一修吧。',
  },
  {
    id: 'streetlight-broken-4',
    cluster: 'streetlight-broken',
    category: '人居环境',
    text: '濱河路那邊的路燈從上個月開始就不亮了，晚上走路很危險，拜託盡快派人修理，謝謝。',
  },
  {
    id: 'streetlight-broken-5',
    cluster: 'streetlight-broken',
    category: '人居环境',
    text: '反映个事：滨合路北段照明设施损坏，十几根灯杆都不亮，夜间行人与车辆混行，存在较大安全隐患，望相关部门尽快检修。',
  },

  // a new street light shining into a bedroom
  {
    id: 'streetlight-glare-1',
    cluster: 'streetlight-glare',
    category: '人居环境',
    text: '我家窗户正对着新装的路灯，晚上亮得跟白天一样，窗帘拉上都挡不住，孩子睡不着，能不能把灯头转个方向或者加个罩子？',
  },
  {
    id: 'streetlight-glare-2',
    cluster: 'streetlight-glare',
    category: '人居环境',
    text: '小区外头新立的那根灯杆太亮了 直直照进卧室 一晚上睡不好 我妈神经衰弱受不了',
  },

  // blocked, smelly drain behind the market
  {
    id: 'drain-smell-1',
    cluster: 'drain-smell',
    category: '人居环境',
    text: '菜市场后门那条阴沟臭得要命，夏天苍蝇一团一团的，路过都得捂着鼻子走。',
  },
  {
    id: 'drain-smell-2',
    cluster: 'drain-smell',
    category: '人居环境',
    text: '下水道返味，整条巷子都是臭味，窗户都不敢开，住这儿的人咋过日子',
  },
  {
    id: 'drain-smell-3',
    cluster: 'drain-smell',
    category: '人居环境',
    text: '市場後面的排水溝堵住了，污水一直冒出來，味道很重，附近店家都受不了，請派人清理疏通。',
  },
  {
    id: 'drain-smell-4',
    cluster: 'drain-smell',
    category: '人居环境',
    text: '南门菜场旁边的污水管好像堵了，井盖缝里往外渗黑水，臭气熏天。我跟我老婆在这开了十年小饭馆，这个月生意都受影响了。',
  },

  // the railway underpass floods when it rains
  {
    id: 'road-flood-1',
    cluster: 'road-flood',
    category: '人居环境',
    text: '一下大雨铁路桥洞底下就积水，水深能没过膝盖，上回有辆小轿车熄火泡在里面。',
  },
  {
    id: 'road-flood-2',
    cluster: 'road-flood',
    category: '人居环境',
    text: '下雨天火车道下面那个涵洞淹得过不去，学生放学只能蹚水，家长都急坏了',
  },
  {
    id: 'road-flood-3',
    cluster: 'road-flood',
    category: '人居环境',
    text: '雨季又到了，桥洞积水的问题去年就反映过，今年还是老样子，能不能装个抽水泵？',
  },
  {
    id: 'road-flood-4',
    cluster: 'road-flood',
    category: '人居环境',
    text: '每逢下大雨，鐵路橋下的涵洞就嚴重積水，機車根本過不去，希望能加裝抽水設備。',
  },

  // square dancing in the park, loud in the evening
  {
    id: 'square-dance-1',
    cluster: 'square-dance',
    category: '人居环境',
    text: '每天晚上七点到十点，公园里跳广场舞的音响开得震天响，我家孩子今年高三，作业根本写不进去。',
  },
  {
    id: 'square-dance-2',
    cluster: 'square-dance',
    category: '人居环境',
    text: '大妈们跳舞放音乐太吵了！！！能不能管管，都快十点了还在放',
  },
  {
    id: 'square-dance-3',
    cluster: 'square-dance',
    category: '人居环境',
    text: '我自己也跳舞，但确实有几支队伍音箱开得太大，我们愿意坐下来商量个时间和音量，别一棒子打死。',
  },
  {
    id: 'square-dance-4',
    cluster: 'square-dance',
    category: '人居环境',
    text: '樓下公園每晚都有阿姨跳廣場舞，喇叭聲音超大，家裡長輩心臟不好，整晚睡不著。',
  },
  {
    id: 'square-dance-5',
    cluster: 'square-dance',
    category: '人居环境',
    text: '中心公园广场舞扰民，晚上吵的脑壳疼，啷个搞嘛，说了好多回了',
  },

  // rubbish at the east gate not collected for days
  {
    id: 'garbage-pickup-1',
    cluster: 'garbage-pickup',
    category: '人居环境',
    text: '东门口的垃圾桶已经满了三天没人来拉，垃圾都堆到路上了，野猫翻得到处都是。',
  },
  { id: 'garbage-pickup-2', cluster: 'garbage-pickup', category: '人居环境', text: '垃圾站好几天没情运了，臭烘烘的' },
  {
    id: 'garbage-pickup-3',
    cluster: 'garbage-pickup',
    category: '人居环境',
    text: '這星期垃圾車都沒來，社區門口的垃圾堆得像小山一樣，天氣熱很快就發臭了。',
  },
  {
    id: 'garbage-pickup-4',
    cluster: 'garbage-pickup',
    category: '人居环境',
    text: '东门垃圾房满了也冇人管，以前一天拉两回，现在好几天才来一趟，风一刮塑料袋满小区飞。',
  },

  // stray dogs chasing and biting people
  {
    id: 'stray-dogs-1',
    cluster: 'stray-dogs',
    category: '人居环境',
    text: '小区里有一群流浪狗，昨天追着放学的小孩咬，腿上两个牙印，打狂犬疫苗花了好几百。',
  },
  {
    id: 'stray-dogs-2',
    cluster: 'stray-dogs',
    category: '人居环境',
    text: '野狗越来越多了，晚上成群结队在楼下转悠，老人都不敢出门散步',
  },
  {
    id: 'stray-dogs-3',
    cluster: 'stray-dogs',
    category: '人居环境',
    text: '附近流浪狗愈來愈多，常常追著騎機車的人跑，已經有人摔傷，希望動保處或相關單位來處理。',
  },

  // barbecue shop smoke into the flats above
  {
    id: 'bbq-fumes-1',
    cluster: 'bbq-fumes',
    category: '人居环境',
    text: '楼下烧烤店的油烟直往我家窗户里灌，晚上开到两三点，晒在阳台的衣服都是一股孜然味。',
  },
  {
    id: 'bbq-fumes-2',
    cluster: 'bbq-fumes',
    category: '人居环境',
    text: '一楼新开的烤串店，排烟管子正对着二楼住户，呛得人直咳嗽，找老板理论还骂人。',
  },

  // bus route 7 no longer stops at the hospital
  {
    id: 'bus-route-1',
    cluster: 'bus-route',
    category: '交通出行',
    text: '7路公交车改线以后不经过人民医院了，我们老年人去看病要多走一站多地，能不能恢复原来的站点。',
  },
  { id: 'bus-route-2', cluster: 'bus-route', category: '交通出行', text: '公交改道了 医院门口没车了 老人咋办' },
  {
    id: 'bus-route-3',
    cluster: 'bus-route',
    category: '交通出行',
    text: '自从七路车改走新大街，俺们这片去医院得倒两趟车，冬天在站台上冻得直跺脚。',
  },
  {
    id: 'bus-route-4',
    cluster: 'bus-route',
    category: '交通出行',
    text: '7號公車改線後不停醫院站，長輩看病很不方便，請公車處考慮恢復原路線或加開接駁車。',
  },

  // traffic jam at the primary school gate at drop-off and pick-up
  {
    id: 'school-gate-1',
    cluster: 'school-gate',
    category: '交通出行',
    text: '实验小学放学的时候门口堵成一锅粥，家长的车停在马路两边，孩子从车缝里钻来钻去，太危险了。',
  },
  {
    id: 'school-gate-2',
    cluster: 'school-gate',
    category: '交通出行',
    text: '每天早上七点半学校门口那段路根本走不动，我上班天天迟到',
  },
  {
    id: 'school-gate-3',
    cluster: 'school-gate',
    category: '交通出行',
    text: '建议在实验小学门口设个临时即停即走区，再派交警或志愿者疏导，接送高峰实在太乱了。',
  },
  {
    id: 'school-gate-4',
    cluster: 'school-gate',
    category: '交通出行',
    text: '學校門口上下學時段塞車嚴重，家長臨停佔用車道，學童穿越馬路險象環生。',
  },

  // too few parking spaces in the estate, outside cars take them
  {
    id: 'parking-shortage-1',
    cluster: 'parking-shortage',
    category: '交通出行',
    text: '小区就那么几十个车位，外面的车随便开进来停，业主下班回来转三圈都找不到地方。',
  },
  {
    id: 'parking-shortage-2',
    cluster: 'parking-shortage',
    category: '交通出行',
    text: '停车难！老小区没车位，车只能停马路牙子上，天天被贴条。',
  },
  {
    id: 'parking-shortage-3',
    cluster: 'parking-shortage',
    category: '交通出行',
    text: '社區車位嚴重不足，外來車輛長期佔用，住戶自己反而沒地方停，建議加裝柵欄管制。',
  },
  {
    id: 'parking-shortage-4',
    cluster: 'parking-shortage',
    category: '交通出行',
    text: '能否把小区北边那块荒地平整一下划成停车位？现在车都停在绿化带上，草皮全压坏了。',
  },

  // the village road to the township is broken up
  {
    id: 'rural-road-1',
    cluster: 'rural-road',
    category: '交通出行',
    text: '俺们村到镇上那条水泥路早就烂了，坑坑洼洼，一下雨全是泥汤，卖菜的三轮车经常翻。',
  },
  {
    id: 'rural-road-2',
    cluster: 'rural-road',
    category: '交通出行',
    text: '村道坏了好几年 拉粮食的车都进不来 希望修一修',
  },
  {
    id: 'rural-road-3',
    cluster: 'rural-road',
    category: '交通出行',
    text: '王家庄通往镇上的路被拉沙的大车压得稀巴烂，娃娃骑车上学摔了好几回。',
  },
  {
    id: 'rural-road-4',
    cluster: 'rural-road',
    category: '交通出行',
    text: '村裡通往鎮上的產業道路坑坑洞洞，下雨就變成泥巴路，農產品運不出去，請幫忙爭取經費修繕。',
  },

  // the community's elderly canteen has closed
  {
    id: 'elderly-canteen-1',
    cluster: 'elderly-canteen',
    category: '养老服务',
    text: '社区原来那个老年助餐点关门了，我们这些老头老太太中午又得自己开火，眼神不好，切菜都切到手。',
  },
  {
    id: 'elderly-canteen-2',
    cluster: 'elderly-canteen',
    category: '养老服务',
    text: '能不能在社区办个老年食堂？子女上班中午顾不上，老人吃饭成问题。',
  },
  {
    id: 'elderly-canteen-3',
    cluster: 'elderly-canteen',
    category: '养老服务',
    text: '助餐点为啥不开了，十块钱一顿饭多好，现在只能啃馒头',
  },
  {
    id: 'elderly-canteen-4',
    cluster: 'elderly-canteen',
    category: '养老服务',
    text: '社區長者飯堂停辦之後，獨居長者午餐冇著落，希望盡快恢復，或者安排送飯服務。',
  },
  {
    id: 'elderly-canteen-5',
    cluster: 'elderly-canteen',
    category: '养老服务',
    text: '我爸今年八十三，一个人住，以前天天去社区食堂吃午饭，关了以后就凑合吃剩饭，我在外地干着急，能不能恢复？',
  },

  // old-age allowance not paid for months
  {
    id: 'elderly-subsidy-1',
    cluster: 'elderly-subsidy',
    category: '养老服务',
    text: '我妈八十一了，高龄补贴从今年三月就没到账，问村里说等等，这都等半年了。',
  },
  {
    id: 'elderly-subsidy-2',
    cluster: 'elderly-subsidy',
    category: '养老服务',
    text: '高龄津贴咋还没发？俺爹都问了好几回了',
  },
  {
    id: 'elderly-subsidy-3',
    cluster: 'elderly-subsidy',
    category: '养老服务',
    text: '家父今年九十歲，敬老津貼已經好幾個月沒有入帳，打電話去問都說還在審核，請幫忙查詢。',
  },

  // the day-care centre was built but never opens
  {
    id: 'daycare-closed-1',
    cluster: 'daycare-closed',
    category: '养老服务',
    text: '社区日间照料中心盖好一年多了，大门一直锁着，里面的床和按摩椅都落了灰，老人想进去坐坐都不行。',
  },
  {
    id: 'daycare-closed-2',
    cluster: 'daycare-closed',
    category: '养老服务',
    text: '日间照料站挂了牌子就没开过门，搞么子名堂，摆样子的吧？',
  },

  // reimbursing treatment in another city is slow and hard
  {
    id: 'insurance-reimb-1',
    cluster: 'insurance-reimb',
    category: '医疗医保',
    text: '我在省城住院花了三万多，回来报销跑了四趟，材料交了一大堆，到现在钱还没下来。',
  },
  {
    id: 'insurance-reimb-2',
    cluster: 'insurance-reimb',
    category: '医疗医保',
    text: '异地住院报销太麻烦了，说要先备案，我们农村老人哪懂这个',
  },
  {
    id: 'insurance-reimb-3',
    cluster: 'insurance-reimb',
    category: '医疗医保',
    text: '去年在外省做的手术，医保报销比例比在本地低好多，备案也没人告诉我，白白亏了好几千。',
  },
  {
    id: 'insurance-reimb-4',
    cluster: 'insurance-reimb',
    category: '医疗医保',
    text: '在外地看病回來申請報銷，手續繁瑣又慢，三個月了還沒消息，醫保中心電話總是打不通。',
  },
  {
    id: 'insurance-reimb-5',
    cluster: 'insurance-reimb',
    category: '医疗医保',
    text: '在上海看的病钱报不了 跑了好几趟医保局 每次都说却材料 能不能一次说清楚',
  },

  // how to get medical assistance for a catastrophic illness
  {
    id: 'medical-aid-1',
    cluster: 'medical-aid',
    category: '医疗医保',
    text: '我老公得了尿毒症，一个礼拜透析三次，医保报完自己还要掏一大笔，家里实在撑不住了。听说有医疗救助，不晓得咋申请。',
  },
  {
    id: 'medical-aid-2',
    cluster: 'medical-aid',
    category: '医疗医保',
    text: '大病救助的申请条件是啥？俺家娃白血病，已经花了二十多万。',
  },
  {
    id: 'medical-aid-3',
    cluster: 'medical-aid',
    category: '医疗医保',
    text: '家中長輩罹癌，自付的醫療費用很高，請問有沒有醫療補助或救助可以申請？',
  },

  // the village clinic has had no doctor since the old one retired
  {
    id: 'village-clinic-1',
    cluster: 'village-clinic',
    category: '医疗医保',
    text: '村卫生室的老医生退休以后就没人了，头疼脑热得跑十几里去镇上，老人拿个降压药都难。',
  },
  {
    id: 'village-clinic-2',
    cluster: 'village-clinic',
    category: '医疗医保',
    text: '我们村卫生所关门好几个月了，莫得医生',
  },
  {
    id: 'village-clinic-3',
    cluster: 'village-clinic',
    category: '医疗医保',
    text: '求派个村医来，俺村六百多口人，连个量血压的地方都没有。',
  },

  // residents' medical insurance premium keeps rising
  {
    id: 'insurance-premium-1',
    cluster: 'insurance-premium',
    category: '医疗医保',
    text: '城乡居民医保一年比一年贵，今年一个人三百八十块，我家五口人快两千了，种地一年才挣几个钱？',
  },
  {
    id: 'insurance-premium-2',
    cluster: 'insurance-premium',
    category: '医疗医保',
    text: '医保费又涨了 农村人交不起 能不能少交点',
  },

  // the irrigation channel is broken or silted up
  {
    id: 'irrigation-1',
    cluster: 'irrigation',
    category: '农业生产',
    text: '我们组的灌溉渠年久失修，好几处都塌了，放水的时候水全跑到沟外头去了，下游的地根本浇不上。',
  },
  { id: 'irrigation-2', cluster: 'irrigation', category: '农业生产', text: '水渠堵了 麦子要浇水了 急！' },
  {
    id: 'irrigation-3',
    cluster: 'irrigation',
    category: '农业生产',
    text: '村裡的灌溉水圳多處崩塌，農田引不到水，稻子快乾死了，請盡快派人搶修。',
  },
  {
    id: 'irrigation-4',
    cluster: 'irrigation',
    category: '农业生产',
    text: '今年天旱，东边那条干渠里全是淤泥和杂草，抽水机也是坏的，村里几十亩玉米眼看要旱死了，咋整？',
  },

  // the seed company has not paid for last year's seed corn
  {
    id: 'seed-payment-1',
    cluster: 'seed-payment',
    category: '农业生产',
    text: '去年给种子公司制种的玉米钱到现在还没结清，说好年前给，一拖再拖，俺们等着这钱过年呢。',
  },
  {
    id: 'seed-payment-2',
    cluster: 'seed-payment',
    category: '农业生产',
    text: '制种款拖欠一年多了，公司老板电话也不接，村里三十多户都没拿到钱。',
  },
  { id: 'seed-payment-3', cluster: 'seed-payment', category: '农业生产', text: '种子款啥时候能给？娃开学要交学费了' },
  {
    id: 'seed-payment-4',
    cluster: 'seed-payment',
    category: '农业生产',
    text: '希望政府出面协调一下制种企业欠款问题，我们按合同交了种子，企业一直以资金紧张为由拖着不付。',
  },

  // village tap water: cut most of the day, muddy when it comes
  {
    id: 'village-water-1',
    cluster: 'village-water',
    category: '人居环境',
    text: '村里自来水一天就来两个钟头，还是黄泥汤，烧开了底下一层沙。',
  },
  {
    id: 'village-water-2',
    cluster: 'village-water',
    category: '人居环境',
    text: '俺们村吃水难，水管子经常没水，有水也是浑的，老人挑水要走好远。',
  },
  {
    id: 'village-water-3',
    cluster: 'village-water',
    category: '人居环境',
    text: '村裡自來水常常停水，來水的時候又很混濁，不敢給小孩喝，希望改善供水。',
  },
  {
    id: 'village-water-4',
    cluster: 'village-water',
    category: '人居环境',
    text: '饮水问题反映好几次了，三天两头停水，好不容易来水了，一拧开水龙头全是浑水，全村人都在买桶装水喝。',
  },

  // wild boars eating the crops
  {
    id: 'wild-boar-1',
    cluster: 'wild-boar',
    category: '农业生产',
    text: '山上的野猪又下来了，一晚上拱了我家半亩红薯，能不能给点补偿，或者组织人赶一赶？',
  },
  {
    id: 'wild-boar-2',
    cluster: 'wild-boar',
    category: '农业生产',
    text: '野猪糟蹋庄稼太厉害了，花生还没收就被啃光了，俺们又不能打，咋办嘛',
  },

  // water leaking from the flat above, the neighbour will not fix it
  {
    id: 'neighbour-leak-1',
    cluster: 'neighbour-leak',
    category: '邻里纠纷',
    text: '楼上卫生间漏水，我家天花板泡得发霉掉皮，找他们好几次都不开门，物业也说管不了。',
  },
  {
    id: 'neighbour-leak-2',
    cluster: 'neighbour-leak',
    category: '邻里纠纷',
    text: '楼上渗水渗到我家厨房，墙皮一块一块往下掉，邻居说不是他家的问题，想请社区帮忙调解。',
  },
  {
    id: 'neighbour-leak-3',
    cluster: 'neighbour-leak',
    category: '邻里纠纷',
    text: '樓上單位漏水落我屋企天花，滴咗成個月，佢哋唔肯整，管理處叫我自己搵人睇，真係冇計。',
  },
  {
    id: 'neighbour-leak-4',
    cluster: 'neighbour-leak',
    category: '邻里纠纷',
    text: '702漏水漏到我家602了！！吊顶都鼓包了 他家就是不修',
  },
  {
    id: 'neighbour-leak-5',
    cluster: 'neighbour-leak',
    category: '邻里纠纷',
    text: '我是租户，房东让我自己找楼上沟通，楼上老太太说她家防水刚做过不可能漏，可我家卫生间顶上天天往下滴水，到底谁来鉴定啊？',
  },

  // a neighbour's renovation: drilling early, late and at weekends
  {
    id: 'renovation-noise-1',
    cluster: 'renovation-noise',
    category: '邻里纠纷',
    text: '隔壁装修，电钻从早上七点钻到晚上八点，周末也不停，我上夜班白天根本没法睡。',
  },
  {
    id: 'renovation-noise-2',
    cluster: 'renovation-noise',
    category: '邻里纠纷',
    text: '楼上装修天天砸墙，中午午休也敲，咚咚咚的，跟他说了也不听。',
  },
  {
    id: 'renovation-noise-3',
    cluster: 'renovation-noise',
    category: '邻里纠纷',
    text: '隔籬單位裝修好嘈，星期六日朝早八點就開始鑽牆，BB成日被嚇醒。',
  },

  // a ground-floor household dug up the shared lawn to grow vegetables
  {
    id: 'green-veg-1',
    cluster: 'green-veg',
    category: '邻里纠纷',
    text: '一楼住户把楼下的绿化带挖了种菜，还浇大粪，臭得很，说他两句他还说是自家门口。',
  },
  {
    id: 'green-veg-2',
    cluster: 'green-veg',
    category: '邻里纠纷',
    text: '小区草坪被人刨了种葱种白菜，还拿木板围起来了，公共的地方咋能自己占？',
  },

  // property certificates not issued years after handover (developer owes land fees)
  {
    id: 'property-cert-1',
    cluster: 'property-cert',
    category: '其他',
    text: '我们小区交房都五年了，房产证还没办下来，孩子上学报名要房本，开发商一拖再拖。',
  },
  {
    id: 'property-cert-2',
    cluster: 'property-cert',
    category: '其他',
    text: '不动产证啥时候能办？买房的时候说两年，现在都六年了',
  },
  {
    id: 'property-cert-3',
    cluster: 'property-cert',
    category: '其他',
    text: '听说是开发商欠了土地出让金，所以整个小区的产权证都办不了，我们业主有啥办法？',
  },
  {
    id: 'property-cert-4',
    cluster: 'property-cert',
    category: '其他',
    text: '買了房子好幾年都拿不到權狀，建商一直推說手續還在跑，想拿房子抵押貸款也沒辦法。',
  },
  {
    id: 'property-cert-5',
    cluster: 'property-cert',
    category: '其他',
    text: '房本的事到底有人管没有？我爹想把房子过户给我都办不了，跑了住建局又跑不动产中心，来回踢皮球。',
  },

  // morning-market stalls spread over the road
  {
    id: 'market-stalls-1',
    cluster: 'market-stalls',
    category: '其他',
    text: '早市的摊子都摆到马路中间了，早上七八点车根本开不过去，一地烂菜叶子。',
  },
  {
    id: 'market-stalls-2',
    cluster: 'market-stalls',
    category: '其他',
    text: '路边摆摊的太多，把人行道和半条马路都占了，能不能划个固定的地方让他们摆？',
  },
  {
    id: 'market-stalls-3',
    cluster: 'market-stalls',
    category: '其他',
    text: '我是卖菜的，也不想占道，可市场里摊位费太贵了，一个月八百，我们小本生意吃不消，能不能给个便宜点的地方。',
  },

  // singletons: problems no other item describes (several close to a cluster on purpose)
  {
    id: 'single-1',
    cluster: null,
    category: '人居环境',
    text: '人行道上的井盖不知道被谁偷了，就剩个黑窟窿，晚上很容易掉下去，我先搬了块砖头挡着。',
  },
  {
    id: 'single-2',
    cluster: null,
    category: '物业管理',
    text: '楼道里的声控灯坏了，拍手跺脚都不亮，老人只能摸黑上下楼。',
  },
  {
    id: 'single-3',
    cluster: null,
    category: '人居环境',
    text: '路口那根路灯杆被货车撞歪了，斜着悬在人行道上方，随时可能倒下来砸到人。',
  },
  {
    id: 'single-4',
    cluster: null,
    category: '物业管理',
    text: '小区新装的充电桩收费太贵了，给电瓶车充满一次要四块钱，还另收服务费，比在家充贵好几倍。',
  },
  {
    id: 'single-5',
    cluster: null,
    category: '其他',
    text: '我的电动车停在车棚里被偷了，车棚的摄像头是坏的，报了警到现在也没消息。',
  },
  {
    id: 'single-6',
    cluster: null,
    category: '人居环境',
    text: '公園裡的健身器材壞了好幾樣，單槓鬆動、漫步機斷了一邊，怕小朋友玩的時候受傷。',
  },
  {
    id: 'single-7',
    cluster: null,
    category: '人居环境',
    text: '小区里的梧桐树长得比五楼还高，树枝伸到阳台上，屋里一年到头见不着太阳，还招虫子。',
  },
  {
    id: 'single-8',
    cluster: null,
    category: '邻里纠纷',
    text: '对门邻居遛狗从来不拴绳，大金毛一下扑到我孙女身上，吓得孩子直哭。',
  },
  {
    id: 'single-9',
    cluster: null,
    category: '邻里纠纷',
    text: '邻居家空调外机正对着我卧室窗户，夏天一晚上嗡嗡响，热风还直往屋里吹。',
  },
  {
    id: 'single-10',
    cluster: null,
    category: '邻里纠纷',
    text: '樓上每晚十二點後還在拖椅子、小孩跑跳，咚咚聲不斷，上去溝通過兩次都沒改善。',
  },
  {
    id: 'single-11',
    cluster: null,
    category: '人居环境',
    text: '街边新开的KTV半夜还在唱，隔着两条街都能听见鬼哭狼嚎。',
  },
  {
    id: 'single-12',
    cluster: null,
    category: '养老服务',
    text: '公办养老院排队要排两年，私立的一个月四五千，普通退休工人根本住不起。',
  },
  {
    id: 'single-13',
    cluster: null,
    category: '养老服务',
    text: '老年人不会用智能手机，现在啥都要扫码，能不能在社区办个手机培训班？',
  },
  {
    id: 'single-14',
    cluster: null,
    category: '养老服务',
    text: '獨居長者屋企冇緊急呼叫設備，上次有位婆婆跌低兩日先被發現，建議幫佢哋裝平安鐘。',
  },
  {
    id: 'single-15',
    cluster: null,
    category: '医疗医保',
    text: '县医院的专家号一放出来就没了，早上五点去排队都挂不上。',
  },
  {
    id: 'single-16',
    cluster: null,
    category: '医疗医保',
    text: '我常吃的一种抗癌靶向药不在医保目录里，一盒一万多，只能全自费。',
  },
  {
    id: 'single-17',
    cluster: null,
    category: '农业生产',
    text: '流转出去的地，承包老板两年没给租金了，人也找不着，地就那么荒着。',
  },
  {
    id: 'single-18',
    cluster: null,
    category: '农业生产',
    text: '去年在農會買的玉米種子發芽率不到一半，整片田補種了兩次，損失誰來賠？',
  },
  {
    id: 'single-19',
    cluster: null,
    category: '农业生产',
    text: '前天刮大风把俺家两个蔬菜大棚掀翻了，薄膜全撕烂了，有没有啥补助？',
  },
  {
    id: 'single-20',
    cluster: null,
    category: '其他',
    text: '村务公开栏好几年没更新了，集体土地卖了多少钱、花在哪了，村民一概不知。',
  },
  {
    id: 'single-21',
    cluster: null,
    category: '其他',
    text: '我们村快递只能送到镇上，取个件来回要骑四十分钟，能不能在村里设个代收点。',
  },
  {
    id: 'single-22',
    cluster: null,
    category: '物业管理',
    text: '3单元502被隔成七八个小间出租，天天进进出出的都是生面孔，住着心里不踏实，这种群租房有没有人管？',
  },
  {
    id: 'single-23',
    cluster: null,
    category: '物业管理',
    text: '业委会换届拖了三年没选，物业合同到期了也没人牵头续签，大家都不知道该找谁。',
  },
  {
    id: 'single-24',
    cluster: null,
    category: '物业管理',
    text: '顶楼那户在楼顶私自搭了个彩钢房，还把通往天台的门锁了，我们晒被子都没地方。',
  },
  {
    id: 'single-25',
    cluster: null,
    category: '其他',
    text: '孩子明年上小学，我们家明明住在实验小学旁边，却被划到三公里外的学校，划片到底按啥划的？',
  },
  {
    id: 'single-26',
    cluster: null,
    category: '其他',
    text: '今年冬天暖气一点都不热，屋里才十三四度，老人孩子都冻感冒了，供热公司还说达标了。',
  },
  {
    id: 'single-27',
    cluster: null,
    category: '其他',
    text: '村裡到現在還沒通天然氣，冬天只能燒煤取暖，去年鄰村就有人一氧化碳中毒，希望早點接管線。',
  },
  {
    id: 'single-28',
    cluster: null,
    category: '其他',
    text: '小区附近连个儿童游乐场都没有，孩子放学只能在马路边上跑，太不安全了。',
  },
  {
    id: 'single-29',
    cluster: null,
    category: '其他',
    text: '残疾证到期换证要本人去市里鉴定，我儿子瘫在床上动不了，能不能上门办理？',
  },
  {
    id: 'single-30',
    cluster: null,
    category: '人居环境',
    text: '菜市场那边连个公共厕所都没有，赶集的人多，只能往墙角跑，味道很大。',
  },
  {
    id: 'single-31',
    cluster: null,
    category: '人居环境',
    text: '河道裡漂滿寶特瓶和塑膠袋，還有死魚，很久沒人打撈了。',
  },
  {
    id: 'single-32',
    cluster: null,
    category: '人居环境',
    text: '小区垃圾分类点正好设在我家窗户底下，一开窗就是一股馊味，能不能挪远点？',
  },
  {
    id: 'single-33',
    cluster: null,
    category: '交通出行',
    text: '新华路和建设路交叉口的红绿灯，行人绿灯只有十五秒，老人走到一半就变红了。',
  },
  {
    id: 'single-34',
    cluster: null,
    category: '交通出行',
    text: '公車站牌旁邊沒有遮雨棚，也沒有椅子，下雨天等車全身濕透，老人家站不久。',
  },
  {
    id: 'single-35',
    cluster: null,
    category: '交通出行',
    text: '共享单车在地铁口堆成山，盲道全被占了，我们视力不好的人出门寸步难行。',
  },
  {
    id: 'single-36',
    cluster: null,
    category: '物业管理',
    text: '小区门禁坏了半个月，谁都能随便进出，最近好几家的快递被人顺走了。',
  },
  {
    id: 'single-37',
    cluster: null,
    category: '邻里纠纷',
    text: '我家和隔壁的宅基地界线一直有争议，他家新砌的院墙占了我家半米，村里调解了两次没结果。',
  },
  {
    id: 'single-38',
    cluster: null,
    category: '邻里纠纷',
    text: '对面邻居在门口装了个摄像头，正对着我家大门，我们一进一出都被拍，感觉一点隐私都没了。',
  },
  {
    id: 'single-39',
    cluster: null,
    category: '邻里纠纷',
    text: '隔壁鄰居在後院養了二十幾隻雞，夏天雞屎味薰得受不了，蒼蠅也多。',
  },
  {
    id: 'single-40',
    cluster: null,
    category: '医疗医保',
    text: '医保卡在药店买药被多刷了两百多，找药店他们不认账，这个该找谁管？',
  },
  {
    id: 'single-41',
    cluster: null,
    category: '其他',
    text: '社區活動中心晚上都不開放，年輕人下班後想打打球、看看書都沒地方去。',
  },
];

export const QUERIES: LabelledQuery[] = [
  {
    query: '充电桩',
    relevant: [
      'ebike-charge-1',
      'ebike-charge-2',
      'ebike-charge-3',
      'ebike-charge-4',
      'ebike-charge-5',
      'ebike-charge-6',
      'single-4',
    ],
  },
  {
    query: '电动车',
    relevant: [
      'ebike-charge-1',
      'ebike-charge-2',
      'ebike-charge-3',
      'ebike-charge-4',
      'ebike-charge-5',
      'ebike-charge-6',
      'ebike-firelane-1',
      'ebike-firelane-2',
      'ebike-firelane-3',
      'single-4',
      'single-5',
    ],
  },
  {
    query: '飞线',
    relevant: [
      'ebike-charge-1',
      'ebike-charge-2',
      'ebike-charge-3',
      'ebike-charge-4',
      'ebike-charge-5',
      'ebike-charge-6',
    ],
  },
  {
    query: '路灯',
    relevant: [
      'streetlight-broken-1',
      'streetlight-broken-2',
      'streetlight-broken-3',
      'streetlight-broken-4',
      'streetlight-broken-5',
      'streetlight-glare-1',
      'streetlight-glare-2',
      'single-3',
    ],
  },
  {
    query: '广场舞',
    relevant: ['square-dance-1', 'square-dance-2', 'square-dance-3', 'square-dance-4', 'square-dance-5'],
  },
  {
    query: '噪音',
    relevant: [
      'square-dance-1',
      'square-dance-2',
      'square-dance-3',
      'square-dance-4',
      'square-dance-5',
      'renovation-noise-1',
      'renovation-noise-2',
      'renovation-noise-3',
      'single-9',
      'single-10',
      'single-11',
    ],
  },
  {
    query: '漏水',
    relevant: ['neighbour-leak-1', 'neighbour-leak-2', 'neighbour-leak-3', 'neighbour-leak-4', 'neighbour-leak-5'],
  },
  {
    query: '加装电梯',
    relevant: [
      'elevator-install-1',
      'elevator-install-2',
      'elevator-install-3',
      'elevator-install-4',
      'elevator-install-5',
    ],
  },
  {
    query: '房产证',
    relevant: ['property-cert-1', 'property-cert-2', 'property-cert-3', 'property-cert-4', 'property-cert-5'],
  },
  {
    query: '医疗救助',
    relevant: ['medical-aid-1', 'medical-aid-2', 'medical-aid-3'],
  },
  {
    query: '异地就医',
    relevant: ['insurance-reimb-1', 'insurance-reimb-2', 'insurance-reimb-3', 'insurance-reimb-4', 'insurance-reimb-5'],
  },
  {
    query: '医保',
    relevant: [
      'insurance-reimb-1',
      'insurance-reimb-2',
      'insurance-reimb-3',
      'insurance-reimb-4',
      'insurance-reimb-5',
      'medical-aid-1',
      'medical-aid-2',
      'medical-aid-3',
      'insurance-premium-1',
      'insurance-premium-2',
      'single-16',
      'single-40',
    ],
  },
  {
    query: '车位',
    relevant: ['parking-shortage-1', 'parking-shortage-2', 'parking-shortage-3', 'parking-shortage-4'],
  },
  {
    query: '老年食堂',
    relevant: ['elderly-canteen-1', 'elderly-canteen-2', 'elderly-canteen-3', 'elderly-canteen-4', 'elderly-canteen-5'],
  },
  {
    query: '流浪狗',
    relevant: ['stray-dogs-1', 'stray-dogs-2', 'stray-dogs-3'],
  },
  {
    query: '公交',
    relevant: ['bus-route-1', 'bus-route-2', 'bus-route-3', 'bus-route-4', 'single-34'],
  },
  {
    query: '灌溉',
    relevant: ['irrigation-1', 'irrigation-2', 'irrigation-3', 'irrigation-4'],
  },
  {
    query: '制种款',
    relevant: ['seed-payment-1', 'seed-payment-2', 'seed-payment-3', 'seed-payment-4'],
  },
  {
    query: '積水',
    relevant: ['road-flood-1', 'road-flood-2', 'road-flood-3', 'road-flood-4'],
  },
  {
    query: '水質',
    relevant: ['village-water-1', 'village-water-2', 'village-water-3', 'village-water-4'],
  },
  {
    query: '停水',
    relevant: [
      'water-pressure-1',
      'water-pressure-2',
      'water-pressure-3',
      'village-water-1',
      'village-water-2',
      'village-water-3',
      'village-water-4',
    ],
  },
  {
    query: '垃圾清运',
    relevant: ['garbage-pickup-1', 'garbage-pickup-2', 'garbage-pickup-3', 'garbage-pickup-4'],
  },
  {
    query: '高龄补贴',
    relevant: ['elderly-subsidy-1', 'elderly-subsidy-2', 'elderly-subsidy-3'],
  },
  {
    query: '村医',
    relevant: ['village-clinic-1', 'village-clinic-2', 'village-clinic-3'],
  },
  {
    query: '油烟',
    relevant: ['bbq-fumes-1', 'bbq-fumes-2'],
  },
  {
    query: '摆摊',
    relevant: ['market-stalls-1', 'market-stalls-2', 'market-stalls-3'],
  },
  {
    query: '学校门口',
    relevant: ['school-gate-1', 'school-gate-2', 'school-gate-3', 'school-gate-4'],
  },
  {
    query: '物业费',
    relevant: ['property-fee-1', 'property-fee-2', 'property-fee-3', 'property-fee-4'],
  },
  {
    query: '村道',
    relevant: ['rural-road-1', 'rural-road-2', 'rural-road-3', 'rural-road-4'],
  },
];
