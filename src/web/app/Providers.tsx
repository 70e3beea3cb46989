import { App, ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n';
import { antdLocales } from '../i18n/antd';

const theme: ThemeConfig = {
  token: { colorPrimary: '#1e5aa8', borderRadius: 6, fontSize: 14 },
  components: { Layout: { headerBg: '#14263f', headerPadding: '0 20px', siderBg: '#ffffff' } },
};

/**
 * antd follows the UI language; `App` gives message/modal hooks that see this config. Buttons keep
 * their text as written ("登录", not "登 录"), which is also what people and tests look for.
 */
export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={theme} button={{ autoInsertSpace: false }}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
