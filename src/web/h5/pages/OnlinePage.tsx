import '../online/online.css';
import { useRef } from 'react';
import { useT } from '../i18n';
import { formatDateTime } from '../lib/format';
import { Agreement } from '../online/Agreement';
import { getOnline } from '../online/api';
import { Composer } from '../online/Composer';
import { stableOrder } from '../online/order';
import { StatementCard } from '../online/StatementCard';
import type { PublicOnline, PublicStatement } from '../online/types';
import { Header } from '../ui/Header';
import { Notice } from '../ui/Notice';
import { PendingPage } from '../ui/PendingPage';
import { useLoad } from '../ui/use-load';

/** /o/<token>: residents read the topic, post short statements and vote on others' (网络协商). */
export function OnlinePage({ code: token }: { code: string }) {
  const { t } = useT();
  const { result, reload, set } = useLoad(() => getOnline(token), token);

  if (result.state !== 'done') {
    return (
      <PendingPage
        title={t('onlineTitle')}
        result={result}
        onRetry={reload}
        notFound={t('onlineNotFound')}
        showsServerMessage
      />
    );
  }
  return <OnlineView token={token} page={result.data} onChange={set} onReload={reload} />;
}

function OnlineView({
  token,
  page,
  onChange,
  onReload,
}: {
  token: string;
  page: PublicOnline;
  onChange: (p: PublicOnline) => void;
  onReload: () => void;
}) {
  const { t } = useT();
  const statements = useStableOrder(page.statements);
  return (
    <>
      <Header title={page.title} subtitle={page.placeName} />
      <main className="page">
        <section className="card" aria-labelledby="ol-topic">
          <p className="code-label">{t('onlineTopic')}</p>
          <h2 id="ol-topic">{page.topic.title}</h2>
          <p className="ol-description">{page.topic.description}</p>
        </section>
        <WindowBanner page={page} />
        {page.isOpen ? <Composer token={token} onPosted={onChange} onClosed={onReload} /> : null}
        <section aria-labelledby="ol-statements-title">
          <h2 id="ol-statements-title" className="ol-section-title">
            {t('onlineStatementsTitle')}
          </h2>
          {statements.length === 0 ? <p className="card ol-empty">{t('onlineStatementsEmpty')}</p> : null}
          <ul className="ol-list">
            {statements.map((s) => (
              <StatementCard
                key={s.id}
                token={token}
                s={s}
                isOpen={page.isOpen}
                onChange={onChange}
                onClosed={onReload}
              />
            ))}
          </ul>
        </section>
        <Agreement statements={page.statements} />
        <p className="back">
          <button type="button" className="btn btn-ghost" onClick={onReload}>
            {t('onlineRefresh')}
          </button>
        </p>
      </main>
    </>
  );
}

function WindowBanner({ page }: { page: PublicOnline }) {
  const { t, lang } = useT();
  const count = page.participantCount > 0 ? ` · ${t('onlineParticipants', { n: page.participantCount })}` : '';
  if (page.isOpen)
    return (
      <Notice kind="success">
        {page.closesAt ? t('onlineOpen', { time: formatDateTime(page.closesAt, lang) }) : t('onlineOpenNoEnd')}
        {count}
        <br />
        <small>{t('onlineHowTo')}</small>
      </Notice>
    );
  const isUpcoming = new Date(page.opensAt).getTime() > Date.now();
  return (
    <Notice kind="info">
      {isUpcoming ? t('onlineUpcoming', { time: formatDateTime(page.opensAt, lang) }) : t('onlineClosed')}
      {count}
    </Notice>
  );
}

/** The statements in the order the phone shows them (see stableOrder). */
function useStableOrder(statements: PublicStatement[]) {
  const order = useRef<string[] | null>(null);
  order.current = stableOrder(
    order.current,
    statements.map((s) => s.id),
  );
  const byId = new Map(statements.map((s) => [s.id, s]));
  return order.current.flatMap((id) => byId.get(id) ?? []);
}
