import { useT } from '../i18n';
import { formatDateTime } from '../lib/format';
import type { Attended } from './types';

/** After signing in: a big tick, the name and the time, and whether they were on the invitation list. */
export function AttendedView({ attended, onAnother }: { attended: Attended; onAnother: () => void }) {
  const { t, lang } = useT();
  return (
    <section className="success" aria-labelledby="attend-success-title">
      <div className="success-mark" aria-hidden="true">
        ✓
      </div>
      <h2 id="attend-success-title">{t('attendSuccessTitle')}</h2>
      <p>{t('attendSuccessName', { name: attended.name })}</p>
      <p>{t('attendSuccessTime', { time: formatDateTime(attended.attendedAt, lang) })}</p>
      <p className="intro">{attended.isInvited ? t('attendInvited') : t('attendWalkIn')}</p>
      <button type="button" className="btn btn-ghost btn-block" onClick={onAnother}>
        {t('attendAnother')}
      </button>
    </section>
  );
}
