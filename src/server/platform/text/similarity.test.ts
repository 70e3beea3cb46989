import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { poolOf, Scorer, SIMILAR_THRESHOLD } from './similarity';
import { vocabulary } from './vocabulary';

const scorer = new Scorer();
const termsOf = (text: string) => vocabulary().terms(normalize(text));
const compare = (a: string, b: string, options?: Parameters<Scorer['compare']>[2]) =>
  scorer.compare(termsOf(a), termsOf(b), options);

// Two residents reporting one problem in their own words: the panel should put them side by side.
// Written for this test (not the bench's development set), each with the words it turns on.
const SAME_PROBLEM: [string, string, string[]][] = [
  ['我家楼下的下水道堵了，污水漫到路上', '排水沟堵塞好几天了，臭水流得到处都是', ['排水沟', '堵塞']],
  ['房本办了三年还没拿到，开发商一直拖着', '买房五年了房产证迟迟办不下来', ['房产证']],
  ['村口那条马路坑坑洼洼，下雨天根本没法走', '进村的道路破损严重，到处是大坑', ['道路', '坑洼']],
  ['晚上广场舞音响开得太大声，吵得孩子睡不着', '跳广场舞的噪音扰民，希望管一管', ['广场舞', '噪音']],
  ['小区路灯坏了一个多月，晚上黑漆漆的', '我们这边的路灯不亮好久了，夜里走路很不安全', ['路灯']],
  ['垃圾桶满了好几天没人清运，臭气熏天', '垃圾站的垃圾没人拉走，味道很大', ['垃圾', '清运']],
  ['八十岁的老人高龄补贴今年还没发', '老人的高龄津贴一直没到账', ['高龄补贴']],
  ['电动车充电桩太少，晚上要排队', '希望在小区里多装几个充电桩', ['充电桩']],
  ['有人在楼道里给电瓶车充电，太危险了', '楼道里電動車充電，容易着火', ['电动车', '充电']],
  ['5栋有人从窗户拉电线下来给电动车充电', '好几户私拉电线给电瓶车充电，存在火灾隐患', ['飞线', '电动车']],
  ['楼道里堆满了杂物，消防通道被堵', '消防通道被杂物堵住了，万一着火怎么办', ['消防通道']],
  ['老小区想加装电梯，一楼住户不同意', '加梯的事低层住户一直反对', ['加装电梯']],
  ['夜市烧烤油烟太大，窗户都不敢开', '楼下燒烤店的油煙嗆人', ['烧烤', '油烟']],
  ['医保报销比例太低，看病负担重', '住院的医疗费报销得太少了', ['报销', '医保']],
  ['公交车改线以后，村里没有车去县城了', '12路公交不经过我们村了，出行很不方便', ['公交', '改线']],
  ['楼上漏水，把我家天花板泡坏了', '卫生间渗水到楼下的吊顶', ['漏水', '天花板']],
  ['小区门口早市摆摊占道，车都过不去', '流动摊贩占道经营，堵得走不动', ['占道']],
  ['流浪狗越来越多，晚上追着人叫', '小区附近野狗很多，孩子都不敢出门', ['流浪狗']],
];

// Two reports about different things that share a place, a time or a way of asking.
const DIFFERENT_PROBLEMS: [string, string][] = [
  ['小区路灯坏了一个多月，晚上黑漆漆的', '小区垃圾桶满了好几天没人清运'],
  ['楼下电动车乱停，挡住了消防通道', '楼下的下水道堵了，污水漫到路上'],
  ['老人高龄补贴今年还没发', '老人看病报销太麻烦，希望简化手续'],
  ['村里的道路坑坑洼洼，下雨天没法走', '村里的自来水三天两头停水'],
  ['物业费又涨价了，也不公示收支', '物业不管楼道里堆的杂物'],
  ['晚上广场舞音响太吵了', '晚上路灯不亮，走路不安全'],
  ['学校门口接送孩子的车堵成一团', '幼儿园学位不够，孩子入园难'],
  ['小区电梯经常坏，老人上下楼困难', '小区门禁坏了，外人随便进出'],
  ['今年玉米种子款一直没结算', '今年的养老金还没到账'],
  ['希望社区尽快协调解决', '希望街道领导重视这个问题'],
];

describe('Scorer.compare', () => {
  it.each(SAME_PROBLEM)('finds “%s” and “%s” alike, for %j', (a, b, words) => {
    const { score, shared } = compare(a, b);
    expect(score).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD);
    expect(shared).toEqual(expect.arrayContaining(words));
  });

  it.each(DIFFERENT_PROBLEMS)('keeps “%s” and “%s” apart', (a, b) => {
    expect(compare(a, b).score).toBeLessThan(SIMILAR_THRESHOLD);
  });

  it('is symmetric and 1 for one text compared with itself', () => {
    for (const [a, b] of SAME_PROBLEM.slice(0, 5)) {
      expect(compare(a, b).score).toBeCloseTo(compare(b, a).score, 10);
      expect(compare(a, a).score).toBeCloseTo(1, 10);
    }
  });

  it('lists the shared words weightiest first, without the words of how people ask', () => {
    const { shared } = compare('希望尽快解决楼道里电瓶车充电的问题', '楼道電動車充電的問題希望解决');
    expect(shared.slice(0, 3).sort()).toEqual(['充电', '楼道', '电动车'].sort());
    // the filler both texts hold comes after every word of what they are about
    const weights = shared.map((t) => scorer.weight(t));
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
    expect(shared.slice(3).sort()).toEqual(['希望', '解决', '问题'].sort());
  });

  it('scales two texts filed under different categories down, and leaves unknown categories alone', () => {
    const [a, b] = ['小区路灯坏了一个多月，晚上黑漆漆的', '我们这边的路灯不亮好久了，夜里走路很不安全'];
    const same = compare(a, b, { sameCategory: true }).score;
    expect(compare(a, b).score).toBe(same);
    expect(compare(a, b, { sameCategory: null }).score).toBe(same);
    expect(compare(a, b, { sameCategory: false }).score).toBeCloseTo(same * 0.6, 10);
  });

  it('sets aside the words it is told to ignore (place names say where, not what)', () => {
    const a = '锦泉社区的路灯坏了';
    const b = '锦泉社区物业费涨价';
    const ignore = new Set(termsOf('锦泉社区'));
    expect(compare(a, b).shared).toContain('锦泉');
    expect(compare(a, b, { ignore }).shared).toEqual([]);
    expect(compare(a, b, { ignore }).score).toBe(0);
  });

  it('scores 0 when either text has no words', () => {
    expect(compare('的了吗', '路灯坏了')).toEqual({ score: 0, shared: [] });
    expect(compare('路灯坏了', '')).toEqual({ score: 0, shared: [] });
  });
});

describe('Scorer with a pool', () => {
  it('makes a word most of a place’s reports hold count for less there', () => {
    const docs = [
      ...Array.from({ length: 30 }, () => termsOf('小区电动车充电难')),
      ...Array.from({ length: 20 }, () => termsOf('垃圾清运不及时')),
    ];
    const pooled = new Scorer(vocabulary(), poolOf(docs));
    expect(pooled.weight('电动车')).toBeLessThan(scorer.weight('电动车') / 2);
    // a word the pool never holds keeps its weight
    expect(pooled.weight('路灯')).toBe(scorer.weight('路灯'));
  });

  it('leaves weights alone in a pool too small to count', () => {
    const small = new Scorer(vocabulary(), poolOf(Array.from({ length: 10 }, () => termsOf('电动车充电难'))));
    expect(small.weight('电动车')).toBe(scorer.weight('电动车'));
  });
});
