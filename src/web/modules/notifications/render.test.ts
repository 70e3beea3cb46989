import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale, NOTIFICATION_KINDS, type NotificationKind } from '../../../shared/enums';
import { messages } from './i18n';
import { recordPath, renderNotice, timeAgo } from './render';

// The console's i18next set up as src/web/i18n does, with this module's texts under its namespace.
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

const date = (iso: string) => `〔${iso.slice(0, 10)}〕`;
const full = {
  code: 'RW-2026-0007',
  title: '桃园小区加装电梯',
  actor: '王科长',
  note: '请本周五前报告',
  dueAt: '2026-06-30T09:00:00.000Z',
  startsAt: '2026-07-02T01:30:00.000Z',
};
const render = (lng: Locale, kind: NotificationKind, params: Record<string, string | null> = full) =>
  renderNotice(ts[lng], { kind, params }, date);
const shown = (r: ReturnType<typeof render>) => [r.headline, ...r.lines].join('\n');

const CODELESS = new Set<NotificationKind>([
  'reception_duty',
  'duty_entry_requested',
  'duty_entry_reviewed',
  'training_scheduled',
  'training_changed',
  'training_cancelled',
]);
const STARTS = new Set<NotificationKind>([
  'invited',
  'reception_duty',
  'training_scheduled',
  'training_changed',
  'training_cancelled',
]);

describe.each(LOCALES)('every kind in %s', (lng) => {
  it.each(NOTIFICATION_KINDS)('%s has its text, with the record, who and their words filled in', (kind) => {
    const r = render(lng, kind);
    expect(r.headline).not.toContain('notifications.'); // a missing text shows its key
    expect(shown(r)).not.toMatch(/\{\{|\}\}/);
    // records without a code (a reception slot, a training, a manual duty entry) are named by title
    const hasCode = messages[lng].kinds[kind].includes('{{code}}');
    expect(r.headline).toContain(hasCode ? `${full.code} ${full.title}` : full.title);
    expect(hasCode).toBe(!CODELESS.has(kind));
    expect(r.lines.join('\n')).toContain(full.note);
    expect(r.lines.join('\n').includes(full.actor)).toBe(kind in messages[lng].by);
    const when = STARTS.has(kind) ? full.startsAt : full.dueAt;
    expect(r.lines.join('\n').includes(date(when))).toBe(kind in messages[lng].dates);
  });

  it('tells each kind apart', () => {
    const headlines = NOTIFICATION_KINDS.map((k) => render(lng, k).headline);
    expect(new Set(headlines).size).toBe(NOTIFICATION_KINDS.length);
  });
});

