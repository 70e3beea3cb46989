import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Wire } from '../src/shared/api/common';
import type { SubmissionListResponse } from '../src/shared/api/submissions';
import { Api, raise } from './api';
import { DEMO_PASSWORD, launch, SCREENSHOTS } from './browser';
import { pickPlace, signIn } from './console';

// Staff lists at 1280 px (issue 13): the screenshots of the plan table and the submission detail.

const DOCS = join(new URL('..', import.meta.url).pathname, 'docs/screens');
const PHASE = process.env.SCREENS_PHASE ?? 'after';

let browser: Browser;
let topicTitle = '';
let submissionId = '';

async function desk(username: string) {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, username, DEMO_PASSWORD);
  return page;
}

async function picture(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, scale: 'css', fullPage: false });
  copyFileSync(file, join(DOCS, `${name}.png`));
}

beforeAll(async () => {
  browser = await launch();
  const code = await raise('dh-ty-g1', '小区门口的下水道井盖松动，车一压就响，晚上吵得睡不着。');
  // and one more waiting behind it, whatever the journeys before have sorted: 下一条 has a next
  await raise('dh-hx', '湖心社区东门的路灯坏了一个多星期，晚上接孩子放学路上黑漆漆的。');
  const liaison = await Api.signIn('liaison.donghu');
  const found = await liaison.get<Wire<typeof SubmissionListResponse>>(`/api/submissions?q=${code}`);
  submissionId = found.items.find((s) => s.trackingCode === code)?.id ?? '';
  // a topic proposed for the district's plan, waiting for the leader's decision
  const me = await liaison.get<{ grants: { place: { id: string } }[] }>('/api/auth/me');
  topicTitle = '东湖街道背街小巷路面修补';
  const roadCode = await raise('dh-ty', '背街小巷的路面坑坑洼洼，一下雨就积水，老人出门很不方便。');
  const road = await liaison.get<Wire<typeof SubmissionListResponse>>(`/api/submissions?q=${roadCode}`);
  const roadId = road.items.find((s) => s.trackingCode === roadCode)?.id;
  await liaison.post(`/api/submissions/${roadId}/actions`, { action: 'to_township', note: '提请街道议事会' });
  const topic = await liaison.post<{ id: string }>(
    '/api/topics',
    {
      placeId: me.grants[0]?.place.id,
      title: topicTitle,
      description: '背街小巷路面坑洼，雨天积水，居民出行不便。',
      source: 'submission',
      submissionIds: [roadId],
    },
    201,
  );
  const yes = {
    small_scope: true,
    precise_aim: true,
    broad_relevance: true,
    leadership_priority: true,
    public_expectation: true,
    cppcc_capable: true,
  };
  await liaison.post(`/api/topics/${topic.id}/screening`, { criteria: yes, decision: 'accept', reason: '居民期盼' });
  const leader = await Api.signIn('leader');
  const lme = await leader.get<{ grants: { place: { id: string } }[] }>('/api/auth/me');
  await leader.post(
    `/api/plans/${lme.grants[0]?.place.id}/${new Date().getFullYear()}/items`,
    {
      topicId: topic.id,
      note: '结合城市更新项目统筹安排，汛期前完成协商并形成建议案，报区委区政府审定。',
    },
    201,
  );
});

