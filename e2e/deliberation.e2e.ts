import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Wire } from '../src/shared/api/common';
import type { ConsultationDetail } from '../src/shared/api/consultations';
import type { SubmissionListResponse } from '../src/shared/api/submissions';
import { Api, raise } from './api';
import { DEMO_PASSWORD, launch, newPage, stepByStep } from './browser';
import { chooseOption, dialog, pickPlace, signIn } from './console';
import {
  button,
  confirmIn,
  inMinutes,
  poll,
  shot,
  signInContext,
  tick,
  typeDateTime,
  writing,
} from './deliberation-steps';

// 议题 → 协商 → 共识 → 成果 end to end. A resident of 桃园社区 reports that the old estate floods
// whenever it rains; the 东湖街道 liaison sorts it to the subdistrict council (setup, over HTTP).
// Then, in Chromium: the liaison turns it into a topic and screens it in; 李书记 puts it in the
// district's annual plan; the liaison schedules a meeting with two members, a resident
// representative and an expert (the last two without accounts); they sign in by the QR code on
// their phones or are ticked off; the liaison records the meeting and its two consensus items and
// concludes it; a 建议案 is drafted and sent to 张区长, who writes an instruction; the resident sees
// the outcome on their tracking page.

const COMPLAINT =
  '桃园社区老小区的雨污管道老化堵塞，一下大雨3号楼前的院子就积水没过脚踝，老人出门只能蹚水，希望改造排水管网。';
const TOPIC = '桃园社区老旧小区雨污管网改造';
const TOPIC_TEXT = '桃园社区建于上世纪九十年代，雨污合流、管径偏小，汛期多栋楼前积水，居民反映强烈。';
const MEETING = '桃园社区雨污管网改造协商会';
const VENUE = '桃园社区协商议事室';
const RESIDENT = { name: '周桂芳', affiliation: '桃园社区居民', kind: '群众代表' };
const EXPERT = { name: '陈志远', affiliation: '市建筑设计院', kind: '专家' };
const OPINION = '建议先做管网普查，雨污分流改造与道路修缮同步施工，避免反复开挖。';
const CONSENSUS = [
  '由街道牵头、社区配合，一个月内完成桃园社区排水管网普查并公示结果。',
  '雨污分流改造列入明年老旧小区改造计划，施工方案须经居民议事会讨论通过。',
];
// the title the outcome form proposes for a 建议案 on the topic
const OUTCOME = `关于${TOPIC}的建议案`;
const INSTRUCTION = '请区住建局会同东湖街道抓紧研究，汛期前拿出改造方案。';

type Found = Wire<typeof SubmissionListResponse>;
type Detail = Wire<typeof ConsultationDetail>;

