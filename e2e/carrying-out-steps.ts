// Steps of the carrying-out journey (carrying-out.e2e.ts) on the console's task pages.
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, newPage } from './browser';
import { dialog, signIn } from './console';
import { button, confirmIn } from './deliberation-steps';

/**
 * A small PNG photo (a green field under a blue sky), made here so the journey needs no fixture:
 * the server re-encodes photos, so it must be a real image.
 */
export function fieldPhoto(width = 96, height = 64) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows.set(y < height / 3 ? [120, 170, 230] : [60 + (x % 16) * 4, 150, 50], at);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A console page at 1280 px, signed in through the form. */
export async function console1280(browser: Browser, username: string) {
  const { page } = await newPage(browser);
  await page.setViewportSize({ width: 1280, height: 800 });
  page.setDefaultTimeout(15_000);
  await signIn(page, username, DEMO_PASSWORD);
  return page;
}

export const card = (page: Page, title: string) =>
  page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title').getByText(title, { exact: true }) });

/** The task's timeline entry of a kind written by someone, with their words. */
export const entry = (page: Page, kind: string, actor: string, note: string) =>
  card(page, '办理过程')
    .locator('.ant-timeline-item')
    .filter({ hasText: kind })
    .filter({ hasText: actor })
    .filter({ hasText: note });

/** Opens the task page from a list row or link and waits for its heading. */
export async function openTask(page: Page, link: Locator, title: string) {
  await link.click();
  await page.waitForURL(/\/tasks\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

// the note each step asks for
const NOTE_LABELS: Record<string, string> = {
  批示: '批示内容',
  报告进展: '进展情况',
  报告完成: '完成情况（选填）',
  验收通过: '验收意见（选填）',
};

/** Takes a step on the open task page: the action's button, its note, and what it sends. */
export async function act(page: Page, action: string, code: string, note: string, attach?: () => Promise<void>) {
  await button(page.locator('main'), action).click();
  const modal = dialog(page, `${action} · ${code}`);
  await modal.waitFor();
  await modal.getByLabel(NOTE_LABELS[action] ?? '', { exact: true }).fill(note);
  await attach?.();
  await confirmIn(page, modal, action, { path: /\/api\/tasks\/[^/]+\/actions$/ });
}