/** Whether the page or any table scrolls sideways: wider content than its box. */
const sideways = (page: Page) =>
  page.evaluate(() =>
    [document.scrollingElement, ...document.querySelectorAll('.ant-table-content, .ant-table-body, main')]
      .filter((el): el is Element => el !== null)
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.className || el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`),
  );

/** Whether the element lies within the window, left to right. */
const onScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
    });

describe('staff lists at 1280 px', () => {
  it('no list scrolls sideways, a row click opens its record, and the record fits too', async () => {
    const leader = await desk('leader');
    // 督办台 opens on the tasks in hand; once the journeys before have closed them all, on those closed
    const tasks = await (await Api.signIn('leader')).get<{ counts: { views: Record<string, number> } }>(
      '/api/tasks?pageSize=1',
    );
    const taskView = (tasks.counts.views.open ?? 0) > 0 ? '' : '?view=closed';
    const lists: [string, RegExp][] = [
      ['/submissions', /\/submissions\/[0-9a-f-]{36}$/],
      ['/topics', /\/topics\/[0-9a-f-]{36}$/],
      ['/plan', /\/topics\/[0-9a-f-]{36}$/],
      ['/consultations', /\/consultations\/[0-9a-f-]{36}$/],
      ['/outcomes?box=all', /\/outcomes\/[0-9a-f-]{36}$/],
      [`/supervision${taskView}`, /\/tasks\/[0-9a-f-]{36}$/],
      ['/members', /\/members\/[0-9a-f-]{36}$/],
      ['/proposals', /\/proposals\/[0-9a-f-]{36}$/],
    ];
    for (const [path, record] of lists) {
      await leader.goto(path);
      // a record list (FitTable), not a summary beside it: 督办台's units table filters by a row instead
      const row = leader.locator('.fit-table .ant-table-tbody tr.ant-table-row').first();
      await expect.poll(() => row.count(), { message: `rows of ${path}`, timeout: 15_000 }).toBeGreaterThan(0);
      expect(await sideways(leader), path).toEqual([]);
      // a click on the row's plain text, not on its link
      await row
        .locator('td')
        .last()
        .click({ position: { x: 2, y: 2 } });
      await leader.waitForURL(record);
      // the record's own page, its small tables included, fits as well once drawn
      await leader.locator('h1').first().waitFor();
      await leader.waitForLoadState('networkidle');
      expect.soft(await sideways(leader), `${path}: its record`).toEqual([]);
    }
  });

  it('the plan’s 审定通过/退回 column is on screen at 1280 and 1440', async () => {
    const leader = await desk('leader');
    await leader.goto('/plan');
    const item = leader.getByRole('row').filter({ hasText: topicTitle });
    await item.getByRole('button', { name: '审定通过' }).waitFor();
    for (const width of [1280, 1440]) {
      await leader.setViewportSize({ width, height: 800 });
      expect(await sideways(leader)).toEqual([]);
      for (const name of ['审定通过', '退回']) {
        expect(
          await item
            .getByRole('button', { name })
            .evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth),
        ).toBe(true);
      }
    }
    await leader.setViewportSize({ width: 1280, height: 800 });
    expect(await onScreen(leader, '.fit-actions')).toBe(true);
    // Enter on a focused row opens its topic
    await item.focus();
    await leader.keyboard.press('Enter');
    await leader.waitForURL(/\/topics\/[0-9a-f-]{36}$/);
  });

  it('the liaison’s inbox opens on 待分办, remembers filters, and 下一条 follows a handled item', async () => {
    const liaison = await desk('liaison.donghu');
    await liaison.goto('/submissions');
    await liaison.waitForURL((url) => url.searchParams.get('status') === 'received');
    // the list of that view drawn, not the one it started with
    await liaison.waitForLoadState('networkidle');
    expect(await sideways(liaison)).toEqual([]);
    const rows = liaison.locator('.ant-table-tbody tr.ant-table-row');
    // every row drawn is one of that view (the bare inbox's rows, of all statuses, are gone)
    await expect.poll(() => rows.filter({ hasNotText: '待分办' }).count()).toBe(0);
    // the table is redrawn once the view moves to 待分办: take a row that shows it
    const waiting = rows.filter({ hasText: '待分办' }).first();
    await waiting.waitFor();
    await waiting.locator('td').nth(2).click();
    await liaison.waitForURL(/\/submissions\/[0-9a-f-]{36}$/);
    // 待分办: 分办 is the primary step, 办结 is not in sight
    await liaison.locator('.ant-btn-variant-solid', { hasText: '分办' }).waitFor();
    expect(await liaison.getByRole('button', { name: /办结$/ }).count()).toBe(0);
    await picture(liaison, `submission-detail-${PHASE}`);
    await liaison.getByRole('button', { name: /分办$/ }).click();
    await liaison.getByRole('menuitem', { name: /提交街道议事会$/ }).click();
    const dialog = liaison.getByRole('dialog').filter({ visible: true });
    await dialog.getByRole('button', { name: '提交街道议事会', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    // the handled item's address, taken before the click that leaves it
    const handled = liaison.url();
    await liaison.locator('.ant-btn-variant-solid', { hasText: '下一条' }).click();
    await liaison.waitForURL((url) => url.href !== handled && /\/submissions\/[0-9a-f-]{36}$/.test(url.pathname));
    // the next one is again waiting to be sorted
    await liaison.locator('.ant-btn-variant-solid', { hasText: '分办' }).waitFor();
    // the inbox opened bare again keeps the person's filters
    await liaison.goto('/submissions?status=township');
    await liaison.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await liaison.goto('/submissions');
    await liaison.waitForURL((url) => url.searchParams.get('status') === 'township');
  });

  it('批量分办: the liaison chooses two 待分办 items, sends both to one community, and sees both sorted', async () => {
    const codes = [
      await raise('dh-ty', '桃园社区健身器材有一处螺丝脱落，孩子玩的时候很危险。'),
      await raise('dh-hx', '湖心社区的快递柜旁边堆满纸箱，通道都堵住了。'),
    ];
    const liaison = await desk('liaison.donghu');
    await liaison.goto('/submissions?status=received&sort=newest');
    const batch = liaison.getByRole('button', { name: /批量分办（\d+）$/ });
    expect(await batch.isDisabled()).toBe(true);
    // only what waits to be sorted can be chosen, each box named by its item
    for (const code of codes) await liaison.getByRole('checkbox', { name: `选择 ${code} 批量分办` }).check();
    await liaison.getByRole('button', { name: /批量分办（2）$/ }).click();
    const modal = liaison.getByRole('dialog').filter({ visible: true, hasText: '批量分办 2 条诉求' });
    await modal.getByText(codes.join('、')).waitFor();
    // 转社区议事会 is the usual way and comes chosen
    await modal.locator('.ant-form-item').filter({ hasText: '分办方式' }).getByTitle('转社区议事会').waitFor();
    await pickPlace(liaison, modal.getByRole('combobox', { name: '交办到' }), '锦泉', '青禾区 / 东湖街道 / 锦泉社区');
    await modal.getByRole('button', { name: '分办', exact: true }).click();
    const confirm = liaison.getByRole('dialog').filter({ visible: true, hasText: '确认将 2 条诉求“转社区议事会”？' });
    await confirm.getByRole('button', { name: '分办', exact: true }).click();
    const results = liaison.getByRole('dialog').filter({ visible: true, hasText: '批量分办结果' });
    for (const code of codes) {
      await results.getByRole('listitem').filter({ hasText: code }).getByText('已分办，现为“社区议事”').waitFor();
    }
    await picture(liaison, `batch-sort-${PHASE}`);
    await results.getByRole('button', { name: /关闭|Close/ }).click();
    // the 待分办 list no longer holds them, and on record both are at 锦泉社区
    for (const code of codes) {
      await expect.poll(() => liaison.getByRole('row').filter({ hasText: code }).count()).toBe(0);
      const found = await (await liaison.request.get(`/api/submissions?q=${code}`)).json();
      const item = found.items.find((s: { trackingCode: string }) => s.trackingCode === code);
      expect([item.status, item.place.name]).toEqual(['community', '锦泉社区']);
    }
  });

  it('pictures the plan table', async () => {
    const leader = await desk('leader');
    await leader.goto('/plan');
    await leader.getByRole('row').filter({ hasText: topicTitle }).waitFor();
    await picture(leader, `plan-table-${PHASE}`);
    expect(submissionId).not.toBe('');
  });
});
