// Steps of the workbench and dashboard journey (workbench-dashboard.e2e.ts).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { poll } from './deliberation-steps';

/** A card of a dashboard section (its h2) — 阵地覆盖, 民意收集, 下级地点对比 … */
export const section = (page: Page, title: string) =>
  page.locator('section.dashboard-section').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

/** A headline figure of a section, by its label: the link its number carries. */
export const figure = (scope: Locator, label: string) =>
  scope
    .locator('.ant-statistic')
    .filter({ has: scope.page().locator('.ant-statistic-title').getByText(label, { exact: true }) })
    .locator('a.figure-link');

/** A number as the dashboard writes it ("1,234") read back. */
export const readNumber = async (link: Locator) => Number(((await link.textContent()) ?? '').replace(/[^\d.]/g, ''));

/** Nothing sticks out sideways: the page scrolls only up and down. */
export async function fitsWidth(page: Page) {
  await poll(() =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
}

/** Clicks a download button and returns the file the browser saved, with the name it suggested. */
export async function download(page: Page, click: () => Promise<unknown>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The data rows of an Excel file's first sheet (below its header row). */
export async function sheetRows(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  expect(sheet, 'the workbook has a sheet').toBeDefined();
  const rows: string[][] = [];
  sheet?.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

/** The text of a Word document's body (word/document.xml without its tags). */
export async function docxText(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  expect(xml, 'a .docx has word/document.xml').toBeDefined();
  return (xml ?? '').replace(/<[^>]+>/g, '');
}

/** How light a CSS colour is, 0 (black) to 1 (white). */
export const lightness = (css: string) => {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};
