import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Wire } from '../src/shared/api/common';
import type { SubmissionListResponse } from '../src/shared/api/submissions';
import { Api, raise } from './api';
import { DEMO_PASSWORD, launch, SCREENSHOTS } from './browser';
import { signIn } from './console';

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

describe('staff lists at 1280 px', () => {
  it('pictures the plan table and the submission detail', async () => {
    const leader = await desk('leader');
    await leader.goto('/plan');
    await leader.getByRole('row').filter({ hasText: topicTitle }).waitFor();
    await picture(leader, `plan-table-${PHASE}`);
    const liaison = await desk('liaison.donghu');
    await liaison.goto(`/submissions/${submissionId}`);
    await liaison.getByText('下水道井盖松动').first().waitFor();
    await picture(liaison, `submission-detail-${PHASE}`);
    expect(submissionId).not.toBe('');
  });
});
