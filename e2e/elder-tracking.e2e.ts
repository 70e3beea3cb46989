import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { raise } from './api';
import { launch, newPage, SCREENSHOTS } from './browser';

// 适老化 on the tracking page: a code copied off paper finds its page (查询进度); the phone's own text
// size is honoured; at 200% zoom the header still reads as words and nothing scrolls sideways;
// every tap target is at least 48 px; 长辈版 is remembered across reloads. The grid the resident
// wrote from shows with its community above it.

let browser: Browser;
let code = '';

beforeAll(async () => {
  browser = await launch();
  // 第一网格 of 桃园社区 (东湖街道)
  code = await raise('dh-ty-g1', '楼下的路灯坏了好几天，晚上出门看不清台阶。');
});

/** A phone whose browser zoom is 200%: a 390 px wide phone lays out a 195 px wide page, drawn twice as large. */
async function zoomedPhone() {
  const zoomed = await browser.newContext({
    baseURL: inject('baseUrl'),
    locale: 'zh-CN',
    viewport: { width: 195, height: 422 },
    deviceScaleFactor: 4,
    isMobile: true,
    hasTouch: true,
  });
  return zoomed.newPage();
}

const rootFontPx = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

/** Small pictures for the closing note: CSS pixels, the top of the page. */
async function picture(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), scale: 'css', fullPage: false });
}

/** Header texts that wrap to more lines than they have pairs of characters: broken one character a line. */
const brokenHeaderTexts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.header h1, .header-brand, .header button')]
      .filter((el) => (el.textContent ?? '').trim().length >= 2 && el.offsetParent !== null)
      .map((el) => {
        const text = (el.textContent ?? '').trim();
        // the lines the text itself takes (a button taller than its text is still one line)
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
          .size;
        return { text, lines };
      })
      .filter(({ text, lines }) => lines > Math.ceil([...text].length / 2)),
  );

/** Visible tap targets smaller than 48 × 48 CSS pixels (an inline word link counts as its box). */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="radio"]):not([type="checkbox"]), select, textarea, label[for^="star-"]',
      ),
    ]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('sr-only'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          what: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 20)}`,
          w: r.width,
          h: r.height,
        };
      })
      .filter((t) => t.w < 47.5 || t.h < 47.5),
  );

describe('the tracking page for elders', () => {
  it('opens from a code typed off paper: lower case, spaced, full-width', async () => {
    const { page } = await newPage(browser, { phone: true });
    await page.goto('/t/');
    const typed = [...`${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)}`.toLowerCase()]
      .map((c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
      .join('');
    await page.getByLabel('查询码', { exact: true }).fill(typed);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect.poll(async () => (await page.getByTestId('tracking-code').textContent())?.trim()).toBe(code);
    expect(new URL(page.url()).pathname).toBe(`/t/${code}`);
    // the grid, with the community and subdistrict it belongs to
    await page.getByText('东湖街道 · 桃园社区 · 第一网格').waitFor();
    await page.context().close();
  });

  it('tells a code that cannot be one in the reader’s language', async () => {
    const { page } = await newPage(browser, { phone: true });
    await page.goto('/t/?lang=en');
    await page.getByLabel('Tracking code', { exact: true }).fill('ABC 123');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByText('A tracking code is 12 letters and digits').waitFor();
    await page.context().close();
  });

  it('honours the phone’s own text size (a 28 px default font)', async () => {
    const { context, page } = await newPage(browser, { phone: true });
    await page.goto(`/t/${code}`);
    await page.getByTestId('tracking-code').waitFor();
    const usual = await rootFontPx(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 28 } });
    await page.reload();
    await page.getByTestId('tracking-code').waitFor();
    const large = await rootFontPx(page);
    expect(large).toBeGreaterThanOrEqual(28);
    expect(large / usual).toBeCloseTo(28 / 16, 1);
    await context.close();
  });

  it('at 200% zoom: the header reads as words, nothing scrolls sideways, every target is 48 px or more', async () => {
    const page = await zoomedPhone();
    await page.goto(`/t/${code}`);
    await page.getByTestId('tracking-code').waitFor();
    await picture(page, 'tracking-200');
    expect(await brokenHeaderTexts(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    await page.context().close();
  });

  it('长辈版: larger type, remembered across reloads, still whole at 200%', async () => {
    const page = await zoomedPhone();
    await page.goto(`/t/${code}`);
    await page.getByTestId('tracking-code').waitFor();
    const usual = await rootFontPx(page);
    const toggle = page.getByRole('button', { name: '长辈版' });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await rootFontPx(page)).toBeGreaterThan(usual * 1.15);
    await page.reload();
    await page.getByTestId('tracking-code').waitFor();
    expect(await page.getByRole('button', { name: '长辈版' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rootFontPx(page)).toBeGreaterThan(usual * 1.15);
    await picture(page, 'tracking-elder-200');
    expect(await brokenHeaderTexts(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    await page.context().close();
  });
});
