import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailNoticeChoice, Locale, NotificationKind } from '../../../shared/enums';
import { accounts, notifications } from '../../platform/db/schema';
import { runJobOnce } from '../../platform/jobs';
import { makeMailer } from '../../platform/mail';
import { buildAccount, buildTree } from '../../testing/factories';
import { startTestApp, type TestApp } from '../../testing/harness';
import { downSmtpUrl, startTestSmtp, type TestSmtp } from '../../testing/smtp';
import { setTask, taskScene } from '../tasks/testing';
import { lastDigestTime, MAIL_RULES } from './mail-rules';
import { notify } from './notify';
import { type MailDeps, mailDigests, mailEachNotice, notificationMailJobs } from './send-mail';

const FROM = '商量 <noreply@example.gov.cn>';
const URL = 'https://shangliang.example.gov.cn';
const MINUTE = 60_000;

let t: TestApp;
let smtp: TestSmtp;
let tree: Awaited<ReturnType<typeof buildTree>>;
let deps: MailDeps;
let down: MailDeps; // the same, but the SMTP server is down
const logs: { level: number; msg: string; notificationIds?: string[]; attempt?: number; givenUp?: string[] }[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await startTestApp({ mail: { smtpUrl: smtp.url, from: FROM }, publicUrl: URL });
  tree = await buildTree(t.db);
  const log = pino({ level: 'warn' }, { write: (line: string) => logs.push(JSON.parse(line)) });
  deps = { db: t.db, mailer: makeMailer({ smtpUrl: smtp.url, from: FROM }), publicUrl: URL, log };
  down = { ...deps, mailer: makeMailer({ smtpUrl: await downSmtpUrl(), from: FROM }) };
});

afterAll(async () => {
  deps.mailer.close();
  down.mailer.close();
  await smtp.close();
});

/** A department staffer who gave an address (in capitals: it is kept lower-cased) and a choice. */
async function person(choice: EmailNoticeChoice, locale?: Locale) {
  const p = await buildAccount(t.app, t.db, { role: 'department', place: tree.townA });
  if (locale) expect((await p.agent.patch('/api/auth/me', { locale })).statusCode).toBe(200);
  const res = await p.agent.request('PUT', '/api/auth/me/email', {
    email: `${p.username}@Example.GOV.cn`,
    emailNotices: choice,
  });
  expect(res.statusCode, res.body).toBe(200);
  return { ...p, email: `${p.username}@example.gov.cn`.toLowerCase() };
}
type Person = Awaited<ReturnType<typeof buildAccount>>;

const words = { code: 'RW-2026-0007', title: '桃园小区加装电梯', actor: '王科长', note: '请本周五前报告' };

/** Files one notice for `who` and returns its row id. */
async function file(who: Person, kind: NotificationKind = 'task_urged', params: Record<string, string> = words) {
  const entityId = randomUUID();
  await notify(t.db, { accountIds: [who.id], kind, params, entityType: 'task', entityId });
  const [row] = await t.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.accountId, who.id), eq(notifications.entityId, entityId)));
  return { id: row?.id ?? '', entityId };
}

const rowOf = async (id: string) => {
  const [row] = await t.db.select().from(notifications).where(eq(notifications.id, id));
  return row;
};
const filedAt = (id: string, at: Date) =>
  t.db.update(notifications).set({ createdAt: at }).where(eq(notifications.id, id));
const later = (now: Date, minutes: number) => new Date(now.getTime() + minutes * MINUTE);

