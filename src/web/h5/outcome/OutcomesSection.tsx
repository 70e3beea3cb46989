import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import './outcome.css';
import type { PublicOutcome } from '../api/types';
import { type Lang, type MessageKey, useT } from '../i18n';

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
function formatDate(iso: string, lang: Lang) {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: DEPLOYMENT_TIME_ZONE });
    dateFormats.set(lang, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

/** 协商成果: what the consultation on the resident's matter agreed, and whether it was answered. */
export function OutcomesSection({ outcomes }: { outcomes: PublicOutcome[] }) {
  const { t, lang } = useT();
  if (outcomes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">{t('outcomesTitle')}</h2>
      <p className="outcome-intro">{t('outcomesIntro')}</p>
      {outcomes.map((o) => (
        <article key={o.code} className="outcome">
          <p className="outcome-type">{t(`outcomeType_${o.type}` as MessageKey)}</p>
          <h3 className="outcome-title">{o.title}</h3>
          {o.sentAt ? <p className="outcome-meta">{t('outcomeSentAt', { date: formatDate(o.sentAt, lang) })}</p> : null}
          {o.consensus.length > 0 ? (
            <>
              <p className="outcome-consensus-title">{t('outcomeConsensus')}</p>
              <ol className="outcome-consensus">
                {o.consensus.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ol>
            </>
          ) : null}
          {o.replied || o.instructed ? (
            <p className="outcome-marks">
              {o.replied ? <span className="outcome-mark">✓ {t('outcomeReplied')}</span> : null}
              {o.instructed ? <span className="outcome-mark">✓ {t('outcomeInstructed')}</span> : null}
            </p>
          ) : null}
        </article>
      ))}
    </section>
  );
}
