import type { PublicSubmission } from '../api/types';
import { useT } from '../i18n';

/** What the resident said when rating. */
export function RatingSummary({ rating }: { rating: NonNullable<PublicSubmission['rating']> }) {
  const { t } = useT();
  const levels = t('rateLevels').split('|');
  return (
    <section className="card" aria-labelledby="rating-summary-title">
      <h2 id="rating-summary-title">{t('yourRating')}</h2>
      <p className="rating-line">
        <strong>{rating.solved ? t('rateSolved') : t('rateNotSolved')}</strong>
        <span className="stars-static" aria-hidden="true">
          {'★'.repeat(rating.satisfaction)}
          <span className="stars-off">{'★'.repeat(5 - rating.satisfaction)}</span>
        </span>
        <span>
          <span className="sr-only">{t('rateStar', { n: rating.satisfaction })} </span>
          {levels[rating.satisfaction - 1]}
        </span>
      </p>
      {rating.comment ? <p className="step-note">{rating.comment}</p> : null}
    </section>
  );
}
