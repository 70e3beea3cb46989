import { useEffect } from 'react';
import { useT } from './i18n';
import { StatusPage } from './pages/StatusPage';
import { SubmitPage } from './pages/SubmitPage';
import { parseRoute, usePathname } from './router';
import { Header } from './ui/Header';
import { Notice } from './ui/Notice';

/** The residents' phone pages: /s/<place code> to raise a problem, /t/<tracking code> to follow it. */
export function App() {
  const route = parseRoute(usePathname());
  const { t } = useT();
  useEffect(() => {
    document.title = `${route.page === 'status' ? `${t('statusTitle')} · ` : ''}${t('appName')}`;
  }, [route.page, t]);
  if (route.page === 'submit') return <SubmitPage key={route.code} code={route.code} />;
  if (route.page === 'status') return <StatusPage key={route.code} code={route.code} />;
  return (
    <>
      <Header title={t('appName')} />
      <main className="page">
        <Notice kind="error">{t('pageNotFound')}</Notice>
      </main>
    </>
  );
}
