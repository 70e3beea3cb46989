import { App, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n';
import { antdLocales } from '../i18n/antd';
import { consoleTheme } from './theme';

/**
 * antd follows the UI language; `App` gives message/modal hooks that see this config. Buttons keep
 * their text as written ("登录", not "登 录"), which is also what people and tests look for.
 */
export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={consoleTheme} button={{ autoInsertSpace: false }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
