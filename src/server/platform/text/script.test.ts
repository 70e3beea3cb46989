import { describe, expect, it } from 'vitest';
import { namesFor } from './script';

describe('namesFor', () => {
  it('writes place names in Taiwan forms for a reader of 繁體', () => {
    const name = namesFor('zh-TW');
    expect(name('桃园社区')).toBe('桃園社區');
    expect(name('东湖街道 第一网格')).toBe('東湖街道 第一網格');
  });

  it('leaves them as entered for simplified Chinese and English', () => {
    expect(namesFor('zh-CN')('桃园社区')).toBe('桃园社区');
    expect(namesFor('en')('桃园社区')).toBe('桃园社区');
  });
});
