import type { PublicSubmission } from '../api/types';
import { useT } from '../i18n';

/**
 * 办理结果: the submission closed with its topic's outcome, carried out (已落实) — its title and the
 * consensus that was carried out; the rating form follows when the resident has not rated yet.
 */
export function CarriedOut({
  carriedOut,
  asksRating,
}: {
  carriedOut: NonNullable<PublicSubmission['carriedOut']>;
  asksRating: boolean;
}) {
  const { t } = useT();
  return (
    <section className="card carried-out" aria-labelledby="carried-out-title">
      <h2 id="carried-out-title">{t('carriedOutTitle')}</h2>
      <p className="carried-out-intro">{t('carriedOutIntro')}</p>
      <h3 className="carried-out-outcome">{carriedOut.title}</h3>
      {carriedOut.consensus.length > 0 ? (
        <>
          <p className="carried-out-consensus-title">{t('carriedOutConsensus')}</p>
          <ol className="carried-out-consensus">
            {carriedOut.consensus.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ol>
        </>
      ) : null}
      {asksRating ? <p className="carried-out-ask">{t('carriedOutAsk')}</p> : null}
    </section>
  );
}
