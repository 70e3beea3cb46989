import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { raise } from './api';
import { axeNow } from './axe-watch';
import { DEMO_PASSWORD, launch, newPage } from './browser';
import { signIn } from './console';

// 无障碍: the main pages of the console and of the residents' phone pages, as demo users open them,
// have exactly one h1 (the page's title) and no critical or serious axe-core finding (WCAG 2.1 AA).

let liaison: Page;
let leader: Page;
let admin: Page;
let phone: Page;
let trackingCode = '';

beforeAll(async () => {
  const browser = await launch();
  [liaison, leader, admin] = (await Promise.all([1, 2, 3].map(async () => (await newPage(browser)).page))) as [
    Page,
    Page,
    Page,
  ];
  phone = (await newPage(browser, { phone: true })).page;
  await signIn(liaison, 'liaison.donghu', DEMO_PASSWORD);
  await signIn(leader, 'leader', DEMO_PASSWORD);
  await signIn(admin, 'admin', DEMO_PASSWORD);
  trackingCode = await raise('dh-ty', '小区门口的井盖松动了，走上去会响，怕有人踩空。');
});

/** Opens a page, waits for its title, and checks its headings and what axe finds on it. */
async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  // data and lazy parts settle before the check
  await page.waitForLoadState('networkidle');
  expect.soft(await page.locator('h1').count(), `h1 elements on ${path}`).toBe(1);
  expect(await axeNow(page), `axe findings on ${path}`).toEqual([]);
}

/** The first detail link of a list page, e.g. /submissions/<id>. */
async function firstDetail(page: Page, list: string, view = '') {
  await page.goto(`${list}${view}`);
  const link = page.locator(`main a[href^="${list}/"]`).first();
  await link.waitFor();
  return (await link.getAttribute('href')) ?? '';
}

describe('the console', () => {
  it.each(['/workbench', '/submissions', '/topics', '/plan', '/consultations', '/outcomes'])(
    'a liaison’s %s',
    async (path) => {
      await expectAccessible(liaison, path);
    },
  );

  it.each(['/submissions', '/topics', '/consultations'])('a liaison’s first of %s', async (list) => {
    await expectAccessible(liaison, await firstDetail(liaison, list));
  });

  // the demo's outcome is 南岭's (outside 东湖's reach); the leader sees it with the evaluation form
  // (its star rating) and the recipients' table. All of them: the journeys before may have 批示'd
  // those in the leader's own box.
  it('a leader’s first of /outcomes', async () => {
    await expectAccessible(leader, await firstDetail(leader, '/outcomes', '?box=all'));
  });

  it.each(['/workbench', '/dashboard', '/members'])('a leader’s %s', async (path) => {
    await expectAccessible(leader, path);
  });

  it.each(['/accounts', '/audit'])('the administrator’s %s', async (path) => {
    await expectAccessible(admin, path);
  });
});

describe('the residents’ phone pages', () => {
  it('the form to raise a problem', async () => {
    await expectAccessible(phone, '/s/dh-ty');
  });

  it('the tracking page, also in 长辈版', async () => {
    await expectAccessible(phone, `/t/${trackingCode}`);
    await phone.getByRole('button', { name: '长辈版' }).click();
    expect(await axeNow(phone)).toEqual([]);
  });

  it('the place’s public board', async () => {
    await expectAccessible(phone, '/p/nl');
  });
});
