import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeEach, expect, inject } from 'vitest';

export const SCREENSHOTS = join(new URL('..', import.meta.url).pathname, 'test-results/e2e');
export const DEMO_PASSWORD = 'shangliang2026';

// what the server's Content-Security-Policy blocked on any page of the journey: it must be nothing
// (registered here, while the journey file is collected: a hook added from inside beforeAll never runs)
const cspViolations: string[] = [];
afterAll(() => {
  expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
});

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  afterAll(() => browser.close());
  return browser;
}

export async function newPage(
  browser: Browser,
  opts: { phone?: boolean; timezoneId?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    locale: 'zh-CN',
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
    viewport: opts.phone ? { width: 390, height: 844 } : { width: 1366, height: 860 },
    ...(opts.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
  });
  return { context, page };
}

/** Saves a full-page screenshot for a person to look at. */
export async function snap(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Journeys whose steps build on each other: after one fails, the rest are skipped, not failed again. */
export function stepByStep() {
  let failed = false;
  beforeEach(({ onTestFailed, skip }) => {
    if (failed) skip();
    onTestFailed(() => {
      failed = true;
    });
  });
}
