import { useEffect, useRef, useState } from 'react';
import { getSubmission } from '../api/client';
import type { PublicSubmission } from '../api/types';
import { type MessageKey, useT } from '../i18n';
import { formatDateTime } from '../lib/format';
import { readRecent } from '../lib/recent';
import { OutcomesSection } from '../outcome/OutcomesSection';
import { Link, statusPath, submitPath } from '../router';
import { CarriedOut } from '../status/CarriedOut';
import { RatingForm } from '../status/RatingForm';
import { RatingSummary } from '../status/RatingSummary';
import { ReopenForm } from '../status/ReopenForm';
import { Steps } from '../status/Steps';
import { TrackForm } from '../status/TrackForm';
import { Header } from '../ui/Header';
import { Notice } from '../ui/Notice';
import { PendingPage } from '../ui/PendingPage';
import { useLoad } from '../ui/use-load';

/** /t/<tracking code>: what happened to a submission, and at the end "was it solved?". */
export function StatusPage({ code }: { code: string }) {
  const { t, lang } = useT();
  const { result, reload, set } = useLoad(() => getSubmission(code), code);
  // names come in the reader's script (桃园社区 / 桃園社區): asked again, quietly, when the language changes
  const shownIn = useRef(lang);
  useEffect(() => {
    if (shownIn.current === lang) return;
    shownIn.current = lang;
    getSubmission(code).then(set, () => undefined);
  }, [lang, code, set]);
  const found = result.state === 'done' ? result.data.trackingCode : undefined;
  useEffect(() => {
    // a code typed loosely (lower case, 0 for D) shows in the address as it is stored, to copy or share
    if (found && found !== code) history.replaceState(null, '', statusPath(found));
  }, [found, code]);
  if (result.state !== 'done') {
    return (
      <PendingPage
        title={t('statusTitle')}
        result={result}
        onRetry={reload}
        notFound={t('trackingNotFound')}
        showsServerMessage
      >
        {result.state === 'failed' ? <TrackForm initial={code} key={code} /> : null}
        <BackToForm />
      </PendingPage>
    );
  }
  return (
    <>
      <Header title={t('statusTitle')} />
      <main className="page">
        <StatusView s={result.data} onChange={set} />
        <BackToForm />
      </main>
    </>
  );
}

function StatusView({ s, onChange }: { s: PublicSubmission; onChange: (s: PublicSubmission) => void }) {
  const { t, lang } = useT();
  const [notice, setNotice] = useState<MessageKey>();
  const after = (key: MessageKey) => (updated: PublicSubmission) => {
    onChange(updated);
    setNotice(key);
  };
  return (
    <>
      {notice ? <Notice kind="success">{t(notice)}</Notice> : null}
      <section className="card status-card" aria-labelledby="status-code">
        <p className="code-label">{t('trackingCodeLabel')}</p>
        <p className="code code-small" id="status-code" data-testid="tracking-code">
          {s.trackingCode}
        </p>
        <p className={`status-badge status-${s.status}`}>
          <span className="sr-only">{t('statusLabel')}：</span>
          {t(`status_${s.status}` as MessageKey)}
        </p>
        <dl className="facts">
          <dt>{t('placeLabel')}</dt>
          <dd data-testid="place-path">{s.placePath.length ? s.placePath.join(' · ') : s.placeName}</dd>
          {s.category ? (
            <>
              <dt>{t('categoryLabel')}</dt>
              <dd>{s.category}</dd>
            </>
          ) : null}
          <dt>{t('submittedAt')}</dt>
          <dd>{formatDateTime(s.createdAt, lang)}</dd>
        </dl>
        <p className="status-content">{s.content}</p>
        {s.photos.length ? <Photos photos={s.photos} /> : null}
      </section>
      <Steps steps={s.steps} />
      {s.carriedOut ? <CarriedOut carriedOut={s.carriedOut} asksRating={s.canRate} /> : null}
      {/* the outcome carried out is told above; the others (if any) as before */}
      <OutcomesSection outcomes={(s.outcomes ?? []).filter((o) => o.code !== s.carriedOut?.code)} />
      {s.canRate ? <RatingForm code={s.trackingCode} onRated={after('rateThanks')} /> : null}
      {s.rating ? <RatingSummary rating={s.rating} /> : null}
      {s.canReopen ? <ReopenForm code={s.trackingCode} onReopened={after('reopenDone')} /> : null}
    </>
  );
}

/** The photos the resident sent, small; a tap opens one full size. */
function Photos({ photos }: { photos: PublicSubmission['photos'] }) {
  const { t } = useT();
  return (
    <ul className="status-photos" aria-label={t('yourPhotos')}>
      {photos.map((p, i) => (
        <li key={p.id}>
          <a href={p.url} target="_blank" rel="noreferrer">
            <img src={p.url} alt={t('photoN', { n: i + 1 })} loading="lazy" decoding="async" />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Back to the form of the place this phone last used, when it knows one. */
function BackToForm() {
  const { t } = useT();
  const last = readRecent()[0];
  return last?.placeCode ? (
    <p className="back">
      <Link href={submitPath(last.placeCode)}>{t('goToForm')}</Link>
    </p>
  ) : null;
}
