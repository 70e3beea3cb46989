// A notice (站内通知) in the reader's language, from its kind and parameters: the words the server
// filed (code, title, actor, note, dueAt/startsAt, verdict) go into the one catalogue of
// messages/notifications.ts. The console renders through i18next, the server's email through
// `noticeWords`; both run `renderNotice`, so a notice reads the same on the screen and in a mail.
import type { Locale, NotificationKind } from './enums';
import { NOTICE_TEXTS, type NoticeTexts } from './messages/notifications';

type ActorKind = keyof NoticeTexts['by'];
type DateKind = keyof NoticeTexts['dates'];
type Verdict = keyof NoticeTexts['verdicts'];

/** A text of the catalogue by its key (`kinds.task_urged`, `by.task_urged`, `dates.invited`, `verdicts.approved`, `withNote`). */
export type NoticeTextKey =
  | 'withNote'
  | `kinds.${NotificationKind}`
  | `by.${ActorKind}`
  | `dates.${DateKind}`
  | `verdicts.${Verdict}`;
/** Looks a text up in the reader's language and fills in its {{words}}. */
export type NoticeWords = (key: NoticeTextKey, words: Record<string, string>) => string;

/** A notice as its parameters arrive: the words named by its kind, any of them possibly left out. */
export type NoticeParams = Record<string, string | number | null>;
export type EntityType =
  | 'task'
  | 'outcome'
  | 'consultation'
  | 'whistle'
  | 'writing'
  | 'reception'
  | 'submission'
  | 'duty_entry'
  | 'training';

const actorKinds = new Set<string>(Object.keys(NOTICE_TEXTS['zh-CN'].by));
const hasActorLine = (k: NotificationKind): k is ActorKind => actorKinds.has(k);
const verdicts = new Set<string>(Object.keys(NOTICE_TEXTS['zh-CN'].verdicts));
/** A review's verdict as filed (`approved`, `rejected`), or `reviewed` when it names none it knows. */
const verdictOf = (v: string): Verdict => (verdicts.has(v) ? (v as Verdict) : 'reviewed');

/** The parameter holding the date a kind shows: when an invited meeting starts, else when it is due. */
const DATE_PARAM = {
  task_assigned: 'dueAt',
  task_due_soon: 'dueAt',
  task_overdue: 'dueAt',
  revisit_due: 'dueAt',
  invited: 'startsAt',
  whistle_raised: 'dueAt',
  reception_duty: 'startsAt',
  training_scheduled: 'startsAt',
  training_changed: 'startsAt', // the new time
  training_cancelled: 'startsAt', // when it was to be held
} as const satisfies Record<DateKind, string>;
const hasDateLine = (k: NotificationKind): k is DateKind => k in DATE_PARAM;

/** Where a notice opens in the console: the record it tells of. */
export const RECORD_PATHS = {
  task: '/tasks/',
  outcome: '/outcomes/',
  consultation: '/consultations/',
  whistle: '/whistles/',
  writing: '/writings/',
  reception: '/receptions/',
  submission: '/submissions/',
  duty_entry: '/duty/entries/',
  training: '/trainings/',
} as const satisfies Record<EntityType, string>;
export const recordPath = (n: { entityType: EntityType; entityId: string }) =>
  `${RECORD_PATHS[n.entityType]}${n.entityId}`;

export type RenderedNotice = {
  /** what happened to which record: 新任务：RW-2026-0001 加装电梯 */
  headline: string;
  /** who did it and what the reader is to do, with their words; when it is due */
  lines: string[];
};

// a word left out by the filer leaves no hole: 新任务：加装电梯, not 新任务： 加装电梯
const tidy = (s: string) =>
  s
    .replace(/\s{2,}/g, ' ')
    .replace(/：\s+/g, '：')
    .trim()
    .replace(/[：:]$/, '');

/**
 * Renders a notice with `say` (the reader's language); `formatDate` shows an instant in the
 * deployment's time zone.
 */
export function renderNotice(
  say: NoticeWords,
  n: { kind: NotificationKind; params: NoticeParams },
  formatDate: (iso: string) => string,
): RenderedNotice {
  const word = (key: string) => {
    const v = n.params[key];
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const verdict = say(`verdicts.${verdictOf(word('verdict'))}`, {});
  const headline = tidy(say(`kinds.${n.kind}`, { code: word('code'), title: word('title'), verdict }));
  const actor = word('actor');
  const note = word('note');
  const lines: string[] = [];
  const by = actor && hasActorLine(n.kind) ? say(`by.${n.kind}`, { actor }) : '';
  if (by && note) lines.push(say('withNote', { line: by, note }));
  else if (by || note) lines.push(by || note);
  if (hasDateLine(n.kind)) {
    const at = word(DATE_PARAM[n.kind]);
    const date = Number.isNaN(Date.parse(at)) ? at : formatDate(at);
    if (date) lines.push(say(`dates.${n.kind}`, { date }));
  }
  return { headline, lines };
}

/**
 * The catalogue's texts in `locale`, without i18next (the server's email): {{word}} is filled in
 * once, so braces in a person's words stay as they wrote them.
 */
export function noticeWords(locale: Locale): NoticeWords {
  const texts = NOTICE_TEXTS[locale];
  return (key, words) => {
    const [group, kind = ''] = key.split('.') as [keyof NoticeTexts, string?];
    const template = group === 'withNote' ? texts.withNote : (texts[group] as Record<string, string>)[kind];
    return (template ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => words[name] ?? '');
  };
}
