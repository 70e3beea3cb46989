import { useT } from '../i18n';
import type { PublicStatement } from './types';

/** Agree / disagree / pass as one stacked bar, with the counts beneath. */
export function VoteBar({ s }: { s: Pick<PublicStatement, 'agree' | 'disagree' | 'pass'> }) {
  const { t } = useT();
  const total = s.agree + s.disagree + s.pass;
  const pct = (n: number) => `${total === 0 ? 0 : (n / total) * 100}%`;
  const counts = t('onlineCounts', { agree: s.agree, disagree: s.disagree, pass: s.pass });
  return (
    <div className="ol-bar-wrap">
      <div className="ol-bar" role="img" aria-label={counts}>
        <span className="ol-agree" style={{ width: pct(s.agree) }} />
        <span className="ol-disagree" style={{ width: pct(s.disagree) }} />
        <span className="ol-pass" style={{ width: pct(s.pass) }} />
      </div>
      <p className="ol-counts" aria-hidden="true">
        {counts}
      </p>
    </div>
  );
}
