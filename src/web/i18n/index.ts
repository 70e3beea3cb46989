import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/enums';
import { pickLocale } from '../../shared/error-messages';
import en from './en';
import zhCN, { type Messages } from './zh-CN';
import zhTW from './zh-TW';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'sl.lang';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** This device's choice, else the browser's languages, else 简体中文. */
function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLocale(saved)) return saved;
  return pickLocale(navigator.languages.join(','));
}

/** Remembers the language on this device and in the `lang` cookie the server answers errors in. */
function persist(locale: Locale) {
  localStorage.setItem(STORAGE_KEY, locale);
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads `lang`; CookieStore is not in every browser we support
  document.cookie = `lang=${locale}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
  document.documentElement.lang = locale;
}

const first = initialLocale();
persist(first);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'zh-TW': { translation: zhTW }, en: { translation: en } },
  lng: first,
  fallbackLng: 'zh-CN',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false }, // React escapes
});

/** Switches the UI to `locale` and remembers it (the server is told separately when signed in). */
export async function switchLocale(locale: Locale) {
  persist(locale);
  await i18n.changeLanguage(locale);
}

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'zh-CN');

export default i18n;
