import { randomBytes } from 'node:crypto';
import svgCaptcha from 'svg-captcha';

/** Image challenges (captcha): single use, five minutes. Residents' intake and signing in ask them. */
export class Challenges {
  private open = new Map<string, { answer: string; expires: number }>();

  create(now = Date.now()) {
    const c = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: '0o1ilI', color: false });
    const id = randomBytes(12).toString('base64url');
    for (const [k, v] of this.open) if (v.expires < now) this.open.delete(k);
    this.open.set(id, { answer: c.text.toLowerCase(), expires: now + 5 * 60_000 });
    return { id, svg: c.data };
  }

  /** True once for the right answer; the challenge is spent either way. */
  solve(id: string, answer: string, now = Date.now()) {
    const c = this.open.get(id);
    this.open.delete(id);
    return Boolean(c && c.expires >= now && c.answer === answer.trim().toLowerCase());
  }

  /** For tests: the answer of an open challenge. */
  peek(id: string) {
    return this.open.get(id)?.answer;
  }
}
