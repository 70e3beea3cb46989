import svgCaptcha from 'svg-captcha';
import { afterAll, vi } from 'vitest';

/**
 * Reads image challenges as a person would: records the text of every picture drawn in this test
 * file (the server keeps only a keyed hash), and answers a challenge by its picture.
 */
export function readChallenges() {
  const texts = new Map<string, string>();
  const draw = svgCaptcha.create;
  const spy = vi.spyOn(svgCaptcha, 'create').mockImplementation((options) => {
    const c = draw.call(svgCaptcha, options);
    texts.set(c.data, c.text);
    return c;
  });
  // the test files of a worker share loaded modules: the next file gets the real drawing back
  afterAll(() => spy.mockRestore());
  return (challenge: { svg: string }) => {
    const text = texts.get(challenge.svg);
    if (text === undefined) throw new Error('no such challenge was drawn');
    return text;
  };
}
