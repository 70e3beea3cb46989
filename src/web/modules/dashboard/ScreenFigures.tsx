import { FigureValue } from './FigureValue';
import type { Figure, FigureKey } from './types';
import { useDashboardWords } from './use-words';

// the numbers read out at a glance, one tile each, in this order
const HEADLINE: readonly FigureKey[] = [
  'received',
  'solved',
  'overdue',
  'satisfaction',
  'topics',
  'consultations',
  'participants',
  'outcomesCarriedOut',
  'proposalReplyRate',
  'councils',
  'rooms',
  'members',
];

/** The big screen's headline figures, large; each still opens the records behind it. */
export function ScreenFigures({ figures }: { figures: Figure[] }) {
  const words = useDashboardWords();
  const shown = HEADLINE.flatMap((key) => figures.filter((f) => f.key === key));
  return (
    <ul className="screen-figures">
      {shown.map((f) => (
        <li key={f.key} className="screen-figure">
          <span className="screen-figure-name">{words.figure(f.key)}</span>
          <span className="screen-figure-value">
            <FigureValue value={f.value} unit={f.unit} link={f.link} />
            {f.value !== null && words.suffix(f.unit) && (
              <small className="screen-figure-unit">{words.suffix(f.unit)}</small>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
