import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { excerptAround, Highlight, splitHighlights } from './Highlight';

const marked = (text: string, words: string[]) =>
  splitHighlights(text, words)
    .map((p) => (p.isMatch ? `[${p.text}]` : p.text))
    .join('');

describe('splitHighlights', () => {
  it('marks every occurrence and gives the text back whole', () => {
    const text = '小区路灯坏了，路灯旁边的井盖也松了';
    const parts = splitHighlights(text, ['路灯']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(marked(text, ['路灯'])).toBe('小区[路灯]坏了，[路灯]旁边的井盖也松了');
  });

  it('prefers the longest word where words overlap, whatever their order', () => {
    expect(marked('路灯坏了很久', ['路灯', '路灯坏了'])).toBe('[路灯坏了]很久');
    expect(marked('路灯坏了很久', ['路灯坏了', '路灯'])).toBe('[路灯坏了]很久');
  });

  it('ignores case and keeps the text as written', () => {
    expect(marked('WiFi 信号差，wifi 时断时续', ['WIFI'])).toBe('[WiFi] 信号差，[wifi] 时断时续');
  });

  it('marks 简 and 繁 forms when both are given', () => {
    expect(marked('路燈壞了；路灯坏了', ['路灯', '路燈'])).toBe('[路燈]壞了；[路灯]坏了');
  });

  it('treats words as text, not as patterns', () => {
    expect(marked('费用(元)是 1.5 倍', ['(元)', '1.5'])).toBe('费用[(元)]是 [1.5] 倍');
    expect(marked('a+b=c', ['a+b', '.*'])).toBe('[a+b]=c');
  });

  it('leaves text alone without words, and blank words are no words', () => {
    expect(splitHighlights('井盖松了', [])).toEqual([{ text: '井盖松了', start: 0, isMatch: false }]);
    expect(marked('井盖松了', ['', '  '])).toBe('井盖松了');
    expect(splitHighlights('', ['井盖'])).toEqual([]);
  });

  it('records where each part starts', () => {
    expect(splitHighlights('abcab', ['b']).map((p) => p.start)).toEqual([0, 1, 2, 4]);
  });
});

describe('excerptAround', () => {
  it('starts a little before a match deep in the text', () => {
    const text = `${'前'.repeat(30)}路灯坏了`;
    expect(excerptAround(text, ['路灯'], 4)).toBe('…前前前前路灯坏了');
  });

  it('keeps a text whose first match is near the start, or that has none', () => {
    expect(excerptAround('小区路灯坏了', ['路灯'], 4)).toBe('小区路灯坏了');
    expect(excerptAround('小区井盖松了', ['路灯'], 4)).toBe('小区井盖松了');
  });

  it('does not cut a character written with two code units in half', () => {
    const text = `${'前'.repeat(10)}𠀀前路灯`;
    expect(excerptAround(text, ['路灯'], 2)).toBe('…𠀀前路灯');
  });
});

describe('Highlight', () => {
  it('renders marks as elements and escapes the text', () => {
    const html = renderToStaticMarkup(createElement(Highlight, { text: '<b>路灯</b> 坏了', words: ['路灯'] }));
    expect(html).toBe('&lt;b&gt;<mark class="text-mark">路灯</mark>&lt;/b&gt; 坏了');
  });
});
