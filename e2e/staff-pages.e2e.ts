// Staff pages as people use them (issue 13): a township liaison's plan page says why it is empty,
// times show in the deployment's zone on a laptop set to New York, record pages carry breadcrumbs
// and keep the side menu in view, the sign-in QR code is offered only while sign-in is open, and
// printing shows the record without the menu.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../src/shared/api/common';
import type { ConsultationList } from '../src/shared/api/consultations';
import { deploymentClock } from '../src/shared/time-zone';
import { DEMO_PASSWORD, launch, newPage, snap, stepByStep } from './browser';
import { signIn } from './console';

const ONLINE = '老年助餐点选址网络议事'; // demo: started a day ago, runs a week (src/server/seed/demo-deliberation.ts)

const hhmmIn = (timeZone: string, iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );

describe.sequential('staff pages: defaults, time zone, breadcrumbs, sticky menu, QR, print', () => {
  let township: Page;
  let page: Page;
  let consultation = { id: '', startsAt: '', code: '' };
  stepByStep();

  beforeAll(async () => {
    const browser = await launch();
    ({ page: township } = await newPage(browser));
    // a staffer's laptop set to New York: the screens still show Beijing time
    ({ page } = await newPage(browser, { timezoneId: 'America/New_York' }));
    township.setDefaultTimeout(15_000);
    page.setDefaultTimeout(15_000);
  });

  it('1. a township liaison opening 年度协商计划 is told why there is no plan, not offered a dead end', async () => {
    await signIn(township, 'liaison.nanling', DEMO_PASSWORD);
    await township.goto('/plan');
    await township.getByText('您的工作范围（南岭镇）不含区（县）', { exact: false }).waitFor();
    expect(await township.getByText('请选择一个区（县）').count()).toBe(0);
    // no picker that could offer only the township
    expect(await township.getByLabel('区（县）', { exact: true }).count()).toBe(0);
    await snap(township, 'staff-01-plan-township');
  });

  it('2. a consultation shows its time in the deployment’s zone, with the browser in New York', async () => {
    await signIn(page, 'liaison.donghu', DEMO_PASSWORD);
    const res = await page.request.get(`/api/consultations?q=${encodeURIComponent(ONLINE)}`);
    expect(res.ok()).toBe(true);
    const { items } = (await res.json()) as Wire<typeof ConsultationList>;
    const found = items.find((c) => c.title === ONLINE);
    expect(found).toBeDefined();
    consultation = { id: found?.id ?? '', startsAt: found?.startsAt ?? '', code: found?.code ?? '' };
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    await page.goto(`/consultations/${consultation.id}`);
    const info = page.locator('#info');
    await page.getByRole('heading', { name: ONLINE }).waitFor();
    await info.locator('.ant-descriptions').waitFor();
    const shown = (await info.textContent()) ?? '';
    const beijing = deploymentClock(Date.parse(consultation.startsAt)).slice(11, 16);
    expect(shown).toContain(beijing);
    expect(shown).not.toContain(hhmmIn('America/New_York', consultation.startsAt));
  });

  it('3. the record page has breadcrumbs back to its list, and section links', async () => {
    const crumbs = page.getByRole('navigation', { name: '页面位置' });
    await crumbs.getByRole('link', { name: '协商活动' }).waitFor();
    // the last item names the record itself, not a generic 详情
    expect(consultation.code).not.toBe('');
    await crumbs.locator('[aria-current="page"]', { hasText: consultation.code }).waitFor();
    const sections = page.getByRole('navigation', { name: '本页内容' });
    await sections.getByRole('link', { name: '参加人员' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // the list itself has no trail
    await crumbs.getByRole('link', { name: '协商活动' }).click();
    await page.waitForURL(/\/consultations$/);
    await expect.poll(() => page.getByRole('navigation', { name: '页面位置' }).count()).toBe(0);
    await page.goBack();
    await page.locator('#info').waitFor();
  });

  it('4. the side menu stays in view at the bottom of the long page', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const menu = page.getByRole('navigation', { name: '主菜单' });
    const box = await menu.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 9999).toBeLessThan(200);
    await menu.getByRole('link', { name: '协商活动' }).waitFor({ state: 'visible' });
  });

  it('5. sign-in has ended for the day: no QR code, but a reason', async () => {
    await page.getByText('签到二维码', { exact: true }).waitFor();
    await page.getByText(/签到已于 .+ 结束/).waitFor();
    expect(await page.getByRole('img', { name: /的签到二维码$/ }).count()).toBe(0);
    await snap(page, 'staff-05-qr-ended');
  });

  it('6. printed, the record shows without the menu, header or buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('navigation', { name: '主菜单' }).waitFor({ state: 'hidden' });
    expect(await page.locator('.shell-header').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: '页面位置' }).isVisible()).toBe(false);
    expect(await page.locator('.ant-btn').filter({ visible: true }).count()).toBe(0);
    await page.getByText(ONLINE).first().waitFor({ state: 'visible' });
    await snap(page, 'staff-06-print');
    await page.emulateMedia({ media: 'screen' });
  });
});
