import { useT } from '../i18n';
import type { PublicEvaluation } from './types';

/** How residents rated it: how many, the mean, and a bar per score (5 stars first). */
export function Counts({ counts }: { counts: PublicEvaluation['counts'] }) {
  const { t } = useT();
  const most = Math.max(1, ...counts.byScore);
  return (
    <section className="card" aria-labelledby="ev-counts-title">
      <h2 id="ev-counts-title">{t('evaluateCountsTitle')}</h2>
      {counts.count === 0 || counts.mean === null ? (
        <p className="ev-muted">{t('evaluateCountsNone')}</p>
      ) : (
        <>
          <p className="ev-summary">
            <span className="stars-static" aria-hidden="true">
              {'★'.repeat(Math.round(counts.mean))}
              <span className="stars-off">{'★'.repeat(5 - Math.round(counts.mean))}</span>
            </span>{' '}
            {t('evaluateCounts', { n: counts.count, mean: counts.mean.toFixed(1) })}
          </p>
          <ul className="ev-bars">
            {[5, 4, 3, 2, 1].map((n) => {
              const count = counts.byScore[n - 1] ?? 0;
              return (
                <li key={n}>
                  <span className="sr-only">{t('evaluateBarLabel', { n, count })}</span>
                  <span className="ev-bar-n" aria-hidden="true">
                    {n}★
                  </span>
                  <span className="ev-bar" aria-hidden="true">
                    <span style={{ width: `${(count / most) * 100}%` }} />
                  </span>
                  <span className="ev-bar-count" aria-hidden="true">
                    {count}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
