import { useSyncExternalStore } from 'react';
import { DICTIONARIES, LANGS, type Lang, type MessageKey } from './dictionaries';

export type { Lang, MessageKey };
export { LANGS };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'sl-h5-lang';

const isLang = (v: string | null | undefined): v is Lang => LANGS.some((l) => l === v);

/** The browser's language mapped to ours: Traditional for Taiwan, Hong Kong, Macau and zh-Hant. */
export function langFromTag(tag: string): Lang | undefined {
  const t = tag.toLowerCase();
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (/^zh-(tw|hk|mo)|^zh-hant/.test(t)) return 'zh-TW';
  if (t.startsWith('zh')) return 'zh-CN';
  return undefined;
}

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const stored = readStored();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const l = langFromTag(tag);
    if (l) return l;
  }
  return 'zh-CN';
}

function readStored(): Lang | undefined {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLang(v) ? v : undefined;
  } catch {
    return undefined; // storage can be off in private modes
  }
}

let current: Lang = initialLang();
const listeners = new Set<() => void>();
document.documentElement.lang = current;

export const currentLang = () => current;

/** Switches the language and remembers it on this phone. */
export function setLang(lang: Lang) {
  current = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
  for (const l of listeners) l();
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
};

export const fill = (template: string, params: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

const translators = new Map<Lang, Translate>(
  LANGS.map((lang) => [lang, (key, params) => fill(DICTIONARIES[lang][key], params)]),
);

/** The current language and its translator; components re-render when the language changes. */
export function useT(): { t: Translate; lang: Lang } {
  const lang = useSyncExternalStore(subscribe, currentLang);
  return { t: translators.get(lang) ?? ((key) => key), lang };
}
