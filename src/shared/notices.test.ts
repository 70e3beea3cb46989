import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../web/modules/notifications/i18n';
import { renderNotice as renderInConsole } from '../web/modules/notifications/render';
import { LOCALES, type Locale, NOTIFICATION_KINDS } from './enums';
import { type NoticeParams, noticeWords, renderNotice } from './notices';
import { formatDateTimeIn } from './time-zone';

// One source of wording: the server's email renders a notice word for word as the console does.
const ts = {} as Record<Locale, TFunction>;
beforeAll(async () => {
  for (const lng of LOCALES) {
    const i18n = createInstance();
    await i18n.init({
      lng,
      resources: { [lng]: { translation: { notifications: messages[lng] } } },
      interpolation: { escapeValue: false },
    });
    ts[lng] = i18n.t;
  }
});

const date = (iso: string) => `〔${iso.slice(0, 16)}〕`;
const variants: NoticeParams[] = [
  {
    code: 'RW-2026-0007',
    title: '桃园小区加装电梯',
    actor: '王科长',
    note: '请本周五前报告',
    dueAt: '2026-06-30T09:00:00.000Z',
    startsAt: '2026-07-02T01:30:00.000Z',
    verdict: 'rejected',
  },
  { code: 'RW-1', title: '修路', actor: null, note: '照片不清楚', dueAt: '月底', verdict: 'approved' },
  { title: '<b>A & B</b>', actor: '{{x}}', note: '{{note}} $& $1', verdict: '{{title}}' },
  {},
];

describe.each(LOCALES)('in %s', (lng) => {
  it.each(NOTIFICATION_KINDS)('%s reads the same in a mail as on the screen', (kind) => {
    for (const params of variants) {
      const inMail = renderNotice(noticeWords(lng), { kind, params }, date);
      expect(inMail).toEqual(renderInConsole(ts[lng], { kind, params }, date));
      expect([inMail.headline, ...inMail.lines].join('\n')).not.toMatch(/kinds\.|by\.|dates\./);
    }
  });
});

it('keeps braces and replacement patterns in a person’s words as written', () => {
  const r = renderNotice(
    noticeWords('en'),
    { kind: 'task_instructed', params: { code: 'RW-1', title: 'T', actor: '{{note}}', note: '$& {{actor}}' } },
    date,
  );
  expect(r).toEqual({ headline: 'Leader’s instruction: RW-1 T', lines: ['Instruction from {{note}}: $& {{actor}}'] });
});

// the deadline the server files with each of these (an ISO instant) as the bell and the email show it
describe('the date line of a notice that is due or held', () => {
  const late = '2026-06-30T16:30:00.000Z'; // 00:30 on 1 July where the deployment is, still 30 June by UTC
  it.each([
    ['task_assigned', { dueAt: late }, '期限：2026年7月1日 00:30'],
    ['task_due_soon', { dueAt: late }, '将于 2026年7月1日 00:30 到期'],
    ['task_overdue', { dueAt: late }, '期限 2026年7月1日 00:30，请尽快办理并报告进展'],
    ['revisit_due', { dueAt: late }, '回访日期：2026年7月1日 00:30'],
    ['invited', { startsAt: '2026-07-02T01:30:00.000Z' }, '时间：2026年7月2日 09:30'],
    ['whistle_raised', { dueAt: late }, '请于 2026年7月1日 00:30 前报到'],
    ['training_scheduled', { startsAt: late }, '时间：2026年7月1日 00:30'],
    ['training_changed', { startsAt: late }, '新时间：2026年7月1日 00:30'],
    ['training_cancelled', { startsAt: late }, '原定时间：2026年7月1日 00:30'],
  ] as const)('%s', (kind, params, line) => {
    const r = renderNotice(noticeWords('zh-CN'), { kind, params: { code: 'RW-1', title: '修路', ...params } }, (iso) =>
      formatDateTimeIn('zh-CN', iso),
    );
    expect(r.lines.at(-1)).toBe(line);
  });
});
