import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../src/shared/api/common';
import type { TaskDetail } from '../src/shared/api/tasks';
import { DEPLOYMENT_TIME_ZONE } from '../src/shared/time-zone';
import { launch, newPage, stepByStep } from './browser';
import { act, card, console1280, entry, fieldPhoto, openTask } from './carrying-out-steps';
import { dialog } from './console';
import { button, confirmIn, poll, shot, tick, writing } from './deliberation-steps';

// 办 → 督办 → 评 end to end, on the demo's 建议案 of 南岭镇 on seed-corn fees, which two district
// departments are carrying out: 区农业农村局's task is overdue, 区市场监管局's on its timetable.
// In Chromium at 1280 px: 马强, 南岭镇's liaison, urges the overdue task on the 督办台 and escalates
// it to 李书记, who finds it under his bell and writes 批示; 区农业农村局 answers with progress and a
// photo and reports it done, 区市场监管局 finishes its timetable; 马强 accepts both (验收) and the
// outcome is carried out; the villager whose submission started it sees what was done on the
// tracking page and rates it; 马强 goes back to see it holds (回头看) and records what he found, with
// a photo; residents rate the outcome through its public link; 南岭镇's public board shows it 已落实.

const OUTCOME = '关于规范玉米制种费用结算的建议案';
const CONTRACT = '约谈种业公司并报送制种合同修订方案';
const CREDIT = '将制种费用结算时限纳入企业信用评价';
const URGE = '任务已逾期，请于今天下班前报告约谈种业公司的进展。';
const ESCALATE = '两次催办仍未报送进展，制种户下月交种，提请区委督办。';
const INSTRUCTION = '请区农业农村局本周内约谈禾丰种业公司，合同修订方案报区委办备案。';
const PROGRESS = '已于今日上午约谈禾丰种业公司，公司同意分两次结算，合同修订稿正在法律审核。';
const DONE = '修订后的制种合同已签订，分两次结算和扣款标准均已写入合同。';
const CREDIT_DONE = '《种业企业结算信用评价指标》已发布实施，结算超期记入企业信用档案。';
const RATING = '合同改了以后，第一笔制种款交种后二十多天就到账了，谢谢！';
const FINDINGS = '走访三家制种合作社，禾丰种业公司已按新合同分两次结算，第一笔制种款交种后25天到账，扣款有据可查。';
const RESIDENTS_VIEW = '制种户反映结算比往年快，扣款标准清楚，希望明年继续按新合同执行。';
const EVALUATIONS = [
  { score: 5, comment: '今年制种款结得快，扣款也有了标准。' },
  { score: 4, comment: '结算快了，希望明年继续抓好病虫害统防统治。' },
];

