// A notice in the reader's language, from its kind and parameters: the words the server filed
// (code, title, actor, note, dueAt/startsAt) go into this module's texts (i18n.ts).
import type { TFunction } from 'i18next';
import type { NotificationKind } from '../../../shared/enums';
import { type ModuleMessages, messages } from './i18n';
import type { Notification } from './types';

type ActorKind = keyof ModuleMessages['by'];
type DateKind = keyof ModuleMessages['dates'];

const actorKinds = new Set<string>(Object.keys(messages['zh-CN'].by));
const hasActorLine = (k: NotificationKind): k is ActorKind => actorKinds.has(k);

/** The parameter holding the date a kind shows: when an invited meeting starts, else when it is due. */
const DATE_PARAM = {
  task_assigned: 'dueAt',
  task_due_soon: 'dueAt',
  task_overdue: 'dueAt',
  revisit_due: 'dueAt',
  invited: 'startsAt',
} as const satisfies Record<DateKind, string>;
const hasDateLine = (k: NotificationKind): k is DateKind => k in DATE_PARAM;

/** Where a notice opens: the record it tells of. */
export const RECORD_PATHS = {
  task: '/tasks/',
  outcome: '/outcomes/',
  consultation: '/consultations/',
} as const satisfies Record<Notification['entityType'], string>;
export const recordPath = (n: Pick<Notification, 'entityType' | 'entityId'>) =>
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
 * Renders a notice with `t` (the reader's language); `formatDate` shows an instant in the
 * deployment's time zone.
 */
export function renderNotice(
  t: TFunction,
  n: Pick<Notification, 'kind' | 'params'>,
  formatDate: (iso: string) => string,
): RenderedNotice {
  const word = (key: string) => {
    const v = n.params[key];
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const headline = tidy(t(`notifications.kinds.${n.kind}`, { code: word('code'), title: word('title') }));
  const actor = word('actor');
  const note = word('note');
  const lines: string[] = [];
  const by = actor && hasActorLine(n.kind) ? t(`notifications.by.${n.kind}`, { actor }) : '';
  if (by && note) lines.push(t('notifications.withNote', { line: by, note }));
  else if (by || note) lines.push(by || note);
  if (hasDateLine(n.kind)) {
    const at = word(DATE_PARAM[n.kind]);
    const date = Number.isNaN(Date.parse(at)) ? at : formatDate(at);
    if (date) lines.push(t(`notifications.dates.${n.kind}`, { date }));
  }
  return { headline, lines };
}

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
] as const;

/**
 * How long ago, in the reader's language (3 分钟前, 昨天, 5 hours ago); past a week, the date itself.
 */
export function timeAgo(iso: string, now: number, lng: string, t: TFunction, formatDate: (iso: string) => string) {
  const ms = now - Date.parse(iso);
  if (ms < 60_000) return t('notifications.justNow');
  if (ms >= 7 * 86_400_000) return formatDate(iso);
  const rtf = new Intl.RelativeTimeFormat(lng, { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (ms >= size) return rtf.format(-Math.floor(ms / size), unit);
  return t('notifications.justNow');
}
