import { randomBytes } from 'node:crypto';
import svgCaptcha from 'svg-captcha';

/** Counts events per key in a sliding window, in memory (one process; see docs/decisions.md). */
export class SlidingCounter {
  private hits = new Map<string, number[]>();
  constructor(private windowMs: number) {}

  count(key: string, now = Date.now()) {
    const kept = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.hits.set(key, kept);
    if (this.hits.size > 50_000) this.sweep(now);
    return kept.length;
  }

  add(key: string, now = Date.now()) {
    const list = this.hits.get(key) ?? [];
    list.push(now);
    this.hits.set(key, list);
  }

  private sweep(now: number) {
    for (const [k, v] of this.hits) if (v.every((t) => now - t >= this.windowMs)) this.hits.delete(k);
  }
}

/** Limits on public intake: past the soft limits a challenge is asked, past the hard ones 429. */
export const INTAKE_LIMITS = {
  windowMinutes: 10,
  perIpBeforeChallenge: 5,
  perIpHard: 30,
  perPlaceBeforeChallenge: 60,
  photosPerIp: 20,
} as const;

export type IntakeVerdict = 'ok' | 'challenge' | 'blocked';

/** The verdict for one more submission from `ip` at `placeCode`, given the counts so far. */
export function intakeVerdict(fromIp: number, atPlace: number): IntakeVerdict {
  if (fromIp >= INTAKE_LIMITS.perIpHard) return 'blocked';
  if (fromIp >= INTAKE_LIMITS.perIpBeforeChallenge || atPlace >= INTAKE_LIMITS.perPlaceBeforeChallenge)
    return 'challenge';
  return 'ok';
}

/** Image challenges (captcha): single use, five minutes. */
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
