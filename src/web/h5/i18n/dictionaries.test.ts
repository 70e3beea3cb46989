import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LANGS, SOURCES } from './dictionaries';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("residents' app dictionaries", () => {
  const reference = DICTIONARIES['zh-CN'];

  it.each(LANGS)('%s has exactly the keys of zh-CN', (lang) => {
    expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(LANGS)('%s has no empty text and the placeholders of zh-CN', (lang) => {
    for (const [key, text] of Object.entries(DICTIONARIES[lang])) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(reference[key as keyof typeof reference]));
    }
  });

  // the dictionaries are spreads, so a key used by two features would silently lose one text
  it.each(LANGS)('%s: each key belongs to one feature', (lang) => {
    const owner = new Map<string, string>();
    for (const [feature, texts] of Object.entries(SOURCES))
      for (const key of Object.keys(texts[lang])) {
        expect(owner.get(key), `${key} in ${feature}`).toBeUndefined();
        owner.set(key, feature);
      }
    expect(owner.size).toBe(Object.keys(DICTIONARIES[lang]).length);
  });
});
