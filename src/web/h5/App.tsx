import { useEffect } from 'react';
import { useT } from './i18n';
import { AttendPage } from './pages/AttendPage';
import { BoardPage } from './pages/BoardPage';
import { EvaluatePage } from './pages/EvaluatePage';
import { OnlinePage } from './pages/OnlinePage';
import { StatusPage } from './pages/StatusPage';
import { SubmitPage } from './pages/SubmitPage';
import { parseRoute, usePathname } from './router';
import { TrackForm } from './status/TrackForm';
import { Header } from './ui/Header';
import { Notice } from './ui/Notice';

/** The residents' phone pages: raise a problem, follow it, sign in to a consultation, take part online, see a place's public board. */
export function App() {
  const route = parseRoute(usePathname());
  const { t } = useT();
  useEffect(() => {
    const titles: Partial<Record<typeof route.page, string>> = {
      status: t('statusTitle'),
      board: t('boardTitle'),
      track: t('trackTitle'),
    };
    const page = titles[route.page] ?? '';
    document.title = `${page ? `${page} · ` : ''}${t('appName')}`;
  }, [route.page, t]);
  if (route.page === 'submit') return <SubmitPage key={route.code} code={route.code} />;
  if (route.page === 'status') return <StatusPage key={route.code} code={route.code} />;
  if (route.page === 'attend') return <AttendPage key={route.code} code={route.code} />;
  if (route.page === 'online') return <OnlinePage key={route.code} code={route.code} />;
  if (route.page === 'board') return <BoardPage key={route.code} code={route.code} />;
  if (route.page === 'evaluate') return <EvaluatePage key={route.code} code={route.code} />;
  if (route.page === 'track')
    return (
      <>
        <Header title={t('trackTitle')} />
        <main className="page">
          <TrackForm asPage />
        </main>
      </>
    );
  // an address that leads nowhere: a code on paper still can
  return (
    <>
      <Header title={t('appName')} />
      <main className="page">
        <Notice kind="error">{t('pageNotFound')}</Notice>
        <TrackForm />
      </main>
    </>
  );
}