describe('each notice as it comes', () => {
  it('mails it once in the reader’s language, with the link to its record, and marks it emailed', async () => {
    const ann = await person('each');
    const { id, entityId } = await file(ann);
    await mailEachNotice(deps);
    await mailEachNotice(deps);

    const mails = smtp.to(ann.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('【商量】催办：RW-2026-0007 桃园小区加装电梯');
    expect(mails[0]?.from).toContain('noreply@example.gov.cn');
    expect(mails[0]?.text).toContain('王科长催办，请报告进展：请本周五前报告');
    expect(mails[0]?.text).toContain(`查看：${URL}/tasks/${entityId}`);
    expect(mails[0]?.text).toContain(`${URL}/me`);
    expect(await rowOf(id)).toMatchObject({ emailedAt: expect.any(Date), emailAttempts: 0, emailRetryAt: null });
  });

  it.each([
    ['en', '[Shangliang] Urged: RW-2026-0007 桃园小区加装电梯', 'Open: '],
    ['zh-TW', '【商量】催辦：RW-2026-0007 桃园小区加装电梯', '查看：'],
  ] as const)('in %s', async (locale, subject, open) => {
    const who = await person('each', locale);
    await file(who);
    await mailEachNotice(deps);
    expect(smtp.to(who.email).map((m) => m.subject)).toEqual([subject]);
    expect(smtp.to(who.email)[0]?.text).toContain(open);
  });

  it('never mails one twice, however many runs at once', async () => {
    const bo = await person('each');
    const filed = [await file(bo), await file(bo, 'task_assigned'), await file(bo, 'task_returned')];
    await Promise.all([mailEachNotice(deps), mailEachNotice(deps), mailEachNotice(deps)]);
    await mailEachNotice(deps);
    expect(smtp.to(bo.email)).toHaveLength(3);
    expect(new Set(smtp.to(bo.email).map((m) => m.subject)).size).toBe(3);
    for (const f of filed) expect((await rowOf(f.id))?.emailedAt).toBeInstanceOf(Date);
  });

  it('runs as the app’s periodic job, once per period whichever instance runs it', async () => {
    const cy = await person('each');
    await file(cy);
    const job = notificationMailJobs({ mailer: deps.mailer, publicUrl: URL, log: deps.log }).find(
      (j) => j.name === 'mail-notices',
    );
    if (!job) throw new Error('no mail-notices job');
    expect(await runJobOnce(t.db, job)).toBeGreaterThanOrEqual(1);
    expect(await runJobOnce(t.db, job)).toBeNull(); // its minute is taken
    expect(smtp.to(cy.email)).toHaveLength(1);
  });

  it('tells of a real step: the task assigned to a department that gave its address', async () => {
    const s = await taskScene(t);
    const email = `${s.department.username}@example.gov.cn`;
    const set = await s.department.agent.request('PUT', '/api/auth/me/email', { email, emailNotices: 'each' });
    expect(set.statusCode).toBe(200);
    const task = await setTask(s.liaison.agent, { outcomeId: s.outcome.id, ownerId: s.department.id });
    await mailEachNotice(deps);
    const [mail] = smtp.to(email);
    expect(mail?.subject).toBe(`【商量】新任务：${task.code} ${task.title}`);
    expect(mail?.text).toContain(`${URL}/tasks/${task.id}`);
  });
});

describe('what is not mailed', () => {
  it('nothing to a person who chose none, or gave no address', async () => {
    const off = await person('off');
    const none = await buildAccount(t.app, t.db, { role: 'department', place: tree.townA });
    const cleared = await person('each');
    const res = await cleared.agent.request('PUT', '/api/auth/me/email', { email: null, emailNotices: 'each' });
    expect(res.statusCode).toBe(200);
    const filed = [await file(off), await file(none), await file(cleared)];
    await mailEachNotice(deps);
    await mailDigests(deps, later(lastDigestTime(new Date()), 24 * 60 + 1));
    expect(smtp.to(off.email)).toEqual([]);
    expect(smtp.to(cleared.email)).toEqual([]);
    for (const f of filed) expect((await rowOf(f.id))?.emailedAt).toBeNull();
  });

  it('no notice from before the address was given, nor one older than a week', async () => {
    const before = await buildAccount(t.app, t.db, { role: 'department', place: tree.townA });
    const early = await file(before);
    const email = `${before.username}@example.gov.cn`;
    await before.agent.request('PUT', '/api/auth/me/email', { email, emailNotices: 'each' });
    await filedAt(early.id, new Date(Date.now() - MINUTE));
    await mailEachNotice(deps);
    expect(smtp.to(email)).toEqual([]);

    // mail that started long ago: a notice of eight days ago is history, one of six days is sent
    await t.db
      .update(accounts)
      .set({ emailNoticesSince: new Date(0) })
      .where(eq(accounts.id, before.id));
    await filedAt(early.id, new Date(Date.now() - 8 * 24 * 60 * MINUTE));
    const recent = await file(before, 'task_done');
    await filedAt(recent.id, new Date(Date.now() - 6 * 24 * 60 * MINUTE));
    await mailEachNotice(deps);
    expect(smtp.to(email).map((m) => m.subject)).toEqual(['【商量】待验收：RW-2026-0007 桃园小区加装电梯']);
    expect((await rowOf(early.id))?.emailedAt).toBeNull();
  });
});

describe('the daily digest at 08:00', () => {
  it('sends one mail a day listing the notices before 08:00, and the later ones the next day', async () => {
    const dee = await person('daily', 'en');
    const asOf = lastDigestTime(new Date());
    await t.db
      .update(accounts)
      .set({ emailNoticesSince: new Date(asOf.getTime() - 3 * 24 * 60 * MINUTE) })
      .where(eq(accounts.id, dee.id));
    const a = await file(dee, 'task_assigned', { code: 'RW-1', title: 'Road' });
    const b = await file(dee, 'task_urged', { code: 'RW-2', title: 'Bridge', actor: 'Wang' });
    const c = await file(dee, 'task_done', { code: 'RW-3', title: 'Canal' });
    await filedAt(a.id, later(asOf, -20 * 60));
    await filedAt(b.id, later(asOf, -3 * 60));
    await filedAt(c.id, later(asOf, 2)); // after 08:00: tomorrow's

    await mailEachNotice(deps, later(asOf, 5)); // the 'each' mail leaves a daily reader alone
    expect(smtp.to(dee.email)).toEqual([]);
    expect(await mailDigests(deps, later(asOf, 5))).toBeGreaterThanOrEqual(1);
    await mailDigests(deps, later(asOf, 10));
    await mailDigests(deps, later(asOf, 23 * 60));
    const [first, ...rest] = smtp.to(dee.email);
    expect(rest).toEqual([]);
    expect(first?.subject).toBe('[Shangliang] Your notifications: 2');
    const text = first?.text ?? '';
    expect(text).toMatch(/^Hello department \S+, your notifications up to .+ \(2\):/);
    expect(text).toContain('1. New task: RW-1 Road');
    expect(text).toContain('2. Urged: RW-2 Bridge');
    expect(text).toContain('   Wang urges you to report progress');
    expect(text).toContain(`${URL}/tasks/${b.entityId}`);
    expect(text.indexOf('RW-1')).toBeLessThan(text.indexOf('RW-2'));
    expect(text).not.toContain('RW-3');
    expect((await rowOf(a.id))?.emailedAt).toBeInstanceOf(Date);
    expect((await rowOf(c.id))?.emailedAt).toBeNull();

    await mailDigests(deps, later(asOf, 24 * 60 + 1));
    const next = smtp.to(dee.email)[1];
    expect(next?.subject).toBe('[Shangliang] Your notifications: 1');
    expect(next?.text).toContain('1. To accept: RW-3 Canal');
    expect(smtp.to(dee.email)).toHaveLength(2);
  });

  it('sends none to a daily reader with nothing new', async () => {
    const quiet = await person('daily');
    await mailDigests(deps, later(lastDigestTime(new Date()), 1));
    expect(smtp.to(quiet.email)).toEqual([]);
  });
});

describe('when sending fails', () => {
  it('keeps the notice unmailed, logs it, and sends it on a later try once the server is back', async () => {
    const now = new Date();
    await mailEachNotice(deps, now); // what is due from other tests goes first
    const [eve, fay] = [await person('each'), await person('each')];
    const e = await file(eve);
    const f = await file(fay);
    logs.length = 0;

    expect(await mailEachNotice(down, now)).toBe(0);
    const rows = [await rowOf(e.id), await rowOf(f.id)];
    // the first try failed and counts; the server being down, the other waits as long untried
    expect(rows.map((r) => r?.emailAttempts).sort()).toEqual([0, 1]);
    for (const r of rows) {
      expect(r?.emailedAt).toBeNull();
      expect(r?.emailRetryAt).toEqual(later(now, 2));
    }
    const warned = logs.find((l) => l.msg.includes('tried again later'));
    expect(warned).toMatchObject({ level: 40, attempt: 1 });
    expect([e.id, f.id]).toContain(warned?.notificationIds?.[0]);

    await mailEachNotice(deps, later(now, 1)); // not yet
    expect([...smtp.to(eve.email), ...smtp.to(fay.email)]).toEqual([]);
    await mailEachNotice(deps, later(now, 3));
    await mailEachNotice(deps, later(now, 10));
    expect(smtp.to(eve.email)).toHaveLength(1);
    expect(smtp.to(fay.email)).toHaveLength(1);
    expect((await rowOf(e.id))?.emailedAt).toBeInstanceOf(Date);
  });

  it('waits longer after each failure', async () => {
    const now = new Date();
    await mailEachNotice(deps, now);
    const gus = await person('each');
    const g = await file(gus);
    await mailEachNotice(down, now);
    await mailEachNotice(down, later(now, 2));
    expect(await rowOf(g.id)).toMatchObject({ emailAttempts: 2, emailRetryAt: later(now, 2 + 4), emailedAt: null });
    await mailEachNotice(deps, later(now, 6));
    expect(smtp.to(gus.email)).toHaveLength(1);
  });

  it('mails the others when the server refuses one recipient, and tries that one again later', async () => {
    const now = new Date();
    await mailEachNotice(deps, now);
    const [hal, ida] = [await person('each'), await person('each')];
    smtp.refuse.add(hal.email);
    const h = await file(hal);
    await file(ida);
    await mailEachNotice(deps, now);
    expect(smtp.to(ida.email)).toHaveLength(1);
    expect(smtp.to(hal.email)).toEqual([]);
    expect(await rowOf(h.id)).toMatchObject({ emailAttempts: 1, emailedAt: null });
    smtp.refuse.delete(hal.email);
    await mailEachNotice(deps, later(now, 3));
    expect(smtp.to(hal.email)).toHaveLength(1);
  });

  it('gives up loudly on a notice too old to try again; it stays in the console', async () => {
    const now = new Date();
    await mailEachNotice(deps, now);
    const jo = await person('each');
    await t.db
      .update(accounts)
      .set({ emailNoticesSince: new Date(0) })
      .where(eq(accounts.id, jo.id));
    const old = await file(jo);
    await filedAt(old.id, new Date(now.getTime() - MAIL_RULES.maxAgeMs + MINUTE));
    logs.length = 0;
    await mailEachNotice(down, now);
    expect(logs.find((l) => l.level === 50)).toMatchObject({ givenUp: [old.id] });
    await mailEachNotice(deps, later(now, 3));
    expect(smtp.to(jo.email)).toEqual([]);
    expect((await rowOf(old.id))?.emailedAt).toBeNull();
  });
});