describe('a notice as a reader sees it', () => {
  it.each([
    [
      'zh-CN',
      'task_assigned',
      '新任务：RW-2026-0007 桃园小区加装电梯',
      ['王科长交办：请本周五前报告', '期限：〔2026-06-30〕'],
    ],
    ['zh-CN', 'task_urged', '催办：RW-2026-0007 桃园小区加装电梯', ['王科长催办，请报告进展：请本周五前报告']],
    ['zh-TW', 'task_done', '待驗收：RW-2026-0007 桃園小區加裝電梯', ['王科長報告已完成，請驗收：請本週五前報告']],
    [
      'en',
      'task_overdue',
      'Overdue: RW-2026-0007 Lifts for Taoyuan',
      ['Was due 〔2026-06-30〕; please report progress'],
    ],
    [
      'en',
      'invited',
      'Invitation: RW-2026-0007 Lifts for Taoyuan',
      ['Wang invites you to take part', 'Starts 〔2026-07-02〕'],
    ],
  ] as const)('%s %s', (lng, kind, headline, lines) => {
    const words: Record<Locale, Record<string, string | null>> = {
      'zh-CN': full,
      'zh-TW': { ...full, title: '桃園小區加裝電梯', actor: '王科長', note: '請本週五前報告' },
      en: { ...full, title: 'Lifts for Taoyuan', actor: 'Wang', note: null },
    };
    const params =
      kind === 'task_overdue' ? { code: full.code, title: 'Lifts for Taoyuan', dueAt: full.dueAt } : words[lng];
    expect(render(lng, kind, params)).toEqual({ headline, lines });
  });

  it('leaves no hole where the filer named fewer words', () => {
    expect(render('zh-CN', 'task_assigned', { title: '加装电梯' })).toEqual({
      headline: '新任务：加装电梯',
      lines: [],
    });
    expect(render('zh-CN', 'task_urged', { code: 'RW-1', title: '修路', actor: null })).toEqual({
      headline: '催办：RW-1 修路',
      lines: [],
    });
    expect(render('en', 'revisit_due', {}).headline).toBe('Revisit due');
    // the person's words stand alone without an actor; a date that is no date is shown as written
    expect(render('zh-CN', 'task_returned', { code: 'RW-1', title: '修路', note: '照片不清楚' }).lines).toEqual([
      '照片不清楚',
    ]);
    expect(render('zh-CN', 'task_due_soon', { code: 'RW-1', title: '修路', dueAt: '月底' }).lines).toEqual([
      '将于 月底 到期',
    ]);
  });

  it.each([
    ['zh-CN', 'approved', '履职登记已通过：参加助学活动'],
    ['zh-CN', 'rejected', '履职登记未通过：参加助学活动'],
    ['zh-CN', null, '履职登记已审核：参加助学活动'], // filed without a verdict
    ['zh-TW', 'rejected', '履職登記未通過：参加助学活动'],
    ['en', 'approved', 'Duty entry approved: 参加助学活动'],
    ['en', 'rejected', 'Duty entry not approved: 参加助学活动'],
    ['en', 'maybe', 'Duty entry reviewed: 参加助学活动'],
  ] as const)('a duty entry’s review in %s says its verdict (%s)', (lng, verdict, headline) => {
    expect(render(lng, 'duty_entry_reviewed', { title: '参加助学活动', verdict }).headline).toBe(headline);
  });

  it('tells the invitees of a changed or cancelled training when it now starts or was to', () => {
    const when = { title: '履职能力培训', actor: '区政协办公室', startsAt: full.startsAt };
    expect(render('zh-CN', 'training_changed', when)).toEqual({
      headline: '培训变更：履职能力培训',
      lines: ['区政协办公室调整了培训安排', '新时间：〔2026-07-02〕'],
    });
    expect(render('en', 'training_cancelled', when)).toEqual({
      headline: 'Training cancelled: 履职能力培训',
      lines: ['Cancelled by 区政协办公室', 'Was to start 〔2026-07-02〕'],
    });
  });

  it('keeps the words as written, markup and braces included', () => {
    const r = render('en', 'task_instructed', { code: 'RW-1', title: '<b>A & B</b>', actor: '{{x}}', note: 'OK' });
    expect(r).toEqual({ headline: 'Leader’s instruction: RW-1 <b>A & B</b>', lines: ['Instruction from {{x}}: OK'] });
  });
});

describe('where a notice opens', () => {
  it.each([
    ['task', '/tasks/t1'],
    ['outcome', '/outcomes/t1'],
    ['consultation', '/consultations/t1'],
  ] as const)('a %s opens %s', (entityType, path) => {
    expect(recordPath({ entityType, entityId: 't1' })).toBe(path);
  });
});

describe('how long ago', () => {
  const now = Date.parse('2026-06-30T12:00:00.000Z');
  const ago = (lng: Locale, ms: number) => timeAgo(new Date(now - ms).toISOString(), now, lng, ts[lng], date);
  it.each([
    ['zh-CN', 20_000, '刚刚'],
    ['zh-CN', 3 * 60_000, '3分钟前'],
    ['zh-TW', 5 * 3_600_000, '5 小時前'],
    ['en', 5 * 3_600_000, '5 hours ago'],
    ['en', 30 * 3_600_000, 'yesterday'],
    ['zh-CN', 3 * 86_400_000, '3天前'],
    ['zh-CN', 8 * 86_400_000, '〔2026-06-22〕'],
  ] as const)('%s, %i ms → %s', (lng, ms, text) => {
    expect(ago(lng, ms)).toBe(text);
  });
});
