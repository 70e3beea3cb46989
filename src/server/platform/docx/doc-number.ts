// 发文字号 (document numbers) as the 公文 of a place write them: "东湖协〔2026〕7号".

/** "CG-2026-0007" → { year: 2026, number: 7 }. */
export function codeParts(code: string): { year: number; number: number } | null {
  const m = /^[A-Z]+-(\d{4})-(\d+)$/.exec(code);
  return m ? { year: Number(m[1]), number: Number(m[2]) } : null;
}

// longest first, so 街道 is taken off before 道 could be considered
const PLACE_SUFFIXES = ['街道办事处', '街道', '社区', '居委会', '村委会', '自治县', '区', '县', '市', '镇', '乡', '村'];

/** The short name a 发文字号 uses: 东湖街道 → 东湖, 青禾区 → 青禾; never shorter than two characters. */
export function placeShortName(name: string): string {
  for (const suffix of PLACE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

/**
 * 发文字号 from the place, the kind of document (协 for a council's outcome, 督 for a 督办单) and
 * the record's code: ("东湖街道", "RW-2026-0012", "督") → "东湖督〔2026〕12号".
 */
export function docNumber(placeName: string, code: string, word: string): string | undefined {
  const parts = codeParts(code);
  return parts ? `${placeShortName(placeName)}${word}〔${parts.year}〕${parts.number}号` : undefined;
}
