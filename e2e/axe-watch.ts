import type { Page } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';
import { type AxeFinding, axeFindings } from './axe';

// every page of a journey is checked by axe-core: shortly after each navigation (a full load or a
// route change of the single-page apps), at each screenshot and at the end of each test; the file
// fails on any critical or serious finding (registered at collection, like the CSP check)
const findings = new Map<string, AxeFinding>();
const pages = new Set<Page>();
const running = new Map<Page, Promise<void>>();
const timers = new Map<Page, NodeJS.Timeout>();

/** What axe finds on the page now, after any check already running on it (one at a time per page). */
export function axeNow(page: Page): Promise<AxeFinding[]> {
  const next = (running.get(page) ?? Promise.resolve()).then(async () => {
    const found = page.isClosed() ? [] : await axeFindings(page);
    for (const f of found) findings.set(`${f.rule} ${f.path} ${f.target}`, f);
    return found;
  });
  running.set(
    page,
    next.then(
      () => {},
      () => {},
    ),
  );
  return next;
}

/** Checks the page now, as axeNow, for the file's report. */
export async function checkPage(page: Page): Promise<void> {
  try {
    await axeNow(page);
  } catch (err) {
    // the page navigated or closed while axe ran: the next navigation's check covers it
    if (!/context was destroyed|closed|navigat/i.test(String(err))) throw err;
  }
}

/** Starts watching a page: a check a moment after each navigation of its main frame. */
export function watchPage(page: Page) {
  pages.add(page);
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    clearTimeout(timers.get(page));
    timers.set(
      page,
      setTimeout(() => void checkPage(page).catch(() => {}), 1500),
    );
  });
  page.on('close', () => {
    clearTimeout(timers.get(page));
    pages.delete(page);
  });
}

afterEach(async () => {
  await Promise.all([...pages].map((p) => checkPage(p).catch(() => {})));
});

afterAll(async () => {
  for (const t of timers.values()) clearTimeout(t);
  await Promise.all([...running.values()].map((p) => p.catch(() => {})));
  const report = [...findings.values()].map((f) => `${f.impact} ${f.rule} on ${f.path}: ${f.target} (${f.help})`);
  expect(report, 'axe-core critical and serious findings').toEqual([]);
});
