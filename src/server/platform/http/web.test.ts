import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app';
import { testConfig } from '../../testing/harness';
import { type Database, openDatabase } from '../db';
import { webRoutes } from './web';

// A stand-in for dist/web as `vite build` leaves it: pages, a hashed asset, and the .br/.gz the
// build writes beside each text file (vite.config.ts), so these tests need no build.
const dist = mkdtempSync(join(tmpdir(), 'shangliang-web-'));
const ASSET = '/assets/h5-Ab12Cd34.js';
const js = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `反映-${i}`))};\n`;
const page = (entry: string) =>
  `<!doctype html><html><head><script type="module" src="${entry}"></script></head></html>`;
for (const [file, text] of [
  ['index.html', page('/assets/index-Zz99Yy88.js')],
  ['h5.html', page(ASSET)],
  [ASSET.slice(1), js],
] as const) {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), text);
  writeFileSync(join(dist, `${file}.br`), brotliCompressSync(text));
  writeFileSync(join(dist, `${file}.gz`), gzipSync(text));
}

let database: Database;
const apps: FastifyInstance[] = [];

async function appAt(publicUrl: string) {
  const app = await buildApp({ config: { ...testConfig(), publicUrl }, database, serveWeb: false });
  await app.register(webRoutes, { root: dist });
  await app.ready();
  apps.push(app);
  return app;
}

let app: FastifyInstance;
beforeAll(async () => {
  const url = inject('testDatabaseUrl');
  database = await openDatabase({ databaseUrl: url ?? undefined });
  if (!url) await database.migrate();
  app = await appAt('http://192.168.1.20:3000');
});
afterAll(async () => {
  for (const a of apps) await a.close();
  await database.close();
});

describe('security headers', () => {
  it.each([
    ['a resident’s page', '/s/dh-ty'],
    ['an API answer', '/api/places'],
  ])('%s carries the CSP, nosniff, no referrer and no framing', async (_, url) => {
    const res = await app.inject({ url });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('asks for HTTPS only (HSTS, upgraded requests) when PUBLIC_URL is https', async () => {
    const secure = await appAt('https://shangliang.example.cn');
    const res = await secure.inject({ url: '/s/dh-ty' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

describe('caching and compression', () => {
  it('a hashed asset is cached for a year and arrives precompressed as br or gzip', async () => {
    for (const [accept, encoding, decode] of [
      ['br, gzip', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const res = await app.inject({ url: ASSET, headers: { 'accept-encoding': accept } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      // the build's file itself, not one compressed again for this request
      expect(res.rawPayload).toEqual(readFileSync(join(dist, `${ASSET}.${encoding === 'br' ? 'br' : 'gz'}`)));
      expect(decode(res.rawPayload).toString()).toBe(js);
    }
  });

  it('a client that accepts no encoding gets the plain file', async () => {
    const res = await app.inject({ url: ASSET });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(js);
  });

  it.each([
    ['/', 'index.html'],
    ['/s/dh-ty', 'h5.html'],
    ['/p/dh-ty', 'h5.html'],
    ['/e/AbC-12_xyz', 'h5.html'],
  ])('the page at %s (%s) is revalidated on every load, so a deploy takes effect', async (url, file) => {
    const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(readFileSync(join(dist, file), 'utf8'));
  });

  it('a JSON answer over 1 KB is compressed when the client accepts it, a small one is not', async () => {
    const big = await app.inject({ url: '/api/docs/json', headers: { 'accept-encoding': 'gzip, br' } });
    expect(big.headers['content-type']).toMatch(/^application\/json/);
    expect(big.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(big.rawPayload).toString()).openapi).toMatch(/^3\./);

    const small = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip, br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ status: 'ok' });
  });

  it('a missing asset is a 404, never the page in its place', async () => {
    const res = await app.inject({ url: '/assets/gone-00000000.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(404);
  });
});

describe('the deployment time zone reaches the web apps', () => {
  const withMeta = mkdtempSync(join(tmpdir(), 'shangliang-web-zone-'));
  const zonePage = '<!doctype html><html><head><meta name="time-zone" content="Asia/Shanghai" /></head></html>';
  writeFileSync(join(withMeta, 'index.html'), zonePage);
  writeFileSync(join(withMeta, 'h5.html'), zonePage);

  async function appIn(timeZone: string) {
    const a = await buildApp({ config: { ...testConfig(), timeZone }, database, serveWeb: false });
    await a.register(webRoutes, { root: withMeta, timeZone });
    await a.ready();
    apps.push(a);
    return a;
  }

  it.each([
    ['the console', '/consultations/c1'],
    ['a resident’s page', '/o/token'],
  ])('%s names the configured zone (TIME_ZONE=America/New_York)', async (_, url) => {
    const res = await (await appIn('America/New_York')).inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<meta name="time-zone" content="America/New_York" />');
    expect(res.body).not.toContain('Asia/Shanghai');
  });

  it('the default zone serves the built page as it is', async () => {
    const res = await (await appIn('Asia/Shanghai')).inject({ url: '/consultations' });
    expect(res.body).toBe(zonePage);
  });
});
