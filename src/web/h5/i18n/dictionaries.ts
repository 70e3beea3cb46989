import { messages as attend } from '../attend/i18n';
import { messages as board } from '../board/i18n';
import { messages as evaluate } from '../evaluate/i18n';
import { messages as online } from '../online/i18n';
import { messages as outcome } from '../outcome/i18n';
import { messages as status } from '../status/i18n';
import { messages as submit } from '../submit/i18n';
import { en } from './en';
import { type Messages as CoreMessages, zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

export const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The app's shared texts, then each feature's own kept beside its code; a key belongs to one of them. */
export const SOURCES = {
  core: { 'zh-CN': zhCN, 'zh-TW': zhTW, en },
  submit,
  status,
  attend,
  online,
  outcome,
  board,
  evaluate,
};

type Messages = CoreMessages &
  (typeof submit)['zh-CN'] &
  (typeof status)['zh-CN'] &
  (typeof attend)['zh-CN'] &
  (typeof online)['zh-CN'] &
  (typeof outcome)['zh-CN'] &
  (typeof board)['zh-CN'] &
  (typeof evaluate)['zh-CN'];
export type MessageKey = keyof Messages;

const merged = (lang: Lang, core: CoreMessages): Messages => ({
  ...core,
  ...submit[lang],
  ...status[lang],
  ...attend[lang],
  ...online[lang],
  ...outcome[lang],
  ...board[lang],
  ...evaluate[lang],
});

/** Every text of the residents' app, per language. */
export const DICTIONARIES: Record<Lang, Messages> = {
  'zh-CN': merged('zh-CN', zhCN),
  'zh-TW': merged('zh-TW', zhTW),
  en: merged('en', en),
};
