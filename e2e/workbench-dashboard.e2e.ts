import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launch, newPage, stepByStep } from './browser';
import { console1280 } from './carrying-out-steps';
import { dialog, signIn } from './console';
import { docxText, download, figure, fitsWidth, lightness, readNumber, section, sheetRows } from './dashboard-steps';
import { button, confirmIn, poll, shot } from './deliberation-steps';

// 工作台 and 数据看板 end to end (issue 12). In Chromium: 李书记 signs in to his workbench, opens the
// district's dashboard, drills down to 东湖街道, clicks its overdue figure and sees exactly those
// submissions, exports them to Excel (as many rows as the figure) and downloads the month's report
// in Word; the big screen is dark; his workbench fits a phone. 东湖街道's liaison sorts one
// submission from her workbench: the 待分办 card, the first item, then the sorting itself.

const DISTRICT = '青禾区';
const TOWNSHIP = '东湖街道';

describe.sequential('a leader follows a figure to its records; a liaison sorts from the workbench', {
  timeout: 120_000,
}, () => {
  let browser: Browser;
  let leader: Page;
  let overdue = 0;
  let inboxUrl = '';
  stepByStep();

  beforeAll(async () => {
    browser = await launch();
  });

  it('1. the leader lands on his workbench and opens the district’s dashboard', async () => {
    leader = await console1280(browser, 'leader');
    await leader.waitForURL(/\/workbench$/);
    await leader.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await fitsWidth(leader);
    await shot(leader, '70-leader-workbench');

    await leader.getByRole('navigation').getByRole('link', { name: '数据看板' }).click();
    await leader.waitForURL(/\/dashboard$/);
    await leader.getByRole('heading', { level: 1, name: new RegExp(`^数据看板\\s*${DISTRICT}$`) }).waitFor();
    await section(leader, '民意收集').waitFor();
    await section(leader, '下级地点对比').getByRole('link', { name: TOWNSHIP }).waitFor();
    expect(await leader.getByRole('heading', { level: 1 }).count()).toBe(1);
    await fitsWidth(leader);
    await shot(leader, '71-dashboard-district');
  });

  it('2. a coverage figure opens the list of the places it counts', async () => {
    const places = figure(section(leader, '阵地覆盖'), '有协商议事会的地点');
    const count = await readNumber(places);
    expect(count).toBeGreaterThan(0);
    await places.click();
    await leader.waitForURL((url) => url.pathname === '/places' && url.searchParams.get('has') === 'council');
    await leader.getByRole('heading', { level: 1, name: `${DISTRICT} · 有协商议事会的地点` }).waitFor();
    await leader.getByText(`共 ${count} 条`).waitFor();
    await poll(() => leader.locator('main tr.ant-table-row').count()).toBe(Math.min(count, 50));
    await fitsWidth(leader);
    await shot(leader, '72-coverage-places');
    await leader.getByRole('button', { name: '返回' }).click();
    await leader.waitForURL(/\/dashboard$/);
  });

  it('3. he drills down to a township and follows its overdue figure to exactly those submissions', async () => {
    // the township's row links its numbers as the township's own dashboard does (the console makes them)
    const row = section(leader, '下级地点对比').locator('tr', { has: leader.getByRole('link', { name: TOWNSHIP }) });
    const rowLinks = await row.locator('a.figure-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await section(leader, '下级地点对比').getByRole('link', { name: TOWNSHIP }).click();
    await leader.waitForURL((url) => url.pathname === '/dashboard' && url.searchParams.has('placeId'));
    await leader.getByRole('heading', { level: 1, name: new RegExp(`^数据看板\\s*${TOWNSHIP}$`) }).waitFor();
    // the way back up the tree
    await leader.getByRole('navigation', { name: '上级地点' }).getByRole('link', { name: DISTRICT }).waitFor();
    const link = figure(section(leader, '民意收集'), '超期');
    overdue = await readNumber(link);
    expect(rowLinks).toContain(await link.getAttribute('href'));
    expect(overdue, 'the demo has overdue submissions in 东湖街道').toBeGreaterThan(0);
    await fitsWidth(leader);
    await shot(leader, '73-dashboard-township');

    await link.click();
    await leader.waitForURL((url) => url.pathname === '/submissions' && url.searchParams.get('overdue') === 'true');
    inboxUrl = leader.url();
    await leader.getByText(`共 ${overdue} 条`, { exact: true }).waitFor();
    const rows = leader.locator('main tr.ant-table-row');
    await poll(() => rows.count()).toBe(Math.min(overdue, 20));
    // every one of them is overdue
    expect(await rows.and(leader.locator('.row-overdue')).count()).toBe(await rows.count());
    await shot(leader, '74-inbox-overdue');
  });

  it('4. he exports them to Excel: as many rows as the figure', async () => {
    const file = await download(leader, () => button(leader.locator('main'), '导出Excel').click());
    expect(file.name).toMatch(/\.xlsx$/);
    const rows = await sheetRows(file.bytes);
    expect(rows).toHaveLength(overdue);
    // and they are the overdue ones of the township: 是否超期 is 是 on each
    for (const row of rows) expect(row).toContain('是');
    for (const row of rows) expect(row.some((cell) => cell.includes(`${DISTRICT} / ${TOWNSHIP}`))).toBe(true);
    expect(leader.url()).toBe(inboxUrl);
  });

  it('5. he downloads last month’s report of the township in Word', async () => {
    await leader.goBack();
    await leader.getByRole('heading', { level: 1, name: new RegExp(`^数据看板\\s*${TOWNSHIP}$`) }).waitFor();
    const file = await download(leader, () => button(leader.locator('main'), '下载报告').click());
    expect(file.name).toMatch(/\.docx$/);
    const text = await docxText(file.bytes);
    expect(text).toContain(TOWNSHIP);
    expect(text).toContain('月报告');
    expect(text).toContain('主要数据');
  });

  it('6. the big screen shows the township’s headline figures on a dark page', async () => {
    await leader.getByRole('button', { name: '大屏模式' }).click();
    await leader.waitForURL((url) => url.pathname === '/dashboard/screen' && url.searchParams.has('placeId'));
    await leader.getByRole('heading', { level: 1, name: `${TOWNSHIP} 数据大屏` }).waitFor();
    const background = await leader.locator('main.screen').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(lightness(background)).toBeLessThan(0.2);
    const title = await leader.locator('.screen-title').evaluate((el) => getComputedStyle(el).color);
    expect(lightness(title)).toBeGreaterThan(0.8);
    await leader.locator('.screen').getByText('超期', { exact: true }).waitFor();
    await fitsWidth(leader);
    await leader.waitForTimeout(1000); // the charts draw in
    await shot(leader, '75-big-screen');
  });

  it('7. his workbench fits a phone', async () => {
    const { page: phone } = await newPage(browser, { phone: true });
    await signIn(phone, 'leader', DEMO_PASSWORD);
    await phone.waitForURL(/\/workbench$/);
    await phone.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await fitsWidth(phone);
    await shot(phone, '76-leader-workbench-phone');
  });

  it('8. a liaison sorts one submission: the 待分办 card, the first item, then the sorting', async () => {
    const liaison = await console1280(browser, 'liaison.donghu');
    await liaison.waitForURL(/\/workbench$/);
    const card = liaison.getByRole('link', { name: /^待分办诉求: \d+$/ });
    const waiting = Number((await card.getAttribute('aria-label'))?.split(': ')[1]);
    expect(waiting).toBeGreaterThan(0);
    await shot(liaison, '77-liaison-workbench');
    await card.click(); // 1
    await liaison.waitForURL((url) => url.pathname === '/submissions' && url.searchParams.get('status') === 'received');
    await liaison.getByText(`共 ${waiting} 条`, { exact: true }).waitFor();
    const first = liaison.locator('main tr.ant-table-row').first().locator('a.tracking-code');
    const code = ((await first.textContent()) ?? '').trim();
    await first.click(); // 2
    await liaison.waitForURL(/\/submissions\/[0-9a-f-]{36}$/);
    const status = liaison.locator('main .ant-tag');
    await status.getByText('待分办', { exact: true }).first().waitFor();
    // 待分办: sorting is the primary step, its targets under 分办▾
    await button(liaison.locator('main'), '分办').click();
    await liaison.getByRole('menuitem', { name: /转社区议事会$/ }).click();
    const modal = dialog(liaison, `转社区议事会 · ${code}`);
    await modal.getByLabel('备注').fill('请社区议事会商量解决');
    await confirmIn(liaison, modal, '转社区议事会', { path: /\/api\/submissions\/[^/]+\/actions$/ });
    await status.getByText('社区议事', { exact: true }).first().waitFor();
    // on record too: sorted to the community's council
    const id = new URL(liaison.url()).pathname.split('/').pop();
    const saved = await (await liaison.request.get(`/api/submissions/${id}`)).json();
    expect(saved.status).toBe('community');
    await shot(liaison, '78-liaison-sorted');
    // and the workbench counts one fewer
    await liaison.getByRole('navigation').getByRole('link', { name: '工作台' }).click();
    await liaison.getByRole('link', { name: `待分办诉求: ${waiting - 1}` }).waitFor();
  });
});
