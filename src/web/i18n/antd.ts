import type { ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import type { Locale } from '../../shared/enums';
import i18n, { currentLocale } from '.';

/** antd's own texts (pagination, pickers, empty states) follow the UI language. */
export const antdLocales = { 'zh-CN': zhCN, 'zh-TW': zhTW, en: enUS } satisfies Record<
  Locale,
  ConfigProviderProps['locale']
>;

const dayjsLocales = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' } satisfies Record<Locale, string>;

/** Date pickers take month and weekday names from dayjs' global locale. */
export function applyDayjsLocale(locale: Locale) {
  dayjs.locale(dayjsLocales[locale]);
}

applyDayjsLocale(currentLocale());
i18n.on('languageChanged', () => applyDayjsLocale(currentLocale()));
