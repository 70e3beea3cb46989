import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launch, newPage, snap } from './browser';
import { dialog, signIn, signOut } from './console';

// 征集 → 分办 end to end: a resident raises a problem in traditional characters by the QR link of
// 桃园社区 (under 东湖街道); the subdistrict liaison finds it with simplified characters and sorts it
// to the community; the community liaison replies and marks it solved; the resident sees the
// reply and rates it; a liaison of another township cannot open it.

const TEXT = '樓道裡的路燈壞了三天，晚上老人上下樓很危險，請幫忙盡快維修。';
const REPLY = '已联系物业，今天下午更换路灯。';

let resident: Page;
let staff: Page;
let trackingCode = '';
let submissionId = '';

beforeAll(async () => {
  const browser = await launch();
  resident = (await newPage(browser, { phone: true })).page;
  staff = (await newPage(browser)).page;
});

/** Runs one step of the action bar: the button, then the same button in its dialog. */
async function act(page: Page, action: string, fill?: { label: string; text: string }) {
  // the usual step is a button (its icon's label first: "message 答复"); sorting is under 分办,
  // rarer steps under 更多 (src/web/modules/submissions/action-layout.ts)
  const isSorting = ['网格处理', '转社区议事会', '提交街道议事会', '转部门'].includes(action);
  const button = page.getByRole('button', { name: new RegExp(`${action}$`) });
  // the action bar must be on the page before counting what it holds (a fresh page has none yet)
  await page
    .locator('main')
    .getByRole('button', { name: /(分办|更多|答复|办结)$/ })
    .first()
    .waitFor();
  if (isSorting || (await button.count()) === 0) {
    await page.getByRole('button', { name: isSorting ? /分办$/ : /更多$/ }).click();
    await page.getByRole('menuitem', { name: new RegExp(`${action}$`) }).click();
  } else await button.first().click();
  const modal = dialog(page, `${action} · ${trackingCode}`);
  if (fill) await modal.getByLabel(fill.label).fill(fill.text);
  // a click while antd's opening animation runs can miss: wait for the dialog to settle
  await expect.poll(async () => (await modal.getAttribute('class')) ?? '').not.toContain('zoom');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST'),
    modal.getByRole('button', { name: action, exact: true }).click(),
  ]);
  expect(response.status()).toBe(200);
  await modal.waitFor({ state: 'hidden' });
}

describe('a resident’s problem, from QR code to rating', () => {
  it('the resident submits in traditional characters with a phone number and gets a tracking code', async () => {
    await resident.goto('/s/dh-ty?lang=zh-TW');
    await resident.getByText('桃園社區').first().waitFor(); // the place's name in the reader's script
    await resident.getByLabel('反映的事項').fill(TEXT);
    await resident.getByLabel('手機號碼').fill('13812345678');
    await resident.getByLabel(/我同意將姓名和電話/).check();
    await snap(resident, '11-resident-form');
    await resident.getByRole('button', { name: '提交', exact: true }).click();
    const code = resident.getByTestId('tracking-code');
    await code.waitFor();
    trackingCode = ((await code.textContent()) ?? '').trim();
    expect(trackingCode).toMatch(/^[A-Z2-9]{12}$/);
    await snap(resident, '12-resident-tracking-code');
  });

  it('the subdistrict liaison finds it by a simplified search and sorts it to the community', async () => {
    await signIn(staff, 'liaison.donghu', DEMO_PASSWORD);
    await staff.goto('/submissions');
    await staff.getByLabel('搜索诉求').fill('路灯坏了');
    await staff.getByLabel('搜索诉求').press('Enter');
    await staff.waitForURL((url) => url.searchParams.get('q') === '路灯坏了');
    // the row as the search's answer draws it, its words marked: a click on the row of the list
    // before the search can land while the table is redrawn, and then goes nowhere
    const found = staff.getByRole('row').filter({ has: staff.locator('mark') });
    await found.getByRole('link', { name: trackingCode }).click();
    await staff.waitForURL(/\/submissions\/[0-9a-f-]{36}$/);
    submissionId = staff.url().split('/').pop() ?? '';
    await staff.getByText(TEXT).waitFor();
    await act(staff, '转社区议事会', { label: '备注', text: '请桃园社区跟进' });
    await staff.getByText('社区议事').first().waitFor();
    await snap(staff, '13-liaison-sorted');
    await signOut(staff, '东湖街道联络员 陈静');
  });

  it('the community liaison replies and marks it solved', async () => {
    await signIn(staff, 'liaison.taoyuan', DEMO_PASSWORD);
    await staff.goto(`/submissions/${submissionId}`);
    await act(staff, '答复', { label: '答复内容', text: REPLY });
    await staff.getByText(REPLY).first().waitFor();
    await act(staff, '办结');
    await staff.getByText('已办结').first().waitFor();
    await snap(staff, '14-community-solved');
    await signOut(staff, '桃园社区联络员 周敏');
  });

  it('the resident sees the reply and rates it', async () => {
    await resident.goto(`/t/${trackingCode}?lang=zh-TW`);
    await resident.getByText(REPLY).waitFor();
    await resident.getByRole('button', { name: '解決了', exact: true }).click();
    await resident.getByLabel('5 星').check();
    await resident.getByLabel('評價意見').fill('修得很快，謝謝！');
    await resident.getByRole('button', { name: '提交評價', exact: true }).click();
    // the form gives way to the rating on record
    await resident.getByRole('button', { name: '提交評價' }).waitFor({ state: 'detached' });
    await resident.getByText('修得很快，謝謝！').first().waitFor();
    await snap(resident, '15-resident-rated');
  });

  it('a liaison of another township cannot open it', async () => {
    await signIn(staff, 'liaison.nanling', DEMO_PASSWORD);
    const api = await staff.request.get(`/api/submissions/${submissionId}`);
    expect(api.status()).toBe(404);
    await staff.goto(`/submissions/${submissionId}`);
    await staff.getByText('找不到该记录').waitFor();
    expect(await staff.getByText(TEXT).count()).toBe(0);
    await snap(staff, '16-other-liaison-404');
  });
});
