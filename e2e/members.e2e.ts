import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEPLOYMENT_TIME_ZONE } from '../src/shared/time-zone';
import { launch, stepByStep } from './browser';
import { card, console1280 } from './carrying-out-steps';
import { dialog, pickPlace, settled } from './console';
import { button, confirmIn, poll, shot, tick, writing } from './deliberation-steps';
import {
  fillTemplate,
  firstSignInOnPhone,
  ledgerLine,
  pickDay,
  pickTime,
  type RosterRow,
  rate,
  slotBegunToday,
} from './members-steps';

// 委员履职 end to end (issue 11). In Chromium: 区政协办公室 imports two new members from the roster
// template filled in Excel and assigns (下沉) the doctor among them to 桃园社区; the community's
// liaison 周敏 blows the whistle (吹哨) for someone who knows elderly care; the doctor, signing in
// on her phone for the first time, answers (报到) and records what she did, and 周敏 closes it with
// five stars; 周敏 puts her on today's reception rota, she records the day on her phone and a
// resident's problem becomes a submission in the community's inbox; she writes it up as 社情民意,
// which the office adopts; her duty ledger and score show each of these, each line opening its
// record, and the office's ranking counts her.

const DOCTOR = {
  memberNo: 'QH-2026-E01',
  displayName: '顾清和',
  username: 'member.guqh',
  gender: '女',
  sector: '医药卫生界',
  level: '区县级',
  party: '农工党党员',
  employer: '东湖街道社区卫生服务中心',
  position: '全科主任医师',
  expertise: '老年护理、慢病管理',
  termStart: 2022,
  termEnd: 2027,
  homePlace: 'dh',
} satisfies RosterRow;
const TEACHER = {
  memberNo: 'QH-2026-E02',
  displayName: '陆远航',
  username: 'member.luyh',
  gender: '男',
  sector: '教育界',
  level: '区县级',
  party: '民进会员',
  employer: '青禾区实验小学',
  position: '副校长',
  expertise: '课后服务',
  termStart: 2022,
  termEnd: 2027,
  homePlace: 'qh',
} satisfies RosterRow;
const NEW_PASSWORD = 'Guqinghe2026x';
const COMMUNITY = { name: '桃园社区', path: '青禾区 / 东湖街道 / 桃园社区' };

const NEED = '桃园社区多位独居老人出院后在家康复无人指导，请懂老年护理的委员上门看看，教家属护理和用药。';
const LOCATION = '桃园社区3栋、7栋独居老人家中';
const ANSWER_NOTE = '今天下班后就去，带上血压计。';
const DID_WHAT = '走访3户独居老人，测了血压，教家属翻身和用药，联系服务中心每周上门随访一次。';
const RATING_NOTE = '顾医生当天就上门，老人和家属都说放心多了。';
const VENUE = '桃园社区党群服务中心委员接待室';
const VISITORS = '6';
const DAY_SUMMARY = '接待居民6人次，现场解答医保报销和家庭医生签约问题4件，1件需要社区办理。';
const PROBLEM = '桃园社区卫生服务站只在工作日上午开诊，上班的居民和接送孩子的老人很难看上病，希望增加周末和傍晚门诊。';
const RESIDENT = { name: '李桂兰', phone: '13912345678' };
const WRITING_TITLE = '关于延长社区卫生服务站开诊时间的建议';
const WRITING_BODY =
  '桃园社区卫生服务站目前只在工作日上午开诊，接待日上居民反映上班族和接送孩子的老人很难就诊。建议在周末和工作日傍晚增设门诊，由社区卫生服务中心统筹医生排班，方便居民就近看病。';

