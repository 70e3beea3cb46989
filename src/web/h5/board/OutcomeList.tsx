import { useRef, useState } from 'react';
import { ApiError, getBoardOutcomes } from '../api/client';
import type { BoardOutcome, BoardOutcomeFilter, BoardOutcomePage } from '../api/types';
import { type MessageKey, useT } from '../i18n';
import { formatDate } from '../lib/format';
import { Notice } from '../ui/Notice';
import { Choice } from './Choice';

const FILTERS: readonly BoardOutcomeFilter[] = ['all', 'carrying_out', 'carried_out'];

/** 协商成果落实: the outcomes sent from here, newest first, 20 at a time, by status. */
export function OutcomeList({ code, first }: { code: string; first: BoardOutcomePage }) {
  const { t } = useT();
  const [filter, setFilter] = useState<BoardOutcomeFilter>('all');
  const [list, setList] = useState(first);
  const [loading, setLoading] = useState<'filter' | 'more'>();
  const [failed, setFailed] = useState<{ message: string; retry: () => void }>();
  const latest = useRef(0); // an answer to an earlier choice arriving late is dropped

  const load = async (status: BoardOutcomeFilter, page: number) => {
    const id = ++latest.current;
    setLoading(page === 1 ? 'filter' : 'more');
    setFailed(undefined);
    try {
      const next = await getBoardOutcomes(code, status, page);
      if (id !== latest.current) return;
      setList((shown) => (page === 1 ? next : { ...next, items: [...shown.items, ...next.items] }));
    } catch (err) {
      if (id !== latest.current) return;
      const message = err instanceof ApiError ? err.message : t('networkError');
      setFailed({ message, retry: () => load(status, page) });
    } finally {
      if (id === latest.current) setLoading(undefined);
    }
  };

  const choose = (status: BoardOutcomeFilter) => {
    setFilter(status);
    if (status !== 'all') return load(status, 1);
    latest.current++; // the first page of all came with the board
    setList(first);
    setLoading(undefined);
    setFailed(undefined);
  };

  const isEmpty = list.items.length === 0 && !loading && !failed;
  return (
    <section className="card" aria-labelledby="board-outcomes-title">
      <h2 id="board-outcomes-title">{t('boardOutcomesTitle')}</h2>
      <Choice
        legend={t('boardFilter')}
        options={FILTERS.map((f) => ({ value: f, label: t(`boardFilter_${f}`) }))}
        value={filter}
        onChange={choose}
      />
      <p className="board-count" role="status">
        {loading === 'filter' ? t('loading') : t('boardOutcomesCount', { total: list.total })}
      </p>
      {isEmpty ? (
        <p className="board-none">{t(filter === 'all' ? 'boardOutcomesNone' : 'boardOutcomesNoneHere')}</p>
      ) : null}
      <ul className={`board-outcomes${loading === 'filter' ? ' is-stale' : ''}`}>
        {list.items.map((o) => (
          <li key={o.code}>
            <OutcomeCard outcome={o} />
          </li>
        ))}
      </ul>
      {failed ? (
        <Notice
          kind="error"
          action={
            <button type="button" className="btn btn-ghost" onClick={failed.retry}>
              {t('retry')}
            </button>
          }
        >
          {failed.message}
        </Notice>
      ) : null}
      {list.items.length < list.total && loading !== 'filter' ? (
        <button
          type="button"
          className="btn btn-ghost btn-block"
          disabled={loading === 'more'}
          onClick={() => load(filter, list.page + 1)}
        >
          {loading === 'more' ? t('loading') : t('boardMore')}
        </button>
      ) : null}
    </section>
  );
}

function OutcomeCard({ outcome: o }: { outcome: BoardOutcome }) {
  const { t, lang } = useT();
  const { total, accepted, carriedOver } = o.tasks;
  return (
    <article className="board-outcome">
      <p className="board-outcome-head">
        <span className="board-tag">{t(`outcomeType_${o.type}` as MessageKey)}</span>
        <span className={`board-status board-status-${o.status}`}>{t(`boardOutcomeStatus_${o.status}`)}</span>
      </p>
      <h3 className="board-outcome-title">{o.title}</h3>
      {total > 0 ? (
        <div className="board-tasks">
          <p>{t('boardTasks', { done: accepted, total })}</p>
          <progress max={total} value={accepted} aria-hidden="true" />
          {carriedOver > 0 ? <p className="board-carried-over">{t('boardCarriedOver', { n: carriedOver })}</p> : null}
        </div>
      ) : null}
      <p className="board-meta">
        {o.carriedOutAt
          ? t('boardCarriedOutAt', { date: formatDate(o.carriedOutAt, lang) })
          : o.sentAt
            ? t('outcomeSentAt', { date: formatDate(o.sentAt, lang) })
            : null}
        <span className="board-code">{o.code}</span>
      </p>
    </article>
  );
}
