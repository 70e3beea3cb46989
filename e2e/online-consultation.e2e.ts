import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../src/shared/api/common';
import type { ConsultationDetail } from '../src/shared/api/consultations';
import type { TopicList } from '../src/shared/api/topics';
import { Api } from './api';
import { launch, newPage, snap } from './browser';
import { dialog, signIn } from './console';

// 网络协商 end to end: the 东湖街道 liaison opens an online consultation on where to put the
// elderly canteens (a demo topic) for a day. Three residents take part from their phones by its
// public link — they post statements and vote agree / disagree / pass on each other's — a member
// votes in the console, and the liaison moderates and reads the agreement view: which statements
// every opinion group agrees with, and which divide them.

const RAMP = '助餐点入口要修无障碍坡道，方便坐轮椅的老人。';
const DELIVERY_FEE = '送餐上门应该收配送费，不然助餐点撑不下去。';
const AD = '本店承接各类宴席外卖，欢迎致电订餐！';

let browser: Browser;
let consultationId = '';
let publicPath = '';

type Detail = Wire<typeof ConsultationDetail>;
type Topics = Wire<typeof TopicList>;

beforeAll(async () => {
  browser = await launch();
  const liaison = await Api.signIn('liaison.donghu');
  const topics = await liaison.get<Topics>(`/api/topics?q=${encodeURIComponent('助餐点')}`);
  const topic = topics.items[0];
  const detail = await liaison.post<Detail>(
    '/api/consultations',
    {
      topicId: topic?.id,
      placeId: topic?.place.id,
      title: '助餐点服务方式网络议事',
      form: 'online',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
    201,
  );
  consultationId = detail.id;
  publicPath = new URL(detail.publicUrl ?? '').pathname;
  expect(publicPath).toMatch(/^\/o\//);
});

/** A resident on their own phone (own cookie, so own voter). */
async function resident() {
  const { page } = await newPage(browser, { phone: true });
  await page.goto(publicPath);
  await page.getByRole('heading', { name: '大家的观点' }).waitFor();
  return page;
}

/** The statement's card on the phone page, by its text. */
const card = (page: Page, text: string) => page.locator('li.ol-statement').filter({ hasText: text });

async function vote(page: Page, text: string, choice: '同意' | '不同意' | '跳过') {
  const c = card(page, text);
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/vote') && r.request().method() === 'POST'),
    c.getByRole('button', { name: choice, exact: true }).click(),
  ]);
  expect(res.status()).toBe(200);
  await expect
    .poll(() => c.getByRole('button', { name: choice, exact: true }).getAttribute('aria-pressed'))
    .toBe('true');
}

async function post(page: Page, text: string, name?: string) {
  await page.getByLabel('您的观点').fill(text);
  if (name) await page.getByLabel('署名').fill(name);
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/statements') && r.request().method() === 'POST'),
    page.getByRole('button', { name: '发表', exact: true }).click(),
  ]);
  expect(res.status()).toBe(201);
  await card(page, text).waitFor();
}

describe('an online consultation with residents and a member, and its agreement view', () => {
  let a: Page;
  let b: Page;
  let c: Page;

  it('three residents post and vote from their phones', async () => {
    a = await resident();
    b = await resident();
    c = await resident();
    await post(a, RAMP, '周阿姨');
    await post(b, DELIVERY_FEE);
    await post(c, AD, '宴席外卖');
    await b.reload();
    await card(b, RAMP).waitFor();
    await vote(b, RAMP, '同意');
    await c.reload();
    await vote(c, RAMP, '同意');
    await vote(c, DELIVERY_FEE, '不同意');
    await a.reload();
    await vote(a, DELIVERY_FEE, '不同意');
    await vote(a, AD, '不同意');
    await snap(a, '41-online-resident-votes');
  });

  it('a member votes in the console', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'member.zhao', 'shangliang2026');
    await page.goto(`/consultations/${consultationId}`);
    const row = page.getByRole('row').filter({ hasText: RAMP });
    await row.waitFor();
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/vote') && r.request().method() === 'POST'),
      row.getByRole('button', { name: '同意', exact: true }).click(),
    ]);
    expect(res.status()).toBe(200);
    const fee = page.getByRole('row').filter({ hasText: DELIVERY_FEE });
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/vote') && r.request().method() === 'POST'),
      fee.getByRole('button', { name: '同意', exact: true }).click(),
    ]);
  });

  it('the liaison hides an advert with a reason and reads the agreement view', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'liaison.donghu', 'shangliang2026');
    await page.goto(`/consultations/${consultationId}`);
    const adRow = page.getByRole('row').filter({ hasText: AD });
    await adRow.getByRole('button', { name: '隐藏', exact: true }).click();
    const modal = dialog(page, '隐藏这条观点');
    await modal.getByLabel('隐藏理由').fill('商业广告，与议题无关');
    await expect.poll(async () => (await modal.getAttribute('class')) ?? '').not.toContain('zoom');
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/hide') && r.request().method() === 'POST'),
      modal.getByRole('button', { name: '确认隐藏' }).click(),
    ]);
    expect(res.status()).toBe(200);
    await page.getByText('商业广告，与议题无关').first().waitFor();
    // everyone agreed with the ramp: broad agreement; the delivery fee split the room
    await expect.poll(() => page.getByRole('row').filter({ hasText: RAMP }).textContent()).toContain('共识');
    await expect.poll(() => page.getByRole('row').filter({ hasText: DELIVERY_FEE }).textContent()).toContain('分歧');
    await snap(page, '42-online-console-agreement');
  });

  it('residents no longer see the hidden statement and see what the room agrees on', async () => {
    await a.reload();
    await card(a, RAMP).waitFor();
    await expect.poll(() => card(a, AD).count()).toBe(0);
    const agreement = a.locator('section').filter({ has: a.getByRole('heading', { name: '共识与分歧' }) });
    await expect.poll(() => agreement.textContent()).toContain(RAMP);
    await snap(a, '43-online-resident-agreement');
  });
});
