import { Fragment } from 'react';

/** A piece of a text, and whether it is one of the words to mark. */
export type TextPart = { text: string; start: number; isMatch: boolean };

const asLiteral = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` cut into pieces where `words` occur, case-insensitively; where words overlap the longest
 * wins (路灯坏了 before 路灯). Joined again, the pieces give back `text` unchanged.
 */
export function splitHighlights(text: string, words: readonly string[]): TextPart[] {
  const wanted = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!text || wanted.length === 0) return text ? [{ text, start: 0, isMatch: false }] : [];
  // an alternation tries its words in order at each position: longest first gives the longest match
  const pattern = new RegExp(wanted.map(asLiteral).join('|'), 'giu');
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), start: at, isMatch: false });
    parts.push({ text: m[0], start: m.index, isMatch: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), start: at, isMatch: false });
  return parts;
}

/**
 * The text from a little before the first marked word, so a match deep in a long text shows in a
 * one-line cell: "…楼下的路灯坏了一个月". Short texts and texts without a match stay whole.
 */
export function excerptAround(text: string, words: readonly string[], lead = 12): string {
  const first = splitHighlights(text, words).find((p) => p.isMatch);
  if (!first || first.start <= lead) return text;
  let from = first.start - lead;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(from))) from -= 1; // not between the halves of a rare character
  return `…${text.slice(from)}`;
}

type Props = {
  text: string;
  /** Words to mark (a search's words and their synonyms); none: the text as it is. */
  words: readonly string[];
};

/** A text with the given words marked (<mark>), built as elements: no HTML is parsed. */
export function Highlight({ text, words }: Props) {
  return (
    <>
      {splitHighlights(text, words).map((p) =>
        p.isMatch ? (
          <mark key={p.start} className="text-mark">
            {p.text}
          </mark>
        ) : (
          <Fragment key={p.start}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
