import { describe, expect, it } from 'vitest';
import { localeOf, type MailedNotice, renderDigestMail, renderNoticeMail } from './render-mail';

const url = 'https://shangliang.example.gov.cn';
const urged: MailedNotice = {
  kind: 'task_urged',
  params: { code: 'RW-2026-0007', title: '桃园小区加装电梯', actor: '王科长', note: '请本周五前报告' },
  entityType: 'task',
  entityId: 't-1',
  createdAt: new Date('2026-06-30T01:00:00.000Z'),
};
const assigned: MailedNotice = {
  kind: 'task_assigned',
  params: { code: 'RW-2026-0008', title: '修路', actor: '李', dueAt: '2026-07-10T16:00:00.000Z' },
  entityType: 'task',
  entityId: 't-2',
  createdAt: new Date('2026-06-30T09:30:00.000Z'),
};

describe('one notice as a mail', () => {
  it('in 简体中文: the headline as subject, the lines, the record’s link and where to turn it off', () => {
    const mail = renderNoticeMail({ locale: null, displayName: '陈' }, urged, url);
    expect(mail.subject).toBe('【商量】催办：RW-2026-0007 桃园小区加装电梯');
    expect(mail.text.split('\n')).toEqual([
      '催办：RW-2026-0007 桃园小区加装电梯',
      '王科长催办，请报告进展：请本周五前报告',
      '',
      `查看：${url}/tasks/t-1`,
      '',
      '—',
      `本邮件由商量平台自动发送，请勿回复。更改或关闭邮件通知，请到“我的账号”：${url}/me`,
      '',
    ]);
  });

  it('in the reader’s language, dates in Beijing time', () => {
    const en = renderNoticeMail({ locale: 'en', displayName: 'Chen' }, assigned, url);
    expect(en.subject).toBe('[Shangliang] New task: RW-2026-0008 修路');
    expect(en.text).toContain('Assigned by 李');
    expect(en.text).toContain('Due Jul 11, 2026, 12:00 AM'); // 16:00 UTC is midnight in Shanghai
    const tw = renderNoticeMail({ locale: 'zh-TW', displayName: '陳' }, urged, url);
    expect(tw.subject).toBe('【商量】催辦：RW-2026-0007 桃园小区加装电梯');
    expect(tw.text).toContain('請到「我的帳號」');
  });

  it('keeps the subject on one line whatever the words hold', () => {
    const mail = renderNoticeMail(
      { locale: 'en', displayName: 'x' },
      { ...urged, params: { code: 'RW-1', title: 'Line one\r\nBcc: someone@example.com' } },
      url,
    );
    expect(mail.subject).toBe('[Shangliang] Urged: RW-1 Line one Bcc: someone@example.com');
  });

  it('reads an unknown or missing language as 简体中文', () => {
    expect(localeOf(null)).toBe('zh-CN');
    expect(localeOf('fr')).toBe('zh-CN');
    expect(localeOf('zh-TW')).toBe('zh-TW');
  });
});

describe('the daily digest', () => {
  it('lists the notices oldest first, each with its time and link', () => {
    const mail = renderDigestMail(
      { locale: 'zh-CN', displayName: '陈主任' },
      [urged, assigned],
      new Date('2026-07-01T00:00:00.000Z'),
      url,
    );
    expect(mail.subject).toBe('【商量】通知摘要：2 条');
    const lines = mail.text.split('\n');
    expect(lines[0]).toBe('陈主任，您好！以下是截至 2026年7月1日 08:00 您的 2 条通知：');
    expect(lines.slice(2, 10)).toEqual([
      '1. 催办：RW-2026-0007 桃园小区加装电梯',
      '   王科长催办，请报告进展：请本周五前报告',
      `   2026年6月30日 09:00  ${url}/tasks/t-1`,
      '',
      '2. 新任务：RW-2026-0008 修路',
      '   李交办',
      '   期限：2026年7月11日 00:00',
      `   2026年6月30日 17:30  ${url}/tasks/t-2`,
    ]);
    expect(mail.text).toContain(`${url}/me`);
  });

  it('in English', () => {
    const mail = renderDigestMail(
      { locale: 'en', displayName: 'Chen' },
      [urged],
      new Date('2026-07-01T00:00:00Z'),
      url,
    );
    expect(mail.subject).toBe('[Shangliang] Your notifications: 1');
    expect(mail.text.split('\n')[0]).toBe('Hello Chen, your notifications up to Jul 1, 2026, 8:00 AM (1):');
  });
});
