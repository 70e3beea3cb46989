import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config';

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['', false],
    ['127.0.0.1', '127.0.0.1'],
    ['10.0.0.1, 172.16.0.0/12', '10.0.0.1,172.16.0.0/12'],
    ['::1,fd00::/8', '::1,fd00::/8'],
    ['loopback,uniquelocal', 'loopback,uniquelocal'],
  ] as const)('%j → %j', (raw, parsed) => {
    expect(parseTrustProxy(raw)).toEqual(parsed);
  });

  it.each([
    'true', // anyone could choose the address that sign-in throttling counts
    'TRUE',
    '1', // a hop count cannot tell the proxy from a client that reaches the server directly
    '2',
    'yes',
    '10.0.0.1,nginx',
    '10.0.0.0/33',
    '10.0.0.0/8/1',
    'fd00::/129',
    '-1',
    '1.5',
  ])('refuses %j', (raw) => {
    expect(parseTrustProxy(raw)).toBeUndefined();
  });
});

describe('loadConfig', () => {
  const base = { DATA_DIR: `${process.env.TMPDIR ?? '/tmp'}/shangliang-config-test`, SECRET: 'x'.repeat(32) };

  it('trusts no proxy by default, and the listed proxies when told', () => {
    expect(loadConfig(base).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.2, 10.1.0.0/16' }).trustProxy).toBe('10.0.0.2,10.1.0.0/16');
  });

  it.each(['true', '1'])('refuses TRUST_PROXY=%s with a message saying what it accepts', (value) => {
    expect(() => loadConfig({ ...base, TRUST_PROXY: value })).toThrow(/TRUST_PROXY must be false or the proxies/);
  });
});

describe('email (SMTP_URL, MAIL_FROM)', () => {
  const base = { DATA_DIR: `${process.env.TMPDIR ?? '/tmp'}/shangliang-config-test`, SECRET: 'x'.repeat(32) };

  it('sends none when SMTP_URL is unset or blank', () => {
    expect(loadConfig(base).mail).toBeUndefined();
    expect(loadConfig({ ...base, SMTP_URL: '', MAIL_FROM: '' }).mail).toBeUndefined();
  });

  it('reads the server and the sender', () => {
    const env = {
      ...base,
      SMTP_URL: 'smtp://user:pass@mail.example.gov.cn:587',
      MAIL_FROM: '商量 <noreply@example.gov.cn>',
    };
    expect(loadConfig(env).mail).toEqual({
      smtpUrl: 'smtp://user:pass@mail.example.gov.cn:587',
      from: '商量 <noreply@example.gov.cn>',
    });
    expect(loadConfig({ ...env, SMTP_URL: 'smtps://mail.example.gov.cn' }).mail?.smtpUrl).toBe(
      'smtps://mail.example.gov.cn',
    );
  });

  it.each([
    [{ SMTP_URL: 'smtp://mail.example.gov.cn' }, /MAIL_FROM: required with SMTP_URL/],
    [{ SMTP_URL: 'http://mail.example.gov.cn', MAIL_FROM: 'a@b.cn' }, /SMTP_URL must be smtp/],
    [{ SMTP_URL: 'mail.example.gov.cn', MAIL_FROM: 'a@b.cn' }, /SMTP_URL/],
    [{ SMTP_URL: 'smtp://mail.example.gov.cn', MAIL_FROM: 'noreply' }, /MAIL_FROM must be an address/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });
});
