import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * An open modal or drawer, by text in it (its title). Not `getByRole('dialog', { name })`: antd
 * labels each dialog by a generated id, and a bundle built with NODE_ENV=test (as global-setup
 * used to build it) gives every dialog the same id "test-id", so names were wrong on some pages.
 */
export const dialog = (page: Page, title: string) => page.getByRole('dialog').filter({ visible: true, hasText: title });

/**
 * Waits for an opened dialog (or drawer) to stand still: antd zooms it in, and on a loaded machine a
 * click during the animation can miss (seen in CI: a template download that never started, a
 * dropdown chosen while it moved). Every running CSS animation or transition in its wrapper ends.
 */
export async function settled(dialogLocator: Locator) {
  await dialogLocator.waitFor();
  await expect
    .poll(
      () =>
        dialogLocator.evaluate(
          (el) =>
            (el.closest('.ant-modal-wrap, .ant-drawer') ?? el)
              .getAnimations({ subtree: true })
              .filter((a) => a.playState === 'running').length,
        ),
      { timeout: 10_000 },
    )
    .toBe(0);
}

/** Fills the sign-in form and waits for the places page the console opens after it. */
export async function signIn(page: Page, username: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // each role opens on its own first screen (src/web/app/first-screen.ts)
  await page.waitForURL((url) => url.pathname !== '/' && !url.pathname.startsWith('/sign-in'));
}

/** Opens 地点 and waits for the top of one's reach to open there. */
export async function openPlaces(page: Page) {
  await page.goto('/places');
  await page.waitForURL(/\/places\/[^/]+$/);
}

/** User menu (the display name in the header) → 退出登录 → confirm; waits for the sign-in page. */
export async function signOut(page: Page, displayName: string) {
  const confirm = dialog(page, '确定退出登录吗？');
  // a click on the menu while its dropdown is still opening (a loaded machine) can go nowhere:
  // open it again until the confirmation shows
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('banner').getByRole('button', { name: displayName }).click();
    const item = page.getByRole('menuitem', { name: '退出登录' });
    try {
      await item.click({ timeout: 10_000 });
      await confirm.waitFor({ timeout: 10_000 });
      break;
    } catch (err) {
      if (attempt === 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
  await confirm.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/sign-in$/);
  await page.getByRole('button', { name: '登录', exact: true }).waitFor();
}

/**
 * Picks an option of an antd Select. Its options are virtual-list rows with no role (the
 * role="option" elements are a hidden a11y copy of the few rows around the active one); they carry
 * the label as their title, but so does the field showing the chosen value, hence antd's class.
 * Closed dropdowns stay in the DOM, hidden, hence `visible`.
 */
export async function chooseOption(page: Page, select: Locator, label: string) {
  const option = page
    .locator('.ant-select-item-option')
    .and(page.getByTitle(label, { exact: true }))
    .filter({ visible: true });
  const open = page.locator('.ant-select-dropdown:visible');
  await select.click();
  await option.click();
  // closing animates: the next step's click must not land on the list as it fades. On a loaded
  // machine the click can also land while the list is still moving in and leave it open (seen in
  // CI, in a dialog still zooming in): then choose again, or close it by its field
  for (let attempt = 1; ; attempt++) {
    try {
      await expect.poll(() => open.count(), { timeout: 4_000 }).toBe(0);
      break;
    } catch (err) {
      if (attempt === 3) throw err;
      if (await option.count()) await option.click();
      else await select.click();
    }
  }
  // and the field shows the choice
  const field = select.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  await expect.poll(() => field.textContent(), { timeout: 10_000 }).toContain(label);
}

/**
 * Picks a place in a PlacePicker (antd TreeSelect) by typing its name and choosing the search hit,
 * whose title is its path, e.g. 青禾区 / 南岭镇 / e2e新村.
 */
export async function pickPlace(page: Page, picker: Locator, name: string, path: string) {
  await picker.click();
  await picker.fill(name);
  const hit = page.getByRole('treeitem').filter({ visible: true }).getByTitle(path, { exact: true });
  await hit.click();
  // the dropdown closes with an animation: a click aimed at the form behind it must not land on it
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 }).toBe(0);
}

/** A node of the places page's tree (antd Tree renders role="tree" / "treeitem"), by the place's name. */
export const treeNode = (page: Page, name: string) =>
  page
    .getByRole('tree')
    .getByRole('treeitem')
    .filter({ has: page.getByText(name, { exact: true }) });

/** Waits for the detail card of a place (its name is the card's heading). */
export const placeHeading = (page: Page, name: string) =>
  page.getByRole('heading', { name, exact: true, level: 3 }).waitFor();
