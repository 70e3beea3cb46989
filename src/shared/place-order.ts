// Places sort as people count them: 第一网格, 第二网格, 第三网格 … 第十一网格, and 1栋, 2栋, 10栋 —
// not as characters sort (第一, 第三, 第二; 1栋, 10栋, 2栋). Numbers written in Chinese numerals
// (with 十/百/千, 两, 零/〇) or in digits count as their value; the text around them sorts as words.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const NUMBER_RUN = /[0-9０-９]+|[零〇一二两三四五六七八九十百千]+/g;

/** The value of a run of Chinese numerals: 十一 → 11, 二十 → 20, 一百零五 → 105. */
export function chineseNumeralValue(run: string) {
  let total = 0;
  let digit = 0;
  for (const ch of run) {
    const unit = UNITS[ch];
    if (unit === undefined) digit = DIGITS[ch] ?? 0;
    else {
      total += (digit || 1) * unit; // 十一: a bare 十 is one ten
      digit = 0;
    }
  }
  return total + digit;
}

type Chunk = string | number;

function chunks(name: string): Chunk[] {
  const out: Chunk[] = [];
  let last = 0;
  for (const m of name.matchAll(NUMBER_RUN)) {
    if (m.index > last) out.push(name.slice(last, m.index));
    const run = m[0];
    const isDigits = /^[0-9０-９]/.test(run);
    out.push(
      isDigits ? Number(run.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : chineseNumeralValue(run),
    );
    last = m.index + run.length;
  }
  if (last < name.length) out.push(name.slice(last));
  return out;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Compares two place names as people count: for Array.sort. */
export const comparePlaceNames = (a: string, b: string) => compareChunks(chunks(a), chunks(b), a, b);

function compareChunks(x: Chunk[], y: Chunk[], a: string, b: string) {
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as Chunk;
    const q = y[i] as Chunk;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    if (typeof p === 'number') return -1; // a numbered place before a named one
    if (typeof q === 'number') return 1;
    const byText = collator.compare(p, q);
    if (byText !== 0) return byText;
  }
  return x.length - y.length || collator.compare(a, b);
}

/** Sorts places (anything with a `name`) as people count; returns a new array. */
export const sortPlacesByName = <T extends { name: string }>(list: readonly T[]) => sortPlacesBy(list, () => 0);

/**
 * Places by a leading key (their depth, their kind's rank), then by name as people count — each
 * name cut into its chunks once, not at every comparison (a province's hundred districts: 1,300).
 */
export function sortPlacesBy<T extends { name: string }>(list: readonly T[], key: (p: T) => number) {
  const cut = new Map<string, Chunk[]>();
  const chunksOf = (name: string) => {
    let c = cut.get(name);
    if (!c) {
      c = chunks(name);
      cut.set(name, c);
    }
    return c;
  };
  return [...list].sort((a, b) => key(a) - key(b) || compareChunks(chunksOf(a.name), chunksOf(b.name), a.name, b.name));
}
