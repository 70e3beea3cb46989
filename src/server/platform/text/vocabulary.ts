import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { DEFAULT_SYNONYMS } from './synonyms-data';

// jieba's dictionary and its IDF table ship inside @node-rs/jieba (a Buffer each); read once.
const require = createRequire(import.meta.url);
const jiebaData = () => require('@node-rs/jieba/dict') as { dict: Uint8Array; idf: Uint8Array };

/** Groups of words for one idea; the first of each is the word shown. */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Words that say how a resident asks rather than what about (希望, 协调, 能不能): they stay
 * terms, but weigh a tenth. Civic filler from residents' and staff's writing, beside the
 * function words jieba's IDF table already rates low.
 */
const FILLER = new Set(
  (
    '希望 建议 要求 请求 恳请 麻烦 帮忙 帮助 解决 处理 协调 落实 反映 投诉 举报 诉求 问题 情况 现象 事情 事 ' +
    '能不能 能否 可不可以 可以 是否 怎么 怎么办 为什么 为啥 什么 什么时候 啥时候 多久 几天 好几天 好久 一直 ' +
    '已经 还是 还 总是 经常 每天 天天 现在 目前 最近 今年 去年 多次 多年 几次 好多 很多 非常 特别 十分 ' +
    '严重 影响 有关 相关 部门 领导 政府 社区 村里 村委 居委会 街道 工作人员 居民 群众 村民 大家 我们 我 ' +
    '你们 他们 这个 那个 这里 那里 这样 没有 不能 不是 就是 还有 一下 尽快 赶紧 及时 早日 谢谢 感谢 ' +
    '关注 重视 考虑 看看 管管 管一管 说 讲 找 问 知道 晓得 觉得 不知道 一些 有点 有些 真的 实在 ' +
    '咋 啥 俺 莫得 整 搞 弄 小区 家 人 里 上 下 受不了 不了 只能 对着 正对着 一年到头 根本 到底 好像 可能 ' +
    '听说 屋企 睇 搵 攞 俾 畀 点算 点解 乜嘢 嘢'
  ).split(' '),
);

/** Function words and punctuation-like tokens that are never terms. */
const STOP = new Set(
  (
    '的 了 是 在 有 和 与 及 或 把 被 给 让 从 到 对 向 往 于 为 以 也 都 就 又 才 很 太 更 最 再 ' +
    '吗 呢 吧 啊 呀 哦 嘛 啦 么 哈 呗 嗯 着 过 得 地 之 其 这 那 个 些 一 不 没 别 要 会 能 想 去 来 ' +
    '等 等等 而且 但是 但 可是 因为 所以 如果 虽然 然后 并且 以及 还要 之后 以后 以前 时候 ' +
    // Cantonese function words (粤语): 冇 唔 咗 啲 嘅 喺 係 咁 佢 佢哋 哋 嚟 咩 噉
    '冇 唔 咗 啲 嘅 喺 係 咁 佢 佢哋 哋 嚟 咩 噉'
  ).split(' '),
);

const HAN_RUN = /^\p{Script=Han}+$/u;

// jieba's part-of-speech tags that say when, how much, who or how (时间 t, 数量 m/q, 代词 r, 副词 d,
// 介词 p, 连词 c, 助词 u, 语气 y, 叹词 e, 拟声 o, 方位 f) and names of people and places (nr, ns):
// never what a problem is about
const NOT_CONTENT = /^(t|tg|m|mq|q|r|rr|rz|rg|d|dg|p|c|u.*|y|e|o|f|nr.*|ns)$/;
const isContentTag = (tag: string) => !NOT_CONTENT.test(tag);
const WORDISH = /[\p{L}\p{N}]/u;
const DIGITS = /^[\p{N}.]+$/u;

/**
 * The platform's vocabulary: how texts become terms (jieba words, synonyms folded to one word,
 * character bigrams where jieba falls back to single characters) and how much each term weighs.
 */
export class Vocabulary {
  private readonly jieba: Jieba;
  /** the variants by their first character, longest first: folding looks up only those */
  private readonly byFirst = new Map<string, string[]>();
  private readonly shownFor = new Map<string, string>();
  private readonly variantsOf = new Map<string, string[]>();
  private static idf: Map<string, number> | undefined;

  /**
   * Which vocabulary stored terms were made with: the reading rules' generation and the
   * deployment's synonym edit count. Stored terms of another version are read again.
   */
  readonly version: number;

