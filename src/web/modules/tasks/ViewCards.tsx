import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskBoardView } from './types';

// the board's order: what needs pressing first, then what awaits acceptance, then the totals
const ORDER = [
  'overdue',
  'due_soon',
  'stalled',
  'urged',
  'escalated',
  'to_accept',
  'open',
  'closed',
] as const satisfies readonly TaskBoardView[];

const ACCENTS = {
  overdue: '#cf1322',
  due_soon: '#d48806',
  stalled: '#d48806',
  urged: '#d4380d',
  escalated: '#c41d7f',
  to_accept: '#1677ff',
  open: '#5c6b7a',
  closed: '#389e0d',
} as const satisfies Record<TaskBoardView, string>;

type Props = {
  value: TaskBoardView;
  counts: Partial<Record<TaskBoardView, number>> | undefined;
  onChange: (view: TaskBoardView) => void;
  label: string;
};

/** One card per view with its count (逾期 3, 即将到期 5 …); the chosen card filters the list. */
export function ViewCards({ value, counts, onChange, label }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="view-cards">
      <legend className="task-sr-only">{label}</legend>
      {ORDER.map((view) => (
        <button
          key={view}
          type="button"
          className={`view-card${view === value ? ' is-active' : ''}`}
          aria-pressed={view === value}
          style={{ '--view-accent': ACCENTS[view] } as CSSProperties}
          onClick={() => onChange(view)}
        >
          <span className="view-card-label">{t(`tasks.views.${view}`)}</span>
          <span className="view-card-count">{counts?.[view] ?? '–'}</span>
        </button>
      ))}
    </fieldset>
  );
}
