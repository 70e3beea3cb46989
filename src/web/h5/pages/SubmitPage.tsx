import { useState } from 'react';
import { getPlace } from '../api/client';
import type { SubmissionCreated } from '../api/types';
import { useT } from '../i18n';
import { readRecent, rememberRecent } from '../lib/recent';
import { boardPath, Link } from '../router';
import { TrackForm } from '../status/TrackForm';
import { RecentList } from '../submit/RecentList';
import { ReceptionWeek } from '../submit/ReceptionWeek';
import { SubmitForm } from '../submit/SubmitForm';
import { SuccessView } from '../submit/SuccessView';
import { Header } from '../ui/Header';
import { PendingPage } from '../ui/PendingPage';
import { useLoad } from '../ui/use-load';

/** /s/<place code>: the page a resident reaches by scanning the place's QR code. */
export function SubmitPage({ code }: { code: string }) {
  const { t } = useT();
  const { result, reload } = useLoad(() => getPlace(code), code);
  const [created, setCreated] = useState<SubmissionCreated>();
  const [fill, setFill] = useState(0); // a new form fill gets a new idempotency key
  const [recent, setRecent] = useState(readRecent);

  if (result.state !== 'done') {
    return (
      <PendingPage title={t('appName')} result={result} onRetry={reload} notFound={t('placeNotFound')}>
        <RecentList items={recent} />
      </PendingPage>
    );
  }

  const place = result.data;
  const done = (c: SubmissionCreated, content: string) => {
    rememberRecent({
      code: c.trackingCode,
      placeCode: place.code,
      placeName: place.name,
      excerpt: content.slice(0, 40),
      at: new Date().toISOString(),
    });
    setRecent(readRecent());
    setCreated(c);
    window.scrollTo(0, 0);
  };
  const again = () => {
    setCreated(undefined);
    setFill((n) => n + 1);
    window.scrollTo(0, 0);
  };

  return (
    <>
      <Header brand={place.brand} title={place.name} subtitle={place.path.slice(0, -1).join(' · ')} />
      <main className="page">
        {created ? (
          <SuccessView created={created} onAgain={again} />
        ) : (
          <SubmitForm key={fill} place={place} onDone={done} />
        )}
        <ReceptionWeek placeCode={place.code} />
        <RecentList items={created ? recent.filter((r) => r.code !== created.trackingCode) : recent} />
        <TrackForm />
        <p className="back">
          <Link href={boardPath(place.code)}>{t('boardLink')}</Link>
        </p>
      </main>
    </>
  );
}