describe.sequential('a new member is imported, assigned, answers a whistle, receives residents, writes and is scored', {
  timeout: 120_000,
}, () => {
  let browser: Browser;
  let office: Page; // 区政协办公室, in the console
  let liaison: Page; // 桃园社区联络员 周敏, in the console
  let member: Page; // 顾清和, on her phone
  let password = ''; // her first password, shown once after the import
  let whistleCode = '';
  let whistlePath = '';
  let receptionPath = '';
  let trackingCode = '';
  let submissionPath = '';
  let writingPath = '';
  let writingCode = '';
  stepByStep(); // each step builds on the one before: after a failure, skip the rest

  beforeAll(async () => {
    browser = await launch();
    office = await console1280(browser, 'cppcc.qinghe');
  });

  it('1. the CPPCC office fills in the roster template, imports it and finds the new members', async () => {
    // the office lands on its workbench (工作台), its roster one click away
    await office.waitForURL(/\/workbench$/);
    await office.getByRole('navigation').getByRole('link', { name: '委员', exact: true }).click();
    await office.waitForURL(/\/members$/);
    await office.getByRole('heading', { name: '委员名册', level: 1 }).waitFor();
    await button(office.locator('main'), '导入名册').click();
    const modal = dialog(office, '导入委员名册');
    await settled(modal);
    const [download] = await Promise.all([
      office.waitForEvent('download', { timeout: 30_000 }),
      button(modal, '下载模板').click(),
    ]);
    const template = readFileSync(await download.path());
    const file = await fillTemplate(template, [DOCTOR, TEACHER]);
    const name = '新增委员.xlsx';
    await modal.locator('input[type=file]').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await modal.getByText(name).waitFor();
    // checked first (nothing written), then imported
    await writing(office, { path: '/api/members/import' }, () => button(modal, '只检查').click());
    await modal.getByText('检查通过：将新增 2 名、更新 0 名委员').waitFor();
    await writing(office, { path: '/api/members/import' }, () => button(modal, '导入').click());
    await modal.getByText('导入完成：新增 2 名、更新 0 名委员', { exact: true }).waitFor();
    const account = modal.getByRole('row').filter({ hasText: DOCTOR.username });
    await account.getByRole('cell', { name: DOCTOR.displayName, exact: true }).waitFor();
    password = ((await account.locator('code').textContent()) ?? '').trim();
    expect(password.length).toBeGreaterThanOrEqual(10);
    await modal.getByRole('row').filter({ hasText: TEACHER.username }).waitFor();
    await shot(office, '51-roster-imported');
    await modal.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await modal.waitFor({ state: 'hidden' });

    const search = office.getByLabel('搜索委员');
    for (const m of [DOCTOR, TEACHER]) {
      await search.fill(m.displayName);
      await search.press('Enter');
      const row = office.locator('main tr.ant-table-row').filter({ hasText: m.displayName });
      await row.getByText(m.memberNo, { exact: true }).waitFor();
      await row.getByText(m.sector, { exact: true }).waitFor();
      await poll(() => office.locator('main tr.ant-table-row').count()).toBe(1);
    }
  });

  it('2. the office assigns the doctor to 桃园社区 (下沉)', async () => {
    const search = office.getByLabel('搜索委员');
    await search.fill(DOCTOR.displayName);
    await search.press('Enter');
    await office.locator('main tr.ant-table-row').getByRole('link', { name: DOCTOR.displayName }).click();
    await office.waitForURL(/\/members\/[0-9a-f-]{36}$/);
    await office.getByRole('heading', { name: DOCTOR.displayName, level: 1 }).waitFor();
    const places = card(office, '联系点');
    await places.getByText('尚未安排联系点').waitFor();
    const form = office.getByRole('form', { name: '添加联系点' });
    await pickPlace(office, form.getByLabel('地点', { exact: true }), COMMUNITY.name, COMMUNITY.path);
    await writing(office, { path: /\/api\/members\/[^/]+\/places$/ }, () => button(form, '添加').click(), 201);
    await places
      .getByRole('listitem')
      .filter({ hasText: `${COMMUNITY.name}（社区）` })
      .waitFor();
    await shot(office, '52-member-assigned');
  });

  it('3. 桃园社区’s liaison blows the whistle for someone who knows elderly care', async () => {
    liaison = await console1280(browser, 'liaison.taoyuan');
    await liaison.getByRole('navigation').getByRole('link', { name: '吹哨报到' }).click();
    await liaison.waitForURL(/\/whistles$/);
    await button(liaison.locator('main'), '吹哨求助').click();
    const modal = dialog(liaison, '吹哨求助');
    await modal.waitFor();
    await pickPlace(liaison, modal.getByLabel('求助地点', { exact: true }), COMMUNITY.name, COMMUNITY.path);
    await modal.getByLabel('需要什么帮助', { exact: true }).fill(NEED);
    // 27 sectors: typed and chosen by the keyboard, as the list is longer than its window (and
    // moves while it opens, so a click can land beside the option)
    const sectors = modal.getByLabel('需要的界别', { exact: true });
    await sectors.fill('医药');
    const options = liaison.locator('.ant-select-item-option').filter({ visible: true });
    await poll(() => options.allTextContents()).toEqual(['医药卫生界']);
    await sectors.press('Enter');
    await modal.locator('.ant-select-selection-item').getByText('医药卫生界', { exact: true }).waitFor();
    await sectors.press('Escape');
    const expertise = modal.getByLabel('需要的专长', { exact: true });
    await expertise.fill('老年护理');
    await expertise.press('Enter');
    await modal.getByLabel('地点（具体位置）', { exact: true }).fill(LOCATION);
    // whom it will call: the doctor serves the community now
    await modal.locator('.whistle-called-preview').getByText(`${DOCTOR.displayName} · 服务该地`).waitFor();
    const raised = await confirmIn<{ id: string; code: string }>(
      liaison,
      modal,
      '吹哨',
      { path: '/api/whistles' },
      201,
    );
    whistleCode = raised.code;
    whistlePath = `/whistles/${raised.id}`;
    await liaison.waitForURL((url) => url.pathname === whistlePath);
    await liaison.getByRole('heading', { name: NEED, level: 1 }).waitFor();
    await card(liaison, '求助信息').getByText(DOCTOR.displayName, { exact: true }).waitFor();
    await shot(liaison, '53-whistle-raised');
  });
  it('4. the doctor answers on her phone and records what she did; the liaison closes it with five stars', async () => {
    member = await firstSignInOnPhone(browser, DOCTOR.username, password, NEW_PASSWORD);
    // her home lists the whistle waiting for her
    const toAnswer = card(member, '待报到的吹哨');
    await toAnswer.getByText(`${whistleCode} · ${COMMUNITY.name} · ${LOCATION}`, { exact: false }).waitFor();
    await toAnswer.getByRole('link', { name: NEED }).click();
    await member.waitForURL((url) => url.pathname === whistlePath);
    await member.getByRole('heading', { name: NEED, level: 1 }).waitFor();

    await button(member.locator('main'), '我来报到').click();
    const answer = dialog(member, `我来报到 · ${whistleCode}`);
    await answer.waitFor();
    await answer.getByLabel('留言（可不填）', { exact: true }).fill(ANSWER_NOTE);
    await confirmIn(member, answer, '我来报到', { path: /\/api\/whistles\/[^/]+\/answers$/ }, 201);
    const responses = card(member, '报到情况（1）');
    const mine = responses.locator('.whistle-response').filter({ hasText: DOCTOR.displayName });
    await mine.getByText(ANSWER_NOTE).waitFor();
    await mine.getByText('尚未记录做了什么').waitFor();

    await button(member.locator('main'), '记录我做了什么').click();
    const done = dialog(member, '记录我做了什么');
    await done.waitFor();
    await done.getByLabel('做了什么', { exact: true }).fill(DID_WHAT);
    await confirmIn(member, done, '保存', { method: 'PUT', path: /\/api\/whistles\/[^/]+\/answers\/mine$/ });
    await mine.getByText(DID_WHAT).waitFor();
    await button(member.locator('main'), '修改我做了什么').waitFor();
    await shot(member, '54-member-answered');

    await liaison.reload();
    await card(liaison, '报到情况（1）').getByText(DID_WHAT).waitFor();
    await button(liaison.locator('main'), '评价并关闭').click();
    const close = dialog(liaison, `评价并关闭 · ${whistleCode}`);
    await close.waitFor();
    await rate(close, 5);
    await close.getByLabel('评价意见（可不填）', { exact: true }).fill(RATING_NOTE);
    await confirmIn(liaison, close, '评价并关闭', { path: /\/api\/whistles\/[^/]+\/close$/ });
    await liaison.locator('.ant-alert').getByText(RATING_NOTE).waitFor();
    await liaison.locator('.ant-tag').getByText('已关闭', { exact: true }).waitFor();
    await card(liaison, '求助信息').getByText('办结用时').waitFor();
    await shot(liaison, '55-whistle-closed');
  });

  it('5. the liaison puts her on today’s rota; she records the day and a resident’s problem becomes a submission', async () => {
    await liaison.getByRole('navigation').getByRole('link', { name: '委员接待日' }).click();
    await liaison.waitForURL(/\/receptions/);
    await button(liaison.locator('main'), '排班').click();
    const modal = dialog(liaison, '值班委员');
    await modal.waitFor();
    // the rota opens on the liaison's community, and offers the doctor as serving it
    const who = modal.getByLabel('值班委员', { exact: true });
    await who.fill(DOCTOR.displayName);
    const onDuty = `${DOCTOR.displayName}（医药卫生界） · 联系本地`;
    const options = liaison.locator('.ant-select-item-option').filter({ visible: true });
    await poll(() => options.allTextContents()).toEqual([onDuty]);
    await who.press('Enter');
    await modal.locator('.ant-select').getByTitle(onDuty, { exact: true }).waitFor();
    const slot = slotBegunToday();
    await pickDay(liaison, modal.getByLabel('日期', { exact: true }), slot.day);
    await pickTime(liaison, modal, modal.getByLabel('开始', { exact: true }), slot.from);
    await pickTime(liaison, modal, modal.getByLabel('结束', { exact: true }), slot.to);
    await modal.getByLabel('接待场所', { exact: true }).fill(VENUE);
    await confirmIn(liaison, modal, '保存', { path: '/api/receptions' }, 201);
    await liaison
      .locator('.reception-slot')
      .filter({ hasText: DOCTOR.displayName })
      .getByRole('link', { name: `${slot.from}–${slot.to}` })
      .waitFor();

    // on her phone: today's duty on her home
    await member.getByRole('navigation').getByRole('link', { name: '我的履职' }).click();
    await member.waitForURL(/\/home$/);
    const duty = card(member, '今天和本周').getByRole('listitem').filter({ hasText: '接待日值班' });
    await duty.getByText('今天', { exact: true }).waitFor();
    await duty.getByText(VENUE, { exact: false }).waitFor();
    await duty.getByRole('link', { name: COMMUNITY.name }).click();
    await member.waitForURL(/\/receptions\/[0-9a-f-]{36}$/);
    receptionPath = new URL(member.url()).pathname;
    await member.getByRole('heading', { name: `${COMMUNITY.name} · ${slot.day}`, level: 1 }).waitFor();

    const record = card(member, '记录接待情况');
    await record.getByLabel('接待人次', { exact: true }).fill(VISITORS);
    await record.getByLabel('接待情况', { exact: true }).fill(DAY_SUMMARY);
    await button(record, '添加一件问题').click();
    const problem = record.locator('.reception-problem').filter({ hasText: '第 1 件' });
    await problem.getByLabel('群众反映的问题', { exact: true }).fill(PROBLEM);
    await problem.getByLabel('反映人姓名', { exact: true }).fill(RESIDENT.name);
    await problem.getByLabel('反映人手机号', { exact: true }).fill(RESIDENT.phone);
    await tick(problem.getByRole('checkbox', { name: '反映人同意留下姓名和电话，仅供办理人员联系' }));
    await writing(member, { path: /\/api\/receptions\/[^/]+\/record$/ }, () => button(record, '保存接待记录').click());
    await member.locator('.ant-tag').getByText('已接待', { exact: true }).first().waitFor();
    const filed = card(member, '登记的群众诉求').getByRole('listitem').filter({ hasText: PROBLEM });
    const code = filed.locator('a.tracking-code');
    trackingCode = ((await code.textContent()) ?? '').trim();
    expect(trackingCode).not.toBe('');
    await member.getByText(DAY_SUMMARY).waitFor();
    await shot(member, '56-reception-recorded');
    await code.click();
    await member.waitForURL(/\/submissions\/[0-9a-f-]{36}$/);
    submissionPath = new URL(member.url()).pathname;
    await member.getByText(PROBLEM).first().waitFor();

    // the community's inbox holds it, taken down on the reception day
    await liaison.getByRole('navigation').getByRole('link', { name: '诉求' }).click();
    await liaison.waitForURL(/\/submissions/);
    const search = liaison.getByLabel('搜索诉求');
    await search.fill(trackingCode);
    await search.press('Enter');
    const row = liaison.locator('main tr.ant-table-row').filter({ hasText: trackingCode });
    await row.waitFor();
    await poll(() => liaison.locator('main tr.ant-table-row').count()).toBe(1);
    await shot(liaison, '57-inbox-reception-submission');
    // the channel is a minor column at this width: the record the row opens names it
    await row.click();
    await liaison.waitForURL(/\/submissions\/[0-9a-f-]{36}$/);
    await liaison.locator('main').getByText('委员接待日', { exact: true }).first().waitFor();
  });

  it('6. she writes it up as 社情民意 on her phone; the office adopts it', async () => {
    await member.getByRole('navigation').getByRole('link', { name: '社情民意与提案' }).click();
    await member.waitForURL(/\/writings/);
    await button(member.locator('main'), '写社情民意或提案').click();
    await member.waitForURL(/\/writings\/new$/);
    // 社情民意 is the kind a new writing starts as
    await poll(() => member.getByRole('radio', { name: '社情民意' }).isChecked()).toBe(true);
    await member.getByLabel('标题', { exact: true }).fill(WRITING_TITLE);
    await member.getByLabel('正文', { exact: true }).fill(WRITING_BODY);
    const sources = member.getByLabel('来源诉求（可选）', { exact: true });
    await sources.fill(trackingCode);
    await member.locator('.ant-select-item-option').filter({ visible: true, hasText: trackingCode }).click();
    await member.locator('.ant-select-selection-item').filter({ hasText: trackingCode }).waitFor();
    await sources.press('Escape');
    await button(member.locator('main'), '保存并提交').click();
    const confirm = dialog(member, '提交这篇稿件？');
    await confirmIn(member, confirm, '确定', { path: /\/api\/writings\/[^/]+\/submit$/ });
    await member.waitForURL(/\/writings\/[0-9a-f-]{36}$/);
    writingPath = new URL(member.url()).pathname;
    await member.getByRole('heading', { name: WRITING_TITLE, level: 1 }).waitFor();
    await member.locator('.ant-tag').getByText('待审', { exact: true }).waitFor();
    writingCode = ((await member.locator('.writing-code').first().textContent()) ?? '').trim();
    expect(writingCode).toMatch(/^[A-Z]+-\d{4}-\d{4}$/);
    await shot(member, '58-writing-submitted');

    await office.getByRole('navigation').getByRole('link', { name: '社情民意与提案' }).click();
    await office.waitForURL(/\/writings/);
    await office.locator('main tr.ant-table-row').getByRole('link', { name: WRITING_TITLE }).click();
    await office.waitForURL((url) => url.pathname === writingPath);
    await card(office, '来源诉求').getByRole('link', { name: trackingCode }).waitFor();
    await button(office.locator('main'), '采用').click();
    const adopt = dialog(office, '采用这篇稿件？');
    await confirmIn(office, adopt, '确定', { path: /\/api\/writings\/[^/]+\/adopt$/ });
    await office.locator('.ant-tag').getByText('已采用', { exact: true }).waitFor();
    await card(office, '稿件信息').getByText('区政协办公室', { exact: true }).waitFor();
    await shot(office, '59-writing-adopted');
  });

  it('7. her ledger and score show each of these, each line opening its record; the office ranks her', async () => {
    // her home reads her score afresh: the adoption is the office's doing, in another browser
    const home = await writing<{ score: { total: number } }>(member, { method: 'GET', path: '/api/duty/home' }, () =>
      member.getByRole('navigation').getByRole('link', { name: '我的履职' }).click(),
    );
    expect(home.score.total).toBeGreaterThan(0);
    const total = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(home.score.total);
    await member.locator('.duty-home-score .score').getByText(total, { exact: true }).waitFor();
    await member.getByRole('link', { name: '查看履职台账' }).click();
    await member.waitForURL(/\/duty\/members\/[0-9a-f-]{36}/);
    const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: DEPLOYMENT_TIME_ZONE }).format(new Date());
    const heading = member.getByRole('heading', { name: `${DOCTOR.displayName} · ${year} 年度履职台账`, level: 1 });
    await heading.waitFor();
    await member.locator('.ant-statistic').filter({ hasText: '年度得分' }).getByText(total, { exact: true }).waitFor();
    await shot(member, '60-ledger');

    // 我的履职 stays lit in the menu on her own ledger
    await member.locator('.ant-menu-item-selected').getByRole('link', { name: '我的履职' }).waitFor();

    const kinds: [kind: string, record: string, path: string][] = [
      ['吹哨报到', whistleCode, whistlePath],
      ['接待日到岗', COMMUNITY.name, receptionPath],
      ['录入群众诉求', trackingCode, submissionPath],
      ['撰写社情民意', writingCode, writingPath],
      ['社情民意被采用', writingCode, writingPath],
    ];
    for (const [kind, record, path] of kinds) {
      // one of each, opening to its line, which opens the record behind it
      const line = await ledgerLine(member, kind, record);
      await line.click();
      await member.waitForURL((url) => url.pathname === path);
      await member.locator('main').getByText(record).first().waitFor();
      await member.goBack();
      await heading.waitFor();
    }

    await office.getByRole('navigation').getByRole('link', { name: '履职考核' }).click();
    await office.waitForURL(/\/duty/);
    const ranked = office.locator('main tr.ant-table-row').filter({ hasText: DOCTOR.displayName });
    await ranked.locator('.duty-total').getByText(total, { exact: true }).waitFor();
    await ranked.getByRole('link', { name: DOCTOR.displayName }).click();
    await office.getByRole('heading', { name: `${DOCTOR.displayName} · ${year} 年度履职台账`, level: 1 }).waitFor();
    await office.locator('.ant-statistic').filter({ hasText: '年度得分' }).getByText(total, { exact: true }).waitFor();
    for (const [kind, record] of kinds) await ledgerLine(office, kind, record);
    await shot(office, '61-office-ledger');
  });
});
