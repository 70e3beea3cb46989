import * as OpenCC from 'opencc-js';

// Traditional (Taiwan and Hong Kong forms) → simplified, so 繁體 and 简体 text meet in one form.
const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** The searchable form of a text: NFKC (full-width → half-width), simplified, lower case. */
export const normalize = (text: string) => fromHk(fromTw(text.normalize('NFKC'))).toLowerCase();

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The text's distinct search grams: character bigrams within runs of Chinese characters (the
 * usual way to index CJK without a dictionary), a lone character where a run is one long, and
 * whole words for Latin letters and digits.
 */
export function grams(normalized: string): string[] {
  const out = new Set<string>();
  let run = '';
  let word = '';
  const flushRun = () => {
    const chars = [...run];
    if (chars.length === 1) out.add(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
    run = '';
  };
  const flushWord = () => {
    if (word) out.add(word);
    word = '';
  };
  for (const ch of normalized) {
    if (HAN.test(ch)) {
      flushWord();
      run += ch;
    } else if (WORD.test(ch)) {
      flushRun();
      word += ch;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return [...out];
}

/**
 * The grams a query can look up in the index: stored texts hold bigrams of Han runs, so a lone
 * character or a partial Latin word is left to the substring match.
 */
export const indexableGrams = (g: string[]) => g.filter((x) => [...x].length === 2 && HAN.test(x));
