// The admin builds part of the place tree, creates a liaison there and grants the role; the
// liaison then sees only that part. Each step leaves a screenshot in test-results/e2e/.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../src/shared/api/common';
import type { PlaceListResponse } from '../src/shared/api/places';
import { DEMO_PASSWORD, launch, newPage, snap, stepByStep } from './browser';
import {
  chooseOption,
  dialog,
  openPlaces,
  pickPlace,
  placeHeading,
  settled,
  signIn,
  signOut,
  treeNode,
} from './console';

// every run starts on a fresh database (global-setup), so fixed names cannot collide
const VILLAGE = 'e2e新村';
const GRID = 'e2e网格';
const VILLAGE_PATH = `青禾区 / 南岭镇 / ${VILLAGE}`;
const LIAISON = { username: 'e2e.liaison', displayName: 'e2e联络员 林晓', password: 'Liaison2026x' };

const placeIdIn = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

describe.sequential('admin builds a village and grid, and its liaison sees only that', () => {
  let page: Page;
  let villageId = '';
  let xixiId = '';
  stepByStep(); // each step builds on the one before: after a failure, skip the rest

  beforeAll(async () => {
    const browser = await launch();
    ({ page } = await newPage(browser));
    page.setDefaultTimeout(15_000);
  });

  it('1. the admin signs in and sees the district at the top of the tree', async () => {
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.waitForURL(/\/accounts$/); // the administrator's first screen
    await openPlaces(page);
    await placeHeading(page, '青禾区');
    await treeNode(page, '青禾区').waitFor();
    // the district opens with its townships and subdistricts
    await treeNode(page, '南岭镇').waitFor();
    await treeNode(page, '西溪乡').waitFor();
    // 西溪乡's id, for the liaison to try later; the admin's session sees it
    const res = await page.request.get('/api/places?q=西溪乡');
    expect(res.ok()).toBe(true);
    const { items } = (await res.json()) as Wire<typeof PlaceListResponse>;
    xixiId = items.find((p) => p.name === '西溪乡')?.id ?? '';
    expect(xixiId).not.toBe('');
    await snap(page, '01-admin-places');
  });

  it('2. adds a village under 南岭镇', async () => {
    await treeNode(page, '南岭镇').getByText('南岭镇', { exact: true }).click();
    await placeHeading(page, '南岭镇');
    await page.getByRole('button', { name: '新增下级' }).click();
    const form = dialog(page, '在“南岭镇”下新增地点');
    await settled(form);
    await chooseOption(page, form.getByLabel('类型', { exact: true }), '村');
    await form.getByLabel('名称', { exact: true }).fill(VILLAGE);
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已新增“${VILLAGE}”`).waitFor();
    await form.waitFor({ state: 'hidden' });
    // it shows in the tree and in 南岭镇's list of places beneath
    await treeNode(page, VILLAGE).waitFor();
    await page.getByRole('table').getByRole('link', { name: VILLAGE, exact: true }).waitFor();
    await snap(page, '02-village-added');
  });

  it('3. adds a grid under the new village', async () => {
    await treeNode(page, VILLAGE).getByText(VILLAGE, { exact: true }).click();
    await placeHeading(page, VILLAGE);
    villageId = placeIdIn(page.url());
    await page.getByRole('button', { name: '新增下级' }).click();
    const form = dialog(page, `在“${VILLAGE}”下新增地点`);
    await settled(form);
    await chooseOption(page, form.getByLabel('类型', { exact: true }), '网格');
    await form.getByLabel('名称', { exact: true }).fill(GRID);
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已新增“${GRID}”`).waitFor();
    await form.waitFor({ state: 'hidden' });
    await treeNode(page, GRID).waitFor();
    await page.getByRole('table').getByRole('link', { name: GRID, exact: true }).waitFor();
    await snap(page, '03-grid-added');
  });

  it('4. creates the liaison account homed at the village and grants 联络员 there', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '账号', exact: true }).click();
    await page.waitForURL(/\/accounts$/);
    await page.getByRole('button', { name: '新建账号' }).click();
    const form = dialog(page, '新建账号');
    // the role and the place come first, and are saved with the account in one step
    // (the place first: the role's list, closing, would lie over the place picker below it)
    await pickPlace(page, form.getByLabel('所属地点', { exact: true }), VILLAGE, VILLAGE_PATH);
    await chooseOption(page, form.getByLabel('角色', { exact: true }), '联络员');
    await form.getByLabel('姓名', { exact: true }).fill(LIAISON.displayName);
    await form.getByLabel('用户名', { exact: true }).fill(LIAISON.username);
    // a mobile number is optional, and must be a mainland one when given
    const mobile = form.getByLabel('手机号（选填）', { exact: true });
    await mobile.fill('1381234');
    await mobile.blur();
    await form.getByText('请输入 11 位手机号码，如 13812345678').waitFor();
    await mobile.fill('13812345678');
    await mobile.blur();
    await form.getByText('请输入 11 位手机号码，如 13812345678').waitFor({ state: 'detached' });
    await form.getByLabel('初始密码', { exact: true }).fill(LIAISON.password);
    // the liaison will sign in with this password; the forced change is covered elsewhere
    await form.getByLabel('首次登录时须修改密码').uncheck();
    // every field as chosen, nothing the form would refuse before sending
    const chosen = (label: string) =>
      form.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).textContent();
    expect(await chosen('所属地点')).toContain(VILLAGE);
    expect(await chosen('角色')).toContain('联络员');
    expect(await form.locator('.ant-form-item-explain-error').allTextContents()).toEqual([]);
    const [created] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/accounts') && r.request().method() === 'POST'),
      form.getByRole('button', { name: '保存' }).click(),
    ]);
    expect(created.status()).toBe(201);
    await page.getByText(`已创建账号“${LIAISON.displayName}”`).waitFor();

    // the new account opens in its drawer, its role already granted and its number kept
    await page.waitForURL(/\/accounts\/[^/]+$/);
    const drawer = dialog(page, `${LIAISON.displayName}（${LIAISON.username}）`);
    const grant = drawer.getByRole('row').filter({ hasText: '联络员' }).filter({ hasText: VILLAGE });
    await grant.waitFor();
    expect(await drawer.getByLabel('手机号（选填）', { exact: true }).inputValue()).toBe('13812345678');
    await snap(page, '04-liaison-account');

    // and the list shows it with its role
    await drawer.getByRole('button', { name: /^(Close|关闭)$/ }).click();
    await page.waitForURL(/\/accounts$/);
    const row = page.getByRole('row').filter({ hasText: LIAISON.username });
    await row.getByText(`联络员@${VILLAGE}`).waitFor();
  });

  it('4b. the audit log names each event once, in words, and leaves sign-ins out unless asked', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '审计日志', exact: true }).click();
    await page.waitForURL(/\/audit$/);
    const rows = page.locator('tbody tr.ant-table-row');
    await rows.filter({ hasText: '新建账号' }).filter({ hasText: LIAISON.displayName }).waitFor();
    await rows.filter({ hasText: '授予角色' }).first().waitFor();
    const texts = await rows.allTextContents();
    expect(texts.filter((r) => r.includes('新建账号') && r.includes(LIAISON.displayName))).toHaveLength(1);
    expect(texts.join('\n')).not.toMatch(/\b(account|grant|place|auth)\.[a-z_]+/); // no raw codes
    expect(texts.some((r) => r.includes('登录'))).toBe(false);
    await page.getByLabel('包括登录记录').check();
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await rows.filter({ hasText: '登录' }).first().waitFor();
    await snap(page, '04b-audit-log');
  });

  it('4c. imports two accounts from the template, the village found on its sheet of places', async () => {
    await page.getByRole('navigation').getByRole('link', { name: '账号', exact: true }).click();
    await page.waitForURL(/\/accounts$/);
    await page.getByRole('button', { name: '批量导入' }).click();
    const modal = dialog(page, '批量导入账号');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      modal.getByRole('button', { name: '下载模板' }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    // the new village is listed with its code and full path; the role column offers the roles
    let code = '';
    wb.getWorksheet('现有地点')?.eachRow((row) => {
      if (row.getCell(3).text === VILLAGE_PATH) code = row.getCell(1).text;
    });
    expect(code).not.toBe('');
    const sheet = wb.getWorksheet('账号') as ExcelJS.Worksheet;
    expect(sheet.getCell('D2').dataValidation?.type).toBe('list');
    sheet.addRow(['e2e导入一', 'e2e.import1', 'Imported2026x', '联络员', code, '13900001111']);
    sheet.addRow(['e2e导入二', 'e2e.import2', 'Imported2026x', '政协委员', code, '']);
    const name = '账号.xlsx';
    await modal.locator('input[type=file]').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    await modal.getByText(name).waitFor();
    await modal.getByRole('button', { name: '只检查' }).click();
    await modal.getByText('检查通过：将新建 2 个账号').waitFor();
    const [imported] = await Promise.all([
      page.waitForResponse((r) => /\/api\/accounts\/import(\?dryRun=false)?$/.test(r.url()), { timeout: 60_000 }),
      modal.getByRole('button', { name: /^导\s?入$/ }).click(),
    ]);
    expect(imported.status(), await imported.text()).toBe(200);
    await modal.getByRole('alert').filter({ hasText: '导入完成：已新建 2 个账号' }).waitFor();
    await snap(page, '04c-accounts-imported');
    await modal
      .getByRole('button', { name: /^(Close|关闭)$/ })
      .first()
      .click();
    await page.getByRole('row').filter({ hasText: 'e2e.import1' }).getByText(`联络员@${VILLAGE}`).waitFor();
  });

  it('5. the admin signs out', async () => {
    await signOut(page, '系统管理员');
    await page.getByText('已退出登录').waitFor();
    await snap(page, '05-signed-out');
  });

  it('6. the liaison sees the village and its grid, and nothing else', async () => {
    await signIn(page, LIAISON.username, LIAISON.password);
    await page.waitForURL(/\/workbench$/); // everyone with work lands on the workbench (工作台)
    await openPlaces(page);
    expect(placeIdIn(page.url())).toBe(villageId); // the top of the liaison's reach opens first
    await placeHeading(page, VILLAGE);
    await treeNode(page, VILLAGE).waitFor();
    await treeNode(page, GRID).waitFor();
    const tree = page.getByRole('tree');
    // only the village and its grid: no district, townships, or the village's neighbours
    expect(await tree.getByRole('treeitem').count()).toBe(2);
    for (const name of ['青禾区', '南岭镇', '西溪乡', '石桥村']) {
      expect(await treeNode(page, name).count(), name).toBe(0);
    }
    // places above one's reach show in the path as plain text, not links
    expect(await page.getByRole('navigation').getByRole('link', { name: '南岭镇' }).count()).toBe(0);
    // no admin pages in the menu
    expect(await page.getByRole('navigation').getByRole('link', { name: '账号', exact: true }).count()).toBe(0);
    await snap(page, '06-liaison-view');
  });

  it('7. the liaison cannot open 西溪乡 by its address', async () => {
    await page.goto(`/places/${xixiId}`);
    // antd's Result: its title is a plain div, not a heading
    await page.getByText('找不到该记录', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: '西溪乡' }).count()).toBe(0);
    await treeNode(page, VILLAGE).waitFor();
    expect(await treeNode(page, '西溪乡').count()).toBe(0);
    await snap(page, '07-liaison-no-access');
  });
});
