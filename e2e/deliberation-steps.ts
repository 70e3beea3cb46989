import type { Locator, Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { deploymentClock } from '../src/shared/time-zone';
import { DEMO_PASSWORD, snap } from './browser';

/** `expect.poll` with time for a page to load or a list to refresh (its default is one second). */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

/** A write the page sends: its method and how its path ends (or a pattern for the whole path). */
type Write = { method?: string; path: string | RegExp };

const matches = (r: Response, { method = 'POST', path }: Write) => {
  if (r.request().method() !== method) return false;
  const p = new URL(r.url()).pathname;
  return typeof path === 'string' ? p.endsWith(path) : path.test(p);
};

/** Runs `action` and waits for the write it triggers; fails on an unexpected status. */
export async function writing<T = unknown>(page: Page, write: Write, action: () => Promise<unknown>, status = 200) {
  const [res] = await Promise.all([page.waitForResponse((r) => matches(r, write)), action()]);
  expect(res.status(), `${write.method ?? 'POST'} ${res.url()}: ${await res.text()}`).toBe(status);
  return (await res.json().catch(() => undefined)) as T;
}

/**
 * Clicks a button of an antd modal once its opening animation is over (a click while it still
 * zooms in can miss) and waits for the write it sends.
 */
export async function confirmIn<T = unknown>(page: Page, modal: Locator, button: string, write: Write, status = 200) {
  await modal.waitFor();
  await poll(async () => (await modal.getAttribute('class')) ?? '').not.toContain('zoom');
  const body = await writing<T>(
    page,
    write,
    () => modal.getByRole('button', { name: button, exact: true }).click(),
    status,
  );
  await modal.waitFor({ state: 'hidden' });
  return body;
}

/** A button by its text, after the label of any icon antd puts before it ("calendar 安排协商"). */
export const button = (scope: Page | Locator, text: string) =>
  scope.getByRole('button', { name: new RegExp(`(^|\\s)${text}$`) });

/** Signs a browser context in over HTTP (its pages then carry the session cookie). */
export async function signInContext(page: Page, username: string) {
  const res = await page.request.post('/api/auth/sign-in', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
}

/**
 * What a date-time picker shows for an instant: the deployment's wall clock (Asia/Shanghai), whatever
 * the browser's own zone — the pickers read and write times where the deployment is.
 */
export const pickerText = (at: Date) => deploymentClock(at.getTime()).slice(0, 16);

/** Types a date and time into an antd DatePicker with showTime and confirms it with Enter. */
export async function typeDateTime(page: Page, input: Locator, at: Date) {
  const text = pickerText(at);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await poll(() => input.inputValue()).toBe(text);
  // the panel closes (and finishes fading out) before the next field
  await poll(() => page.locator('.ant-picker-dropdown').filter({ visible: true }).count()).toBe(0);
}

/** The next whole five minutes at least `minutes` from now (the pickers step by five minutes). */
export function inMinutes(minutes: number) {
  const step = 5 * 60_000;
  return new Date(Math.ceil((Date.now() + minutes * 60_000) / step) * step);
}

/**
 * Ticks an antd checkbox or radio: its input is visually hidden behind antd's own drawing, so
 * the click goes to the label around it; then waits until the input says it is checked.
 */
export async function tick(input: Locator) {
  await input.locator('xpath=ancestor::label[1]').click();
  await poll(() => input.isChecked()).toBe(true);
}

/**
 * A screenshot from the top of the page: a full-page shot of a scrolled page would draw the
 * sticky header across the middle of it.
 */
export async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, name);
}
