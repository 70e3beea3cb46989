import { describe, expect, it } from 'vitest';
import { hashSecret, newSecret } from './secret';

describe('API key secrets', () => {
  it('are long random tokens, kept as their SHA-256, named by a short prefix', () => {
    const a = newSecret();
    const b = newSecret();
    expect(a.secret).toMatch(/^sl_[A-Za-z0-9_-]{43}$/);
    expect(a.secret).not.toBe(b.secret);
    expect(a.hash).toBe(hashSecret(a.secret));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.secret.slice(3));
    expect(a.prefix).toBe(a.secret.slice(0, 9));
  });
});
