import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "地点 · 商量" in the browser tab. */
export function useDocumentTitle(title?: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.title');
  }, [title, t]);
}
