import { GlobalOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../shared/enums';
import { errorMessage } from '../api/client';
import { isLocale } from '../i18n';
import { useLanguage } from './use-language';

/** 简体中文 / 繁體中文 / English, each written in its own language. */
export function LanguageSwitcher({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { locale, change } = useLanguage();
  const items = LOCALES.map((l) => ({ key: l, label: <span lang={l}>{t(`lang.${l}`)}</span> }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [locale],
        onClick: ({ key }) => {
          if (isLocale(key)) change(key).catch((err: unknown) => message.error(errorMessage(err)));
        },
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} className={className} title={t('lang.label')}>
        {t(`lang.${locale}`)}
      </Button>
    </Dropdown>
  );
}
