// Steps of the members' journey (members.e2e.ts): the roster's Excel file, a member's first sign-in
// on a phone, and antd's pickers and stars, which have no text field to type into.
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROSTER_COLUMN_LABELS, type RosterColumn } from '../src/shared/messages/members';
import { DEPLOYMENT_TIME_ZONE } from '../src/shared/time-zone';
import { newPage } from './browser';
import { signIn } from './console';
import { button, poll } from './deliberation-steps';

/** A row of the roster as the office types it, by column. */
export type RosterRow = Partial<Record<RosterColumn, string | number>>;

/**
 * Fills the template the console downloaded, as the office would in Excel: each value under the
 * column the template heads with its name, the drop-downs and the hidden sheet of codes kept.
 */
export async function fillTemplate(template: Buffer, rows: readonly RosterRow[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = wb.worksheets.find((w) => w.state === 'visible');
  if (!sheet) throw new Error('the template has no visible sheet');
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columnOf.set(cell.text.trim(), col));
  rows.forEach((values, i) => {
    const row = sheet.getRow(i + 2);
    for (const [key, value] of Object.entries(values)) {
      const header = ROSTER_COLUMN_LABELS[key as RosterColumn]['zh-CN'];
      const col = columnOf.get(header);
      expect(col, `the template's column ${header}`).toBeDefined();
      row.getCell(col as number).value = value;
    }
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A member's first sign-in on a phone with the password the office handed over: the console asks
 * for a new one before anything else, then lands on the workbench, from where 我的履职 opens.
 */
export async function firstSignInOnPhone(browser: Browser, username: string, initial: string, chosen: string) {
  const { page } = await newPage(browser, { phone: true });
  page.setDefaultTimeout(15_000);
  await signIn(page, username, initial);
  await page.waitForURL(/\/change-password$/);
  await page.getByText('请先修改初始密码').waitFor();
  await page.getByLabel('当前密码', { exact: true }).fill(initial);
  await page.getByLabel('新密码', { exact: true }).fill(chosen);
  await page.getByLabel('确认新密码', { exact: true }).fill(chosen);
  await button(page, '修改密码').click();
  // everyone with work lands on the workbench (工作台); 我的履职 is one click away
  await page.waitForURL(/\/workbench$/);
  await page.getByRole('heading', { name: '工作台', level: 1 }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: '我的履职' }).click();
  await page.waitForURL(/\/home$/);
  await page.getByRole('heading', { name: '我的履职', level: 1 }).waitFor();
  return page;
}

/**
 * The open picker panel (antd keeps closed ones in the DOM, hidden), once it has slid open: a
 * click while it still moves can land beside the cell aimed at.
 */
async function openPanel(page: Page) {
  const panel = page.locator('.ant-picker-dropdown').filter({ visible: true });
  await panel.waitFor();
  await poll(async () => (await panel.getAttribute('class')) ?? '').not.toMatch(/slide/);
  return panel;
}

/** Waits for every picker panel to have closed (and faded out). */
const pickersClosed = (page: Page) =>
  poll(() => page.locator('.ant-picker-dropdown').filter({ visible: true }).count()).toBe(0);

/**
 * Picks a day in an antd DatePicker that takes no typing (inputReadOnly): its cell, titled
 * YYYY-MM-DD, in the month the panel opens on or the one before or after.
 */
export async function pickDay(page: Page, input: Locator, day: string) {
  await input.click();
  const panel = await openPanel(page);
  const cell = panel.locator(`td[title="${day}"]`);
  const shown = (await panel.locator('td.ant-picker-cell-in-view').first().getAttribute('title')) ?? '';
  if (!(await cell.isVisible())) {
    await panel.locator(day < shown ? '.ant-picker-header-prev-btn' : '.ant-picker-header-next-btn').click();
  }
  await cell.click();
  await poll(() => input.inputValue()).toBe(day);
  await pickersClosed(page);
}

/**
 * Picks a clock time HH:mm in an antd TimePicker of a dialog that takes no typing, hour then
 * minute, and closes the panel by a click on the dialog's title (Escape would undo the choice).
 */
export async function pickTime(page: Page, modal: Locator, input: Locator, clock: string) {
  const [hour, minute] = clock.split(':') as [string, string];
  await input.click();
  const columns = (await openPanel(page)).locator('.ant-picker-time-panel-column');
  const cell = (column: number, text: string) =>
    columns
      .nth(column)
      .locator('.ant-picker-time-panel-cell')
      .filter({ hasText: new RegExp(`^${text}$`) });
  await cell(0, hour).click();
  await cell(1, minute).click();
  await poll(() => input.inputValue()).toBe(clock);
  await modal.locator('.ant-modal-title').click();
  await pickersClosed(page);
  await poll(() => input.inputValue()).toBe(clock);
}

/**
 * A reception slot that has begun, on today's date where the deployment is (Beijing): from the
 * top of the current hour, for an hour (to 23:55 in the last one), so it can be recorded now and is
 * today's duty on the member's home.
 */
export function slotBegunToday(now = new Date()) {
  const timeZone = DEPLOYMENT_TIME_ZONE;
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(now));
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    day: new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone }).format(now), // YYYY-MM-DD
    from: `${two(hour)}:00`,
    to: hour === 23 ? '23:55' : `${two(hour + 1)}:00`,
  };
}

/** Gives a rating of `stars` in an antd Rate (its stars are radios in order). */
export async function rate(scope: Locator, stars: number) {
  const star = scope.getByRole('radio').nth(stars - 1);
  await star.click();
  await poll(() => star.getAttribute('aria-checked')).toBe('true');
}

/**
 * On a ledger (履职台账): the kind's row counts one record; opened, the line beneath it names the
 * record (its code, or the place of a reception day) and links to it.
 */
export async function ledgerLine(page: Page, kind: string, record: string) {
  const named = page.getByRole('cell', { name: kind, exact: true });
  const row = page.locator('main tr.ant-table-row').filter({ has: named });
  await poll(() => row.locator(named).locator('xpath=following-sibling::td[1]').textContent()).toBe('1');
  await row.getByRole('button', { name: '展开行' }).click();
  await row.getByRole('button', { name: '关闭行' }).waitFor();
  const line = row.locator('xpath=following-sibling::tr[1]').getByRole('link', { name: new RegExp(`^${record}`) });
  await line.waitFor();
  return line;
}
