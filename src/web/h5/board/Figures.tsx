import { useState } from 'react';
import type { Board, BoardCounts } from '../api/types';
import { type Lang, useT } from '../i18n';
import { Choice } from './Choice';

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const formatNumber = (n: number, lang: Lang) => {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang);
    numberFormats.set(lang, f);
  }
  return f.format(n);
};

/** 办理情况: collected, sorted, consulted, carried out and satisfaction, this year or all time. */
export function Figures({ board }: { board: Pick<Board, 'year' | 'thisYear' | 'allTime'> }) {
  const { t } = useT();
  const [period, setPeriod] = useState<'year' | 'all'>('year');
  const counts = period === 'year' ? board.thisYear : board.allTime;
  return (
    <section className="card" aria-labelledby="board-figures-title">
      <h2 id="board-figures-title">{t('boardCountsTitle')}</h2>
      <Choice
        legend={t('boardPeriod')}
        options={[
          { value: 'year', label: t('boardPeriodYear', { year: board.year }) },
          { value: 'all', label: t('boardPeriodAll') },
        ]}
        value={period}
        onChange={setPeriod}
      />
      <FigureList counts={counts} />
    </section>
  );
}

function FigureList({ counts: c }: { counts: BoardCounts }) {
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  return (
    <dl className="board-figures">
      <div className="board-figure">
        <dt>{t('boardCollected')}</dt>
        <dd>{n(c.collected)}</dd>
      </div>
      <div className="board-figure">
        <dt>{t('boardSorted')}</dt>
        <dd>{n(c.sorted)}</dd>
      </div>
      <div className="board-figure">
        <dt>{t('boardTopics')}</dt>
        <dd>
          {n(c.topicsConsulted)}
          <small>{t('boardConsultations', { n: n(c.consultations) })}</small>
        </dd>
      </div>
      <div className="board-figure">
        <dt>{t('boardCarriedOut')}</dt>
        <dd>{n(c.carriedOut)}</dd>
      </div>
      <div className="board-figure board-figure-wide">
        <dt>{t('boardSatisfaction')}</dt>
        {c.satisfaction.mean === null ? (
          <dd className="board-figure-none">{t('boardNoRatings')}</dd>
        ) : (
          <dd>
            {t('boardSatisfactionValue', { mean: c.satisfaction.mean.toFixed(1) })}
            <small>{t('boardSatisfactionOf', { n: n(c.satisfaction.rated) })}</small>
          </dd>
        )}
      </div>
    </dl>
  );
}
