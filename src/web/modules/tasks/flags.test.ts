import { describe, expect, it } from 'vitest';
import { dueState, type ReasonWord, reasonWords } from './flags';
import { messages } from './i18n';
import type { TaskSummary } from './types';

const NOW = Date.parse('2026-05-20T10:00:00+08:00');
const task = (over: Partial<TaskSummary>): Parameters<typeof reasonWords>[0] => ({
  reasons: [],
  dueAt: '2026-05-31T23:59:59.999+08:00',
  lastProgressAt: null,
  createdAt: '2026-05-01T09:00:00+08:00',
  urgeCount: 0,
  awaitsAnswer: false,
  ...over,
});

// the words a reader sees, filled in as i18next fills them
const say = (w: ReasonWord, lang: 'zh-CN' | 'en') =>
  messages[lang].reasons[w.key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String((w as Record<string, unknown>)[k]));

describe('reasonWords', () => {
  it('counts the days a task is overdue, a part day as one', () => {
    const words = reasonWords(task({ reasons: ['overdue'], dueAt: '2026-05-17T23:59:59+08:00' }), NOW);
    expect(words).toEqual([{ key: 'overdue', days: 3 }]);
    expect(say(words[0] as ReasonWord, 'zh-CN')).toBe('逾期 3 天');
  });

  it('counts overdue days by the calendar where the deployment is, whatever the hour', () => {
    const dueYesterdayMorning = task({ reasons: ['overdue'], dueAt: '2026-05-19T09:00:00+08:00' });
    // a day and an hour late, and late on the evening of the same day: one day either way
    expect(reasonWords(dueYesterdayMorning, NOW)).toEqual([{ key: 'overdue', days: 1 }]);
    expect(reasonWords(dueYesterdayMorning, Date.parse('2026-05-20T23:30:00+08:00'))).toEqual([
      { key: 'overdue', days: 1 },
    ]);
    // past midnight in Beijing (still the evening before in UTC) it is the next day there
    expect(reasonWords(dueYesterdayMorning, Date.parse('2026-05-20T16:30:00Z'))).toEqual([{ key: 'overdue', days: 2 }]);
    // a few hours past a deadline of the same day: one day, never none
    expect(reasonWords(task({ reasons: ['overdue'], dueAt: '2026-05-20T08:00:00+08:00' }), NOW)).toEqual([
      { key: 'overdue', days: 1 },
    ]);
  });

  it('says a task due in a few hours is due within a day', () => {
    const words = reasonWords(task({ reasons: ['due_soon'], dueAt: '2026-05-20T18:00:00+08:00' }), NOW);
    expect(words.map((w) => say(w, 'zh-CN'))).toEqual(['1 天内到期']);
  });

  it('counts stalled days from the last progress, else from when the task was set', () => {
    expect(reasonWords(task({ reasons: ['stalled'], lastProgressAt: '2026-05-08T12:00:00+08:00' }), NOW)).toEqual([
      { key: 'stalled', days: 11 },
    ]);
    expect(reasonWords(task({ reasons: ['stalled'] }), NOW)).toEqual([{ key: 'stalled', days: 19 }]);
  });

  it('says an urge awaits its answer until the owner reports progress', () => {
    const urged = task({ reasons: ['urged'], urgeCount: 2 });
    expect(reasonWords({ ...urged, awaitsAnswer: true }, NOW).map((w) => say(w, 'zh-CN'))).toEqual([
      '催办待回复（2 次）',
    ]);
    expect(reasonWords(urged, NOW).map((w) => say(w, 'en'))).toEqual(['urged ×2']);
  });

  it('keeps the server’s order and leaves out views that are no reason for a flag', () => {
    const words = reasonWords(
      task({
        reasons: ['overdue', 'urged', 'escalated', 'open', 'to_accept'],
        dueAt: '2026-05-19T23:59:59+08:00',
        urgeCount: 1,
      }),
      NOW,
    );
    expect(words.map((w) => w.key)).toEqual(['overdue', 'urged', 'escalated']);
  });

  it('has nothing to say of a task on track', () => {
    expect(reasonWords(task({}), NOW)).toEqual([]);
  });
});

describe('dueState', () => {
  it.each([
    [['overdue', 'urged'], 'overdue'],
    [['due_soon', 'stalled'], 'dueSoon'],
    [['stalled'], undefined],
    [[], undefined],
  ] as const)('%j → %s', (reasons, state) => {
    expect(dueState({ reasons: [...reasons] })).toBe(state);
  });
});
