import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody as ErrorBodySchema, Wire } from '../../../shared/api/common';
import { json, startTestApp, type TestApp } from '../../testing/harness';

type ErrorBody = Wire<typeof ErrorBodySchema>;

// Fastify answers a URL it cannot decode, or a path parameter past its length limit, before any
// route or hook runs; these answers must still be ours: {code, message} in the caller's language.
describe('URLs the router cannot read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it.each([
    ['a path parameter', '/api/public/submissions/%ff'],
    ['a fixed part of the path', '/api/plac%ffes'],
    ['a staff route', '/api/places/%ff'],
    ['a page of the web app', '/o/%ff'],
  ])('a malformed percent-escape in %s answers 400 with our error body', async (_, url) => {
    const res = await get(url, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(json<ErrorBody>(res)).toEqual({
      code: 'bad_url',
      message: 'This address is not valid; check that the link is complete',
    });
  });

  it('speaks the language of the lang cookie first, then of Accept-Language, else zh-CN', async () => {
    const url = '/api/public/places/%E4%ff';
    const cookie = await get(url, { cookie: 'sl_csrf=x; lang=zh-TW', 'accept-language': 'en' });
    expect(json<ErrorBody>(cookie).message).toBe('網址不正確，請檢查連結是否完整');
    expect(json<ErrorBody>(await get(url, { 'accept-language': 'en-GB,en' })).message).toBe(
      'This address is not valid; check that the link is complete',
    );
    expect(json<ErrorBody>(await get(url)).message).toBe('网址不正确，请检查链接是否完整');
  });

  it('a path parameter longer than any id or code answers 414 with our error body', async () => {
    const res = await get(`/api/public/submissions/${'A'.repeat(120)}`, { 'accept-language': 'zh-CN' });
    expect(res.statusCode).toBe(414);
    expect(json<ErrorBody>(res)).toEqual({ code: 'url_too_long', message: '网址过长，请检查链接是否正确' });
  });

  it('a well-formed escape still reaches the route', async () => {
    const res = await get('/api/public/submissions/%E4%BD%A0', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(404);
    expect(json<ErrorBody>(res).code).toBe('not_found');
  });
});
