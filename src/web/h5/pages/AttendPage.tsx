import { useState } from 'react';
import { AttendedView } from '../attend/AttendedView';
import { AttendForm } from '../attend/AttendForm';
import { getAttendance } from '../attend/api';
import { readAttended, rememberAttended } from '../attend/remembered';
import type { Attended, PublicAttendance } from '../attend/types';
import { attendanceWindow, opensAt } from '../attend/validate';
import { type Lang, type Translate, useT } from '../i18n';
import { formatDateTime } from '../lib/format';
import { Header } from '../ui/Header';
import { Notice } from '../ui/Notice';
import { PendingPage } from '../ui/PendingPage';
import { useLoad } from '../ui/use-load';

/** /a/<token>: an attendee scans the consultation's QR code and signs in with their name. */
export function AttendPage({ code: token }: { code: string }) {
  const { t, lang } = useT();
  const { result, reload } = useLoad(() => getAttendance(token), token);
  const [attended, setAttended] = useState(() => readAttended(token));

  if (result.state !== 'done') {
    return <PendingPage title={t('attendTitle')} result={result} onRetry={reload} notFound={t('attendNotFound')} />;
  }

  const a = result.data;
  const done = (signed: Attended | undefined) => {
    rememberAttended(token, signed);
    setAttended(signed);
    window.scrollTo(0, 0);
  };
  const stage = attendanceWindow(a, new Date());

  return (
    <>
      <Header title={a.title} subtitle={a.placeName} />
      <main className="page">
        <section className="card" aria-label={t('attendTitle')}>
          <dl className="facts">
            <dt>{t('attendTime')}</dt>
            <dd>{formatDateTime(a.startsAt, lang)}</dd>
            {a.venue ? (
              <>
                <dt>{t('attendVenue')}</dt>
                <dd>{a.venue}</dd>
              </>
            ) : null}
          </dl>
        </section>
        {attended ? (
          <AttendedView attended={attended} onAnother={() => done(undefined)} />
        ) : stage === 'open' ? (
          <AttendForm token={token} onDone={done} onClosed={reload} />
        ) : (
          <Notice kind={stage === 'not_yet' ? 'info' : 'error'}>{closedText(stage, a, t, lang)}</Notice>
        )}
      </main>
    </>
  );
}

/** Why there is no form: cancelled, ended, not open yet (and when it opens), or closed for the day. */
function closedText(w: ReturnType<typeof attendanceWindow>, a: PublicAttendance, t: Translate, lang: Lang) {
  if (w === 'cancelled') return t('attendCancelled');
  if (w === 'concluded') return t('attendConcluded');
  if (w === 'not_yet') return t('attendNotYet', { time: formatDateTime(opensAt(a.startsAt).toISOString(), lang) });
  return t('attendClosed');
}
