import '../evaluate/evaluate.css';
import { useState } from 'react';
import { getEvaluation } from '../evaluate/api';
import { Counts } from '../evaluate/Counts';
import { EvaluateForm } from '../evaluate/EvaluateForm';
import type { PublicEvaluation } from '../evaluate/types';
import { type MessageKey, useT } from '../i18n';
import { Header } from '../ui/Header';
import { Notice } from '../ui/Notice';
import { PendingPage } from '../ui/PendingPage';
import { useLoad } from '../ui/use-load';

/** /e/<token>: residents rate an outcome (群众评价) — its title and consensus, 1–5 stars, a few words. */
export function EvaluatePage({ code: token }: { code: string }) {
  const { t } = useT();
  const { result, reload, set } = useLoad(() => getEvaluation(token), token);
  if (result.state !== 'done')
    return (
      <PendingPage
        title={t('evaluateTitle')}
        result={result}
        onRetry={reload}
        notFound={t('evaluateNotFound')}
        showsServerMessage
      />
    );
  return <EvaluateView token={token} page={result.data} onChange={set} />;
}

function EvaluateView({
  token,
  page,
  onChange,
}: {
  token: string;
  page: PublicEvaluation;
  onChange: (p: PublicEvaluation) => void;
}) {
  const { t } = useT();
  const [isEditing, setIsEditing] = useState(page.mine === null);
  const [isThanked, setIsThanked] = useState(false);
  const o = page.outcome;
  const sent = (p: PublicEvaluation) => {
    onChange(p);
    setIsEditing(false);
    setIsThanked(true);
    window.scrollTo(0, 0);
  };
  return (
    <>
      <Header title={t('evaluateTitle')} subtitle={o.placeName} />
      <main className="page">
        {isThanked ? <Notice kind="success">{t('evaluateThanks')}</Notice> : null}
        <section className="card" aria-labelledby="ev-outcome">
          <p className="code-label">
            {t('evaluateOutcome')} · {o.code}
            <span className={`ev-status ev-status-${o.status}`}>{t(`evaluateStatus_${o.status}` as MessageKey)}</span>
          </p>
          <h2 id="ev-outcome" className="ev-outcome-title">
            {o.title}
          </h2>
          {o.consensus.length > 0 ? (
            <>
              <p className="outcome-consensus-title">{t('evaluateConsensus')}</p>
              <ol className="outcome-consensus">
                {o.consensus.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
        {!page.isOpen ? (
          <Notice kind="info">{t('evaluateClosed')}</Notice>
        ) : isEditing ? (
          <EvaluateForm
            token={token}
            mine={page.mine}
            onSent={sent}
            onCancel={page.mine ? () => setIsEditing(false) : undefined}
          />
        ) : page.mine ? (
          <Mine mine={page.mine} onChange={() => setIsEditing(true)} />
        ) : null}
        <Counts counts={page.counts} />
      </main>
    </>
  );
}

/** This phone's evaluation, and a way to change it. */
function Mine({ mine, onChange }: { mine: NonNullable<PublicEvaluation['mine']>; onChange: () => void }) {
  const { t } = useT();
  const levels = t('evaluateLevels').split('|');
  return (
    <section className="card" aria-labelledby="ev-mine-title">
      <h2 id="ev-mine-title">{t('evaluateYours')}</h2>
      <p className="rating-line">
        <span className="stars-static ev-mine-stars" aria-hidden="true">
          {'★'.repeat(mine.score)}
          <span className="stars-off">{'★'.repeat(5 - mine.score)}</span>
        </span>
        <span className="sr-only">{t('evaluateStar', { n: mine.score })}</span>
        <strong>{levels[mine.score - 1]}</strong>
      </p>
      {mine.comment ? <p className="ev-mine-comment">{mine.comment}</p> : null}
      <button type="button" className="btn btn-ghost btn-block ev-cancel" onClick={onChange}>
        {t('evaluateChange')}
      </button>
    </section>
  );
}
