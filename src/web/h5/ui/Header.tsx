import { LANGS, type Lang, setLang, useT } from '../i18n';
import { setElder, useElder } from '../lib/elder';

const LANG_NAMES: Record<Lang, string> = { 'zh-CN': '简体', 'zh-TW': '繁體', en: 'EN' };

/** The page's top bar: the local brand, the place, the 长辈版 switch and a small language switch. */
export function Header({ title, brand, subtitle }: { title: string; brand?: string | null; subtitle?: string }) {
  const { t, lang } = useT();
  const isElder = useElder();
  const brandText = brand || t('appName');
  return (
    <header className="header">
      <div className="header-top">
        <span className="header-brand">{brandText === title ? '' : brandText}</span>
        <button type="button" className="elder-toggle" aria-pressed={isElder} onClick={() => setElder(!isElder)}>
          {t('elderMode')}
        </button>
        <fieldset className="lang-toggle">
          <legend className="sr-only">语言 / 語言 / Language</legend>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={l === lang}
              className={l === lang ? 'is-active' : undefined}
              onClick={() => setLang(l)}
            >
              {LANG_NAMES[l]}
            </button>
          ))}
        </fieldset>
      </div>
      <h1 className="header-title">{title}</h1>
      {subtitle ? <p className="header-sub">{subtitle}</p> : null}
    </header>
  );
}