// a step drives several pages through many writes: on a busy machine one can take a while
describe.sequential('a resident’s problem becomes a topic, a consultation, consensus and an outcome', {
  timeout: 120_000,
}, () => {
  let browser: Browser;
  let liaison: Page; // 东湖街道联络员 陈静, in the console
  let trackingCode = '';
  let topicId = '';
  let consultationId = '';
  let signInPath = '';
  let outcomeId = '';
  stepByStep(); // each step builds on the one before: after a failure, skip the rest

  beforeAll(async () => {
    trackingCode = await raise('dh-ty', COMPLAINT);
    const api = await Api.signIn('liaison.donghu');
    const found = await api.get<Found>(`/api/submissions?q=${trackingCode}`);
    const submission = found.items.find((s) => s.trackingCode === trackingCode);
    expect(submission).toBeDefined();
    await api.post(`/api/submissions/${submission?.id}/actions`, {
      action: 'to_township',
      note: '涉及多个小区的排水改造，提请街道议事会协商',
    });
    browser = await launch();
    ({ page: liaison } = await newPage(browser));
    liaison.setDefaultTimeout(15_000);
    await signIn(liaison, 'liaison.donghu', DEMO_PASSWORD);
  });

  it('1. the liaison turns the sorted submission into a topic and screens it in', async () => {
    await liaison.goto('/topics');
    await button(liaison, '新建议题').click();
    const form = dialog(liaison, '新建议题');
    await form.waitFor();
    await chooseOption(liaison, form.getByLabel('来源', { exact: true }), '群众出题');
    await pickPlace(liaison, form.getByLabel('议事会', { exact: true }), '东湖街道', '青禾区 / 东湖街道');
    await form.getByLabel('标题', { exact: true }).fill(TOPIC);
    await form.getByLabel('说明', { exact: true }).fill(TOPIC_TEXT);
    await tick(form.getByRole('radio', { name: '大事大议' }));
    // the candidates: items sorted to a council that no topic holds yet, searched by their words
    await form.getByLabel('搜索诉求内容，简繁通用').fill('雨污管道');
    const rows = form.locator('.ant-table-tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(1);
    const row = rows.filter({ hasText: trackingCode });
    await tick(row.getByRole('checkbox'));
    await form.getByText('已选 1 条').waitFor();
    await shot(liaison, '31-topic-form');
    const topic = await confirmIn<{ id: string }>(liaison, form, '创建议题', { path: '/api/topics' }, 201);
    topicId = topic.id;
    await liaison.waitForURL(`**/topics/${topicId}`);
    await liaison.getByRole('heading', { name: TOPIC }).waitFor();
    await liaison.getByText(trackingCode).first().waitFor();

    // 筛选: 切口小、立意准、关联广；党政重视、群众期盼、政协能做
    for (const c of ['切口小', '立意准', '关联广', '党政重视', '群众期盼', '政协能做']) {
      await tick(liaison.getByRole('checkbox', { name: c, exact: true }));
    }
    await liaison.getByText('符合 6/6 项').waitFor();
    await tick(liaison.getByRole('radio', { name: '同意立项' }));
    await liaison.getByLabel('理由', { exact: true }).fill('汛期安全隐患突出，居民期盼强烈，政协可推动部门联动。');
    await button(liaison, '提交筛选结果').click();
    await confirmIn(liaison, dialog(liaison, `确定将“${TOPIC}”立项吗？`), '同意立项', {
      path: `/api/topics/${topicId}/screening`,
    });
    await liaison.locator('.ant-tag').filter({ hasText: '已立项' }).first().waitFor();
    await shot(liaison, '31-topic-accepted');
  });

  it('2. 李书记 puts it in the annual plan and approves it', async () => {
    const { page } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signIn(page, 'leader', DEMO_PASSWORD);
    await page.goto(`/topics/${topicId}`);
    const plan = page.locator('.ant-card').filter({ has: page.getByText('年度协商计划', { exact: true }) });
    await plan.getByText('尚未列入年度协商计划').waitFor();
    await plan.getByLabel('备注', { exact: true }).fill('汛期前完成协商');
    await writing(page, { path: /\/api\/plans\/[^/]+\/\d+\/items$/ }, () => button(plan, '列入年度计划').click(), 201);
    await plan.getByText('待审定').waitFor();

    // the leader decides on the plan page
    await plan.getByRole('link', { name: /年度协商计划/ }).click();
    await page.waitForURL(/\/plan\?/);
    const item = page.getByRole('row').filter({ hasText: TOPIC });
    await item.getByRole('button', { name: '审定通过' }).click();
    await confirmIn(page, dialog(page, `确定将“${TOPIC}”列入`), '审定通过', { path: /\/decision$/ });
    await item.getByText('已审定').waitFor();
    await item.getByText(/^李书记 · /).waitFor();
    await shot(page, '32-plan-approved');
    await page.context().close();
  });

  it('3. the liaison schedules a meeting and invites two members, a resident and an expert', async () => {
    await liaison.goto(`/topics/${topicId}`);
    await button(liaison, '安排协商').click();
    await liaison.waitForURL(/\/consultations\?new=/);
    const form = dialog(liaison, '安排协商');
    await form.waitFor();
    // the topic fills in the council and the title; 会议协商 is the usual form
    await poll(() => form.getByLabel('标题', { exact: true }).inputValue()).toBe(TOPIC);
    await form.getByText('会议协商').first().waitFor();
    await form.getByLabel('标题', { exact: true }).fill(MEETING);
    await form.getByLabel('议事场所', { exact: true }).fill(VENUE);
    // within the hour today: sign-in opens two hours before the start
    const startsAt = inMinutes(30);
    await typeDateTime(liaison, form.getByLabel('开始时间', { exact: true }), startsAt);
    await typeDateTime(liaison, form.getByLabel('结束时间', { exact: true }), new Date(startsAt.getTime() + 7_200_000));
    await form.getByLabel('调研情况', { exact: true }).fill('社区走访 3 栋楼 46 户，收集积水照片 20 余张。');
    await shot(liaison, '33-schedule-form');
    const detail = await confirmIn<Detail>(liaison, form, '确认安排', { path: '/api/consultations' }, 201);
    expect(detail.form).toBe('meeting');
    expect(new Date(detail.startsAt).getTime()).toBe(startsAt.getTime());
    consultationId = detail.id;
    signInPath = new URL(detail.signInUrl ?? '').pathname;
    expect(signInPath).toMatch(/^\/a\//);
    await liaison.waitForURL(`**/consultations/${consultationId}`);
    await liaison.getByRole('heading', { name: MEETING }).waitFor();

    // two members with accounts …
    for (const name of ['赵立新委员', '王海燕委员']) {
      await button(liaison, '邀请人员').click();
      const invite = dialog(liaison, '邀请参加人员');
      await invite.waitFor();
      const account = invite.getByLabel('账号', { exact: true });
      await account.click();
      await account.fill(name.slice(0, 3));
      await liaison.locator('.ant-select-item-option').filter({ visible: true, hasText: name }).click();
      await confirmIn(liaison, invite, '邀请', { path: '/participants' }, 201);
      await liaison.getByRole('cell', { name, exact: true }).waitFor();
    }
    // … and a resident representative and an expert without one
    for (const p of [RESIDENT, EXPERT]) {
      await button(liaison, '邀请人员').click();
      const invite = dialog(liaison, '邀请参加人员');
      await invite.waitFor();
      await tick(invite.getByRole('radio', { name: '系统外人员' }));
      await invite.getByLabel('姓名', { exact: true }).fill(p.name);
      await invite.getByLabel('单位/身份', { exact: true }).fill(p.affiliation);
      await chooseOption(liaison, invite.getByLabel('身份类别', { exact: true }), p.kind);
      await confirmIn(liaison, invite, '邀请', { path: '/participants' }, 201);
      await liaison.getByRole('cell', { name: p.name, exact: true }).waitFor();
    }
    await poll(() => liaison.getByTestId('attendance-count').textContent()).toBe('已到 0 / 应到 4');
    await liaison.getByRole('img', { name: /的签到二维码$/ }).waitFor();
    await poll(() => liaison.locator('.qr-url').textContent()).toContain(signInPath);
    await shot(liaison, '33-consultation-scheduled');
  });

  it('4. attendees sign in by the QR code, and the liaison ticks off the last one', async () => {
    // the resident representative and the expert, by name on their own phones
    for (const p of [RESIDENT, EXPERT]) {
      const { page } = await newPage(browser, { phone: true });
      await page.goto(signInPath);
      await page.getByRole('heading', { name: MEETING }).waitFor();
      await page.getByText(VENUE).waitFor();
      await page.getByLabel('姓名').fill(p.name);
      await page.getByLabel('单位/身份').fill(p.affiliation);
      await page.getByLabel('身份类别').selectOption({ label: p.kind });
      if (p === RESIDENT) await shot(page, '34-attend-form');
      await writing(page, { path: signInPath.replace('/a/', '/api/public/attendance/') }, () =>
        page.getByRole('button', { name: '签到', exact: true }).click(),
      );
      await page.getByRole('heading', { name: '签到成功' }).waitFor();
      await page.getByText('您在本次协商的邀请名单中。').waitFor();
      if (p === EXPERT) await shot(page, '34-attend-signed-in');
      await page.context().close();
    }
    // 赵立新委员, signed in to the console on his phone, is matched by his account
    {
      const { page } = await newPage(browser, { phone: true });
      await signInContext(page, 'member.zhao');
      await page.goto(signInPath);
      await page.getByLabel('姓名').fill('赵立新');
      await writing(page, { path: signInPath.replace('/a/', '/api/public/attendance/') }, () =>
        page.getByRole('button', { name: '签到', exact: true }).click(),
      );
      await page.getByText('赵立新委员，欢迎参加').waitFor();
      await page.getByText('您在本次协商的邀请名单中。').waitFor();
      await page.context().close();
    }
    // 王海燕委员 came without her phone: the liaison ticks her off
    await liaison.reload();
    await poll(() => liaison.getByTestId('attendance-count').textContent()).toBe('已到 3 / 应到 4');
    await writing(liaison, { path: /\/participants\/[^/]+\/attendance$/ }, () =>
      tick(liaison.getByRole('checkbox', { name: '王海燕委员 到会' })),
    );
    await poll(() => liaison.getByTestId('attendance-count').textContent()).toBe('已到 4 / 应到 4');
    const rows = liaison.getByRole('row');
    await rows.filter({ hasText: RESIDENT.name }).getByText('扫码').waitFor();
    await rows.filter({ hasText: '赵立新委员' }).getByText('扫码').waitFor();
    await rows.filter({ hasText: '王海燕委员' }).getByText('勾选').waitFor();
    await shot(liaison, '34-attendance');
  });

  it('5. the liaison runs the meeting: steps, an opinion, two consensus items, and concludes it', async () => {
    await writing(liaison, { path: `/api/consultations/${consultationId}/actions` }, () =>
      button(liaison, '开始协商').click(),
    );
    await liaison.locator('.ant-tag').filter({ hasText: '进行中' }).first().waitFor();

    // the procedure's required steps (六步议事: 确定议题、协商议事、形成共识)
    const open = () =>
      liaison
        .locator('.ant-steps-item')
        .filter({ has: liaison.getByText('必选', { exact: true }) })
        .filter({ has: button(liaison, '完成此步') });
    while ((await open().count()) > 0) {
      const step = open().first();
      const name = (await step.locator('.ant-steps-item-title span').first().textContent()) ?? '';
      await button(step, '完成此步').click();
      const modal = dialog(liaison, `议事步骤：${name}`);
      await modal.waitFor();
      await modal.getByLabel('本步形成的结果或记录（选填）').fill(`${name}：已完成`);
      await confirmIn(liaison, modal, '完成此步', { path: /\/steps\/[^/]+$/ });
      await liaison.getByText(`${name}：已完成`).waitFor();
    }

    const opinions = liaison.locator('.ant-card').filter({ has: liaison.getByText('发言记录', { exact: true }) });
    await opinions.getByLabel('发言人', { exact: true }).fill(EXPERT.name);
    await opinions.getByLabel('发言内容', { exact: true }).fill(OPINION);
    await writing(liaison, { path: '/opinions' }, () => button(opinions, '记录发言').click(), 201);
    await opinions.getByText(OPINION).waitFor();

    const consensus = liaison.locator('.ant-card').filter({ has: liaison.getByText('共识', { exact: true }) });
    const draft = consensus.getByLabel('共识内容', { exact: true });
    for (const text of CONSENSUS) {
      await draft.fill(text);
      await writing(liaison, { path: '/consensus' }, () => button(consensus, '添加共识').click(), 201);
      await consensus.getByText(text).waitFor();
      // the box empties once the item is saved: typing the next one before that would be lost
      await poll(() => draft.inputValue()).toBe('');
    }
    const items = consensus.locator('ol.consensus-list > li');
    await poll(() => items.count()).toBe(2);
    expect(await items.nth(1).getAttribute('value')).toBe('2');
    await shot(liaison, '35-consultation-record');

    await button(liaison, '结束协商').click();
    await confirmIn(liaison, dialog(liaison, '确定结束本次协商吗？'), '结束协商', {
      path: `/api/consultations/${consultationId}/actions`,
    });
    await liaison.locator('.ant-tag').filter({ hasText: '已结束' }).first().waitFor();
    await liaison.getByText('本次协商已结束，记录只读。').waitFor();
    await shot(liaison, '35-consultation-concluded');
  });

  it('6. the liaison drafts a 建议案 with the consensus and sends it to 张区长', async () => {
    await button(liaison, '形成成果').click();
    await liaison.waitForURL(/\/outcomes\?new=/);
    const form = dialog(liaison, '形成协商成果');
    await form.waitFor();
    await poll(() => form.getByLabel('标题', { exact: true }).inputValue()).toBe(OUTCOME);
    await form
      .getByLabel('正文', { exact: true })
      .fill('一、基本情况\n桃园社区雨污合流，汛期积水严重。\n二、建议\n开展管网普查，实施雨污分流改造。');
    // the consensus items are all chosen at first
    for (const [i, text] of CONSENSUS.entries()) {
      expect(await form.getByRole('checkbox', { name: `${i + 1}. ${text}` }).isChecked()).toBe(true);
    }
    await shot(liaison, '36-outcome-form');
    const outcome = await confirmIn<{ id: string }>(liaison, form, '保存草稿', { path: '/api/outcomes' }, 201);
    outcomeId = outcome.id;
    await liaison.waitForURL(`**/outcomes/${outcomeId}`);
    await liaison.getByRole('heading', { name: OUTCOME }).waitFor();

    await button(liaison, '报送').click();
    const send = dialog(liaison, '报送成果');
    await send.waitFor();
    await send.getByLabel('搜索领导或部门').fill('张区长');
    await tick(send.getByRole('checkbox', { name: /张区长/ }));
    await confirmIn(liaison, send, '确认报送', { path: `/api/outcomes/${outcomeId}/send` });
    const recipients = liaison.locator('.ant-card').filter({ has: liaison.getByText('报送与答复', { exact: true }) });
    await recipients.getByText('张区长').waitFor();
    await liaison.locator('.ant-tag').filter({ hasText: '已报送' }).first().waitFor();

    // the case file links back to the topic and the consultation
    const caseFile = liaison.locator('.case-file-card');
    await caseFile.locator(`a[href="/topics/${topicId}"]`).waitFor();
    await caseFile.locator(`a[href="/consultations/${consultationId}"]`).waitFor();
    await caseFile.getByText(trackingCode).waitFor();
    await shot(liaison, '36-outcome-sent');
  });

  it('7. 张区长 finds it among what was sent to him and writes an instruction', async () => {
    const { page } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signIn(page, 'leader.gov', DEMO_PASSWORD);
    await page.goto('/outcomes');
    await poll(() => page.getByRole('tab', { selected: true }).textContent()).toContain('收到的');
    await page.getByRole('link', { name: OUTCOME }).click();
    await page.waitForURL(`**/outcomes/${outcomeId}`);
    const card = page.locator('.ant-card').filter({ has: page.getByText('领导批示', { exact: true }) });
    await card.getByLabel('批示', { exact: true }).fill(INSTRUCTION);
    await writing(page, { path: `/api/outcomes/${outcomeId}/instruction` }, () =>
      card.getByRole('button', { name: '提交批示' }).click(),
    );
    const recipients = page.locator('.ant-card').filter({ has: page.getByText('报送与答复', { exact: true }) });
    await recipients.getByText(INSTRUCTION).waitFor();
    await shot(page, '37-instruction');
    await page.context().close();
  });

  it('8. the resident sees the topic and the outcome on their tracking page', async () => {
    const { page } = await newPage(browser, { phone: true });
    await page.goto(`/t/${trackingCode}`);
    await page.getByText('已列为协商议题').first().waitFor();
    const outcomes = page.locator('section').filter({ has: page.getByRole('heading', { name: '协商成果' }) });
    await outcomes.getByRole('heading', { name: OUTCOME }).waitFor();
    for (const text of CONSENSUS) await outcomes.getByText(text).waitFor();
    await outcomes.getByText('领导已批示').waitFor();
    await shot(page, '38-resident-sees-outcome');
  });
});
