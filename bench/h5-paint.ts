// First paint of the residents' tracking page on a slow phone: Chromium with the network throttled
// to Lighthouse's "slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and the CPU 4× slower,
// the built files served from dist/web as the real server does: its pre-compressed .gz beside each
// file (Chromium asks for br only over HTTPS).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

export type Paint = { firstPaint: number; appPainted: number };

/**
 * First contentful paint (ms) of /t/<code> over `runs` cold loads — the page's frame from the HTML —
 * and when the page has drawn its answer (here: the code's not-found notice); sorted by first paint.
 * Null without Chromium.
 */
export async function firstPaint(dist: string, runs = 5): Promise<Paint[] | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    // the API is not part of first paint: the page paints its header and a spinner before any answer
    if (path.startsWith('/api/')) return void res.writeHead(404).end('{}');
    const file = path.startsWith('/assets/') ? join(dist, normalize(path)) : join(dist, 'h5.html');
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gz = `${file}.gz`;
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'])) && existsSync(gz)) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      return void res.end(readFileSync(gz));
    }
    res.writeHead(200, { 'content-type': type });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const times: Paint[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
      // when the page's answer appears (the script run and the API's 404 for this code), in the page's clock
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('main .notice')) return;
          (window as unknown as { appPainted: number }).appPainted = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`http://127.0.0.1:${port}/t/ABCDEFGHJKMN`, { waitUntil: 'load' });
      const fcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const seen = performance.getEntriesByName('first-contentful-paint')[0];
            if (seen) return resolve(seen.startTime);
            new PerformanceObserver((list) => {
              const e = list.getEntriesByName('first-contentful-paint')[0];
              if (e) resolve(e.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      await page.waitForSelector('main .notice');
      const app = await page.evaluate(() => (window as unknown as { appPainted: number }).appPainted);
      times.push({ firstPaint: Math.round(fcp), appPainted: Math.round(app) });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return times.sort((a, b) => a.firstPaint - b.firstPaint);
}
