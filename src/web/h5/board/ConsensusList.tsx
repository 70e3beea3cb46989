import type { Board } from '../api/types';
import { useT } from '../i18n';
import { formatDate } from '../lib/format';
import { groupByConsultation } from './group';

/** 最近的协商共识: what the latest concluded consultations agreed, under each consultation. */
export function ConsensusList({ items }: { items: Board['consensus'] }) {
  const { t, lang } = useT();
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="board-consensus-title">
      <h2 id="board-consensus-title">{t('boardConsensusTitle')}</h2>
      {groupByConsultation(items).map((g) => (
        <article key={g.code} className="board-consensus">
          <h3 className="board-consensus-title">{g.title}</h3>
          <p className="board-meta">{t('boardConsensusHeld', { date: formatDate(g.heldAt, lang) })}</p>
          <ol>
            {g.items.map((i) => (
              <li key={i.number} value={i.number}>
                {i.text}
              </li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  );
}