  constructor(
    readonly groups: SynonymGroups = DEFAULT_SYNONYMS,
    /** how many times the deployment's table was saved (0: the shipped one, never edited) */
    readonly edits = 0,
  ) {
    this.version = READING_RULES * 100_000 + edits;
    const { dict } = jiebaData();
    this.jieba = Jieba.withDict(dict);
    const variants: string[] = [];
    for (const group of groups) {
      const shown = group[0];
      if (!shown) continue;
      this.variantsOf.set(shown, [...group]);
      for (const word of group) if ([...word].length > 1 && !this.shownFor.has(word)) this.shownFor.set(word, shown);
      // the shown word is matched too, so 路灯坏 reads as 路灯 + 坏, not 路 + 灯坏
      variants.push(...group.filter((w) => [...w].length > 1));
    }
    // the shown words are words: jieba keeps each whole
    const words = groups.map((g) => g[0]).filter((w): w is string => !!w && [...w].length > 1);
    if (words.length) this.jieba.loadDict(Buffer.from(words.map((w) => `${w} 100000 n`).join('\n')));
    for (const word of [...new Set(variants)].sort((a, b) => b.length - a.length)) {
      const first = String.fromCodePoint(word.codePointAt(0) as number);
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), word]);
    }
  }

  /**
   * The text with every variant replaced by its group's shown word: from left to right, the
   * longest variant starting at each place. (One regular expression of all variants did the same,
   * until the table outgrew what V8 optimises: thirty times slower past ~20,000 characters.)
   */
  foldSynonyms(normalized: string) {
    let out = '';
    let i = 0;
    while (i < normalized.length) {
      const ch = String.fromCodePoint(normalized.codePointAt(i) as number);
      const word = this.byFirst.get(ch)?.find((w) => normalized.startsWith(w, i));
      if (word) {
        out += ` ${this.shownFor.get(word) ?? word} `;
        i += word.length;
      } else {
        out += ch;
        i += ch.length;
      }
    }
    return out;
  }

  /** All words of a term's group (the term itself when it has none). */
  variants(term: string): string[] {
    return this.variantsOf.get(term) ?? [term];
  }

  /**
   * The distinct terms of a normalised text: synonyms folded, then jieba's words with their parts
   * of speech, keeping what can say what a problem is about (nouns, verbs, adjectives, idioms,
   * unknown words) and dropping stop words; runs of single characters jieba could not place (an
   * unknown word) also give their bigrams, so 私/拉 still meets 私拉.
   */
  terms(normalized: string): string[] {
    const out = new Set<string>();
    let run: string[] = [];
    const flush = () => {
      for (let i = 0; i + 1 < run.length; i++) out.add(`${run[i]}${run[i + 1]}`);
      run = [];
    };
    for (const chunk of this.foldSynonyms(normalized).split(/\s+/)) {
      if (!chunk) continue;
      // a folded word stands alone: cutting it again could split it (电动车 → 电动 + 车)
      if (this.variantsOf.has(chunk)) {
        flush();
        out.add(chunk);
        continue;
      }
      for (const { word, tag } of this.jieba.tag(chunk, true)) {
        if (!WORDISH.test(word) || STOP.has(word) || DIGITS.test(word) || !isContentTag(tag)) {
          flush();
          continue;
        }
        const chars = [...word];
        if (chars.length === 1 && HAN_RUN.test(word)) run.push(word);
        else flush();
        out.add(word);
      }
      flush();
    }
    return [...out];
  }

  /**
   * How informative a term is in general: jieba's IDF (from a large corpus) of the term (for a
   * synonym group, its shown word), a high default for a word it does not know, a tenth for civic
   * filler, a half for a single character.
   */
  weight(term: string): number {
    const idf = Vocabulary.idfTable();
    const variants = this.variantsOf.get(term) ?? [term];
    // the shown word's own weight (电动车, 老人): its rarer variants (电驴, 老大娘) would make a
    // common idea count as a rare one; the rarest variant only when jieba does not know the word
    let w = idf.get(term) ?? 0;
    if (w === 0) for (const v of variants) w = Math.max(w, idf.get(v) ?? 0);
    if (w === 0) w = UNKNOWN_IDF;
    // a bigram jieba did not know (a back-off gram) is a guess: it weighs like a common word
    if (!idf.has(term) && !this.variantsOf.has(term) && [...term].length === 2) w = Math.min(w, BACKOFF_IDF);
    if ([...term].length === 1) w *= 0.5;
    return FILLER.has(term) ? w * 0.1 : w;
  }

  private static idfTable() {
    if (!Vocabulary.idf) {
      const table = new Map<string, number>();
      for (const line of Buffer.from(jiebaData().idf).toString('utf8').split('\n')) {
        const space = line.indexOf(' ');
        if (space > 0) table.set(line.slice(0, space), Number(line.slice(space + 1)));
      }
      Vocabulary.idf = table;
    }
    return Vocabulary.idf;
  }
}

// raise when terms() reads texts differently: every stored text is read again
const READING_RULES = 1;

// jieba's median IDF is about 11.7 (its default for unknown words); a back-off bigram is often a
// fragment (坏了, 了好), so it weighs like an everyday word
const UNKNOWN_IDF = 11.7;
const BACKOFF_IDF = 7;

let current: Vocabulary | undefined;

/** The vocabulary in use (the shipped synonyms until the deployment's own are loaded). */
export const vocabulary = () => {
  current ??= new Vocabulary();
  return current;
};

/** Puts a deployment's synonym groups in use (`edits`: how many times they were edited). */
export const applySynonyms = (groups: SynonymGroups, edits: number) => {
  current = new Vocabulary(groups, edits);
  return current;
};
