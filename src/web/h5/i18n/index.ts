import { rememberedChoice } from '../lib/remembered';
import { DICTIONARIES, LANGS, type Lang, type MessageKey } from './dictionaries';

export type { Lang, MessageKey };
export { LANGS };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const isLang = (v: string | null | undefined): v is Lang => LANGS.some((l) => l === v);

/** The browser's language mapped to ours: Traditional for Taiwan, Hong Kong, Macau and zh-Hant. */
export function langFromTag(tag: string): Lang | undefined {
  const t = tag.toLowerCase();
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (/^zh-(tw|hk|mo)|^zh-hant/.test(t)) return 'zh-TW';
  if (t.startsWith('zh')) return 'zh-CN';
  return undefined;
}

function initialLang(stored: string | null): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  if (isLang(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const l = langFromTag(tag);
    if (l) return l;
  }
  return 'zh-CN';
}

const lang = rememberedChoice<Lang>('sl-h5-lang', initialLang, (l) => {
  document.documentElement.lang = l;
});

export const currentLang = lang.get;

/** Switches the language and remembers it on this phone. */
export const setLang = lang.set;

export const fill = (template: string, params: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

const translators = new Map<Lang, Translate>(
  LANGS.map((lang) => [lang, (key, params) => fill(DICTIONARIES[lang][key], params)]),
);

/** The current language and its translator; components re-render when the language changes. */
export function useT(): { t: Translate; lang: Lang } {
  const current = lang.use();
  return { t: translators.get(current) ?? ((key) => key), lang: current };
}