describe.sequential('an outcome is carried out, pressed, accepted, rated and shown to the public', {
  timeout: 120_000,
}, () => {
  let browser: Browser;
  let liaison: Page; // 南岭镇联络员 马强
  let contractCode = '';
  let creditCode = '';
  let outcomePath = '';
  let trackingCode = '';
  let evaluatePath = '';
  stepByStep(); // each step builds on the one before: after a failure, skip the rest

  beforeAll(async () => {
    browser = await launch();
    liaison = await console1280(browser, 'liaison.nanling');
  });

  it('1. the liaison finds the overdue task on the 督办台 and urges it', async () => {
    await liaison.getByRole('navigation').getByRole('link', { name: '督办台' }).click();
    await liaison.waitForURL(/\/supervision$/);
    await liaison.getByRole('heading', { name: '督办台' }).waitFor();
    const overdue = liaison.getByRole('button', { name: /^逾期/ });
    await poll(() => overdue.textContent()).toBe('逾期1');
    // the demo's older agreement of 柳塘村, carried out months ago, is due for its revisit
    const due = card(liaison, '回头看到期');
    const dueRow = due.locator('tr.ant-table-row').filter({ hasText: '柳塘村灌溉水渠管护协议' });
    await dueRow.getByText(/^已到期 \d+ 天$/).waitFor();
    await dueRow.getByRole('cell', { name: '柳塘村', exact: true }).waitFor();
    await dueRow.getByRole('cell', { name: '尚未', exact: true }).waitFor();
    await due.getByText('共 1 项，已到期 1 项').waitFor();
    await overdue.click();
    await liaison.waitForURL(/view=overdue/);
    const list = card(liaison, '任务清单');
    const rows = list.locator('tr.ant-table-row');
    await poll(() => rows.count()).toBe(1);
    const row = rows.filter({ hasText: CONTRACT });
    await row.getByText('区农业农村局').waitFor();
    await row.getByText('已逾期').waitFor();
    await row.getByText(/^红灯：逾期 1 天、催办待回复（1 次）、已提请督办$/).waitFor();
    contractCode = ((await row.locator('.task-code').textContent()) ?? '').trim();
    expect(contractCode).toMatch(/^RW-\d{4}-\d{4}$/);
    await shot(liaison, '41-board-overdue');

    await row.getByRole('button', { name: `催办 ${contractCode}` }).click();
    const modal = dialog(liaison, `催办 · ${contractCode}`);
    await modal.waitFor();
    await modal.getByText('责任单位须报告进展作为回复').waitFor();
    await modal.getByLabel('催办内容', { exact: true }).fill(URGE);
    await confirmIn(liaison, modal, '催办', { path: /\/api\/tasks\/[^/]+\/actions$/ });
    await row.getByText(/催办待回复（2 次）/).waitFor();

    await openTask(liaison, row.getByRole('link', { name: CONTRACT }), CONTRACT);
    await entry(liaison, '催办', '南岭镇联络员 马强', URGE).waitFor();
    const facts = card(liaison, '基本情况');
    await facts.getByText('已催办 2 次 · 待责任单位回复').waitFor();
    // the deadline is the day it falls on in Beijing, whatever the zone of the browser
    const task = (await (await liaison.request.get(`/api${new URL(liaison.url()).pathname}`)).json()) as Wire<
      typeof TaskDetail
    >;
    const day = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: DEPLOYMENT_TIME_ZONE });
    await facts.getByText(day.format(new Date(task.dueAt)), { exact: true }).waitFor();
    // on a red task the liaison's first step is to press it, not to report for the unit
    const urge = button(liaison.locator('main'), '催办');
    await poll(async () => (await urge.getAttribute('class')) ?? '').toContain('ant-btn-primary');
  });

  it('2. the liaison escalates it to 李书记 (提请督办)', async () => {
    await button(liaison.locator('main'), '提请督办').click();
    const modal = dialog(liaison, `提请督办 · ${contractCode}`);
    await modal.waitFor();
    // typed and chosen by the keyboard: the list opens on the page, outside the dialog, and a click
    // Playwright retries after scrolling the page lands beside the option, the list having moved
    // back under its field meanwhile
    const leader = '李书记（青禾区 · 党委政府领导）';
    const field = modal.getByLabel('督办领导', { exact: true });
    await field.fill('李书记');
    const options = liaison.locator('.ant-select-item-option').filter({ visible: true });
    await poll(() => options.allTextContents()).toEqual([leader]);
    await field.press('Enter');
    await modal.locator('.ant-select').getByTitle(leader, { exact: true }).waitFor();
    await modal.getByLabel('提请督办的理由', { exact: true }).fill(ESCALATE);
    await confirmIn(liaison, modal, '提请督办', { path: /\/api\/tasks\/[^/]+\/actions$/ });
    const escalated = entry(liaison, '提请督办', '南岭镇联络员 马强', ESCALATE);
    await escalated.getByText('督办领导：李书记').waitFor();
    await card(liaison, '基本情况').getByText('李书记', { exact: true }).waitFor();
    await shot(liaison, '42-task-escalated');
  });

  it('3. 李书记 sees it under his bell, opens the task and writes 批示', async () => {
    const page = await console1280(browser, 'leader');
    const bell = page.getByRole('button', { name: /^通知，\d+ 条未读$/ });
    await poll(async () => Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0])).toBeGreaterThan(0);
    await bell.click();
    const latest = page.getByRole('region', { name: '最新通知' });
    const notice = latest.getByRole('link').filter({ hasText: `提请督办：${contractCode} ${CONTRACT}` });
    await notice.getByText(`南岭镇联络员 马强提请您督办：${ESCALATE}`).waitFor();
    // the list has zoomed open: a click while it moves is retried after scrolling the page, and the
    // list, realigned to its bell, is then no longer where the click goes
    const popover = page.locator('.ant-popover').filter({ visible: true });
    await poll(async () => (await popover.getAttribute('class')) ?? '').not.toMatch(/zoom/);
    await shot(page, '43-leader-bell');
    await openTask(page, notice, CONTRACT);

    // 批示 is the step he came for
    const instruct = button(page.locator('main'), '批示');
    await poll(async () => (await instruct.getAttribute('class')) ?? '').toContain('ant-btn-primary');
    await act(page, '批示', contractCode, INSTRUCTION);
    await entry(page, '批示', '李书记', INSTRUCTION).waitFor();
    await shot(page, '43-leader-instructed');
    await page.context().close();
  });

  it('4. 区农业农村局 answers with progress and a photo, then reports the task done', async () => {
    const page = await console1280(browser, 'dept.nongye');
    const bell = page.getByRole('button', { name: /^通知，\d+ 条未读$/ });
    await bell.click();
    const latest = page.getByRole('region', { name: '最新通知' });
    await latest
      .getByRole('link')
      .filter({ hasText: `催办：${contractCode}` })
      .getByText(URGE, { exact: false })
      .waitFor();
    const instructed = latest.getByRole('link').filter({ hasText: `领导批示：${contractCode} ${CONTRACT}` });
    await instructed.getByText(`李书记作出批示：${INSTRUCTION}`).waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('navigation').getByRole('link', { name: '我的任务' }).click();
    await page.waitForURL(/\/tasks$/);
    const row = page.locator('tr.ant-table-row').filter({ hasText: CONTRACT });
    await row.getByText(/催办待回复（2 次）/).waitFor();
    await openTask(page, row.getByRole('link', { name: CONTRACT }), CONTRACT);

    // the urged unit must answer with progress: it is the step offered first
    const progress = button(page.locator('main'), '报告进展');
    await poll(async () => (await progress.getAttribute('class')) ?? '').toContain('ant-btn-primary');
    await act(page, '报告进展', contractCode, PROGRESS, async () => {
      const modal = dialog(page, `报告进展 · ${contractCode}`);
      await writing(
        page,
        { path: /\/api\/tasks\/[^/]+\/files$/ },
        () =>
          modal
            .locator('input[type=file]')
            .setInputFiles({ name: '约谈现场.png', mimeType: 'image/png', buffer: fieldPhoto() }),
        201,
      );
      await modal.locator('.ant-upload-list-item-done').filter({ hasText: '约谈现场.png' }).waitFor();
    });
    const reported = entry(page, '报告进展', '区农业农村局', PROGRESS);
    // photos are kept as JPEG
    await reported.getByRole('img', { name: '照片 1 · 约谈现场.jpg' }).waitFor();
    await page.locator('.ant-tag').filter({ hasText: '推进中' }).first().waitFor();
    await card(page, '基本情况').getByText('已催办 2 次', { exact: true }).waitFor();
    await card(page, '照片和附件').getByRole('img', { name: '照片 1 · 约谈现场.jpg' }).waitFor();
    await shot(page, '44-department-progress');

    await act(page, '报告完成', contractCode, DONE);
    await entry(page, '报告完成', '区农业农村局', DONE).waitFor();
    await page.locator('.ant-tag').filter({ hasText: '已完成' }).first().waitFor();
    await page.getByText('当前没有需要您办理的事项').waitFor();
    await page.context().close();
  });

  it('5. 区市场监管局 ticks off its timetable and reports done', async () => {
    const page = await console1280(browser, 'dept.shichang');
    await page.getByRole('navigation').getByRole('link', { name: '我的任务' }).click();
    await page.waitForURL(/\/tasks$/);
    const row = page.locator('tr.ant-table-row').filter({ hasText: CREDIT });
    await row.getByText('推进中').waitFor();
    creditCode = ((await row.locator('.task-code').textContent()) ?? '').trim();
    await openTask(page, row.getByRole('link', { name: CREDIT }), CREDIT);
    const timetable = card(page, '时间表');
    await timetable.getByText('1/3 个节点').waitFor();
    for (const [milestone, count] of [
      ['征求种业公司和合作社意见', '2/3'],
      ['发布实施', '3/3'],
    ] as const) {
      await writing(page, { method: 'PUT', path: /\/milestones\/[^/]+\/done$/ }, () =>
        tick(timetable.getByRole('checkbox', { name: milestone })),
      );
      await timetable.getByText(`${count} 个节点`).waitFor();
    }
    // with every milestone ticked, reporting done comes first
    const done = button(page.locator('main'), '报告完成');
    await poll(async () => (await done.getAttribute('class')) ?? '').toContain('ant-btn-primary');
    await act(page, '报告完成', creditCode, CREDIT_DONE);
    await entry(page, '报告完成', '区市场监管局', CREDIT_DONE).waitFor();
    await page.locator('.ant-tag').filter({ hasText: '已完成' }).first().waitFor();
    await shot(page, '45-department-done');
    await page.context().close();
  });

  it('6. the liaison accepts both (验收) and the outcome is carried out', async () => {
    await liaison.goto('/supervision');
    const toAccept = liaison.getByRole('button', { name: /^待验收/ });
    await poll(() => toAccept.textContent()).toBe('待验收2');
    await toAccept.click();
    await liaison.waitForURL(/view=to_accept/);
    const rows = card(liaison, '任务清单').locator('tr.ant-table-row');
    await poll(() => rows.count()).toBe(2);
    await shot(liaison, '46-board-to-accept');
    const accept = async (title: string, code: string, note: string) => {
      const row = rows.filter({ hasText: title });
      await row.getByText('已完成').waitFor();
      await openTask(liaison, row.getByRole('link', { name: title }), title);
      const primary = button(liaison.locator('main'), '验收通过');
      await poll(async () => (await primary.getAttribute('class')) ?? '').toContain('ant-btn-primary');
      await act(liaison, '验收通过', code, note);
      await entry(liaison, '验收通过', '南岭镇联络员 马强', note).waitFor();
      await liaison.locator('.ant-tag').filter({ hasText: '已验收' }).first().waitFor();
    };
    await accept(CONTRACT, contractCode, '合同修订稿已核对，验收通过。');
    // back to the board as it was filtered: one left to accept
    await liaison.getByRole('link', { name: '返回督办台' }).click();
    await liaison.waitForURL(/\/supervision\?view=to_accept$/);
    await poll(() => rows.count()).toBe(1);
    await accept(CREDIT, creditCode, '评价指标已发布，验收通过。');

    await card(liaison, '基本情况')
      .getByRole('link', { name: new RegExp(OUTCOME) })
      .click();
    await liaison.waitForURL(/\/outcomes\/[0-9a-f-]{36}$/);
    outcomePath = new URL(liaison.url()).pathname;
    await liaison.getByRole('heading', { name: OUTCOME }).waitFor();
    await liaison.locator('.ant-tag').filter({ hasText: '已落实' }).first().waitFor();
    const tasks = card(liaison, '落实情况');
    await tasks.getByText('已验收 2/2').waitFor();
    for (const title of [CONTRACT, CREDIT]) {
      await tasks.getByRole('listitem').filter({ hasText: title }).getByText('已验收').waitFor();
    }
    const submission = liaison.locator('.case-file-card a[href^="/submissions/"] .outcome-code').first();
    trackingCode = ((await submission.textContent()) ?? '').trim();
    expect(trackingCode).not.toBe('');
    await shot(liaison, '46-outcome-carried-out');
  });

  it('7. the villager sees what was done on the tracking page and rates it', async () => {
    const { page } = await newPage(browser, { phone: true });
    await page.goto(`/t/${trackingCode}`);
    await page.getByTestId('tracking-code').getByText(trackingCode).waitFor();
    await page.locator('.status-badge').getByText('已办结').waitFor();
    const done = page.locator('section').filter({ has: page.getByRole('heading', { name: '办理结果' }) });
    await done.getByRole('heading', { name: OUTCOME }).waitFor();
    await done.getByText('落实的协商共识').waitFor();
    await done.getByText('请告诉我们问题是否解决、您是否满意。').waitFor();
    await page.getByText('协商成果已落实，事项办结').waitFor();
    await shot(page, '47-resident-carried-out');

    await page.getByRole('button', { name: '解决了', exact: true }).click();
    await page.getByLabel('5 星').check();
    await page.getByLabel('评价意见').fill(RATING);
    await writing(page, { path: `/api/public/submissions/${trackingCode}/rating` }, () =>
      page.getByRole('button', { name: '提交评价', exact: true }).click(),
    );
    await page.getByRole('button', { name: '提交评价' }).waitFor({ state: 'detached' });
    await page.getByText('感谢您的评价！').waitFor();
    await page.getByText(RATING).first().waitFor();
    await shot(page, '47-resident-rated');
    await page.context().close();
  });

  it('8. the liaison goes back to see it holds (回头看) and records the revisit with a photo', async () => {
    await liaison.goto(outcomePath);
    await liaison.getByRole('heading', { name: OUTCOME }).waitFor();
    const code = ((await liaison.locator('.outcome-code').first().textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z]+-\d{4}-\d{4}$/);
    const day = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: DEPLOYMENT_TIME_ZONE });
    const revisits = card(liaison, '回头看');
    const reviewDate = revisits.locator('.ant-descriptions-item').filter({ hasText: '回头看日期' });
    // carried out today: the revisit is set for three months on, not due yet
    const api = (await (await liaison.request.get(`/api${outcomePath}/revisits`)).json()) as { reviewDueAt: string };
    await reviewDate.getByText(day.format(new Date(api.reviewDueAt)), { exact: true }).waitFor();
    await revisits.getByText('还没有回头看记录').waitFor();

    await button(revisits, '记录回头看').click();
    const modal = dialog(liaison, `记录回头看 · ${code}`);
    await modal.waitFor();
    await modal.getByText(OUTCOME).waitFor();
    // the visit is today's unless another day is picked
    await poll(() => modal.getByLabel('回访日期', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await modal.getByLabel('发现情况', { exact: true }).fill(FINDINGS);
    await modal.getByLabel('群众意见（选填）', { exact: true }).fill(RESIDENTS_VIEW);
    const holds = modal.getByRole('radio', { name: '否，成效保持' });
    await tick(holds);
    // not back: no task to reopen is asked for
    await modal.getByLabel('重新打开的任务', { exact: true }).waitFor({ state: 'detached' });
    await writing(
      liaison,
      { path: /\/api\/outcomes\/[^/]+\/revisit-photos$/ },
      () =>
        modal
          .locator('input[type=file]')
          .setInputFiles({ name: '制种户回访.png', mimeType: 'image/png', buffer: fieldPhoto() }),
      201,
    );
    await modal.locator('.ant-upload-list-item-done').filter({ hasText: '制种户回访.png' }).waitFor();
    await confirmIn(liaison, modal, '保存', { path: /\/api\/outcomes\/[^/]+\/revisits$/ }, 201);
    await liaison.locator('.ant-message').getByText('回头看已记录').waitFor();

    const visit = revisits.locator('.revisit-list > li').filter({ hasText: FINDINGS });
    await visit.getByText(day.format(new Date()), { exact: true }).waitFor();
    await visit.locator('.ant-tag').getByText('未反弹', { exact: true }).waitFor();
    await visit.getByText(RESIDENTS_VIEW, { exact: true }).waitFor();
    await visit.getByText('记录人：南岭镇联络员 马强', { exact: true }).waitFor();
    const photo = visit.getByRole('img', { name: '回头看照片 1', exact: true });
    await photo.waitFor();
    // the thumbnail is the stored photo, loaded
    await poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(revisits.locator('.revisit-list > li').count()).resolves.toBe(1);
    // this revisit made, none is due: no date, no 到期 tag
    await reviewDate.getByText('未安排', { exact: true }).waitFor();
    await expect(reviewDate.locator('.ant-tag').count()).resolves.toBe(0);
    await revisits.getByText('还没有回头看记录').waitFor({ state: 'detached' });
    await shot(liaison, '48-outcome-revisited');
  });

  it('9. the liaison opens residents’ evaluation, and residents rate the outcome through its link', async () => {
    await liaison.goto(outcomePath);
    const evaluation = card(liaison, '成果评价（三评）');
    await writing(liaison, { path: /\/evaluations\/link$/ }, () => button(evaluation, '开启群众评价').click(), 201);
    const url = evaluation.locator('.evaluation-url');
    await url.waitFor();
    evaluatePath = new URL((await url.textContent()) ?? '').pathname;
    expect(evaluatePath).toMatch(/^\/e\/[\w-]+$/);
    await evaluation.getByRole('img', { name: /的群众评价二维码$/ }).waitFor();

    for (const [i, e] of EVALUATIONS.entries()) {
      const { page } = await newPage(browser, { phone: true });
      await page.goto(evaluatePath);
      await page.getByRole('heading', { name: OUTCOME }).waitFor();
      await page.getByText('已落实', { exact: true }).waitFor();
      await page.getByLabel(`${e.score} 星`).check();
      await page.getByLabel('想说的话').fill(e.comment);
      await writing(page, { path: evaluatePath.replace('/e/', '/api/public/evaluations/') }, () =>
        page.getByRole('button', { name: '提交评价', exact: true }).click(),
      );
      await page.getByText('感谢您的评价！').waitFor();
      await page.getByRole('heading', { name: '您的评价' }).waitFor();
      await page.getByText(e.comment).waitFor();
      await page.getByText(`已有 ${i + 1} 位居民评价`).waitFor();
      if (i === EVALUATIONS.length - 1) await shot(page, '49-resident-evaluated');
      await page.context().close();
    }

    await liaison.reload();
    const part = card(liaison, '成果评价（三评）');
    await part.getByText('均分 4.5 / 5').waitFor();
    await part.getByRole('tab', { name: '群众评价 2' }).click();
    for (const e of EVALUATIONS) await part.getByRole('tabpanel').getByText(e.comment).waitFor();
    await shot(liaison, '49-outcome-evaluated');
  });

  it('10. 南岭镇’s public board shows the outcome 已落实', async () => {
    const { page } = await newPage(browser, { phone: true });
    await page.goto('/p/nl');
    await page.getByRole('heading', { name: '协商成果落实' }).waitFor();
    await page.getByRole('button', { name: '已落实', exact: true }).click();
    const outcome = page.locator('article.board-outcome').filter({ hasText: OUTCOME });
    await outcome.locator('.board-status').getByText('已落实').waitFor();
    await outcome.getByText('落实任务：2/2 项已验收').waitFor();
    await outcome.getByText(/^落实于 \d{4}年\d{1,2}月\d{1,2}日/).waitFor();
    await shot(page, '50-public-board');
    await page.context().close();
  });
});
