import { FieldError } from './Notice';

const STARS = [1, 2, 3, 4, 5] as const;

type Props = {
  /** the radio group's name; its ids are `<id>-1` … `<id>-5`, its error `<id>s-error` */
  name: string;
  id: string;
  legend: string;
  /** the five words of the scale, 1 to 5 */
  levels: string[];
  /** what a screen reader hears for star n */
  starLabel: (n: number) => string;
  /** the scale's two ends written under the stars */
  showEnds?: boolean;
  value: number;
  error: string | undefined;
  onChange: (n: number) => void;
};

/**
 * 1–5 as five radio buttons drawn as large stars, each with its own label ("4 星") for screen
 * readers and tests; the transparent radio lies over its star, so a tap (or a test's click) lands on
 * the radio itself. With the scale's ends shown, the word of the chosen level is read out as it changes.
 */
export function StarField({ name, id, legend, levels, starLabel, showEnds, value, error, onChange }: Props) {
  const errorId = `${id}s-error`;
  return (
    <fieldset className="stars-field" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="stars">
        {STARS.map((n) => (
          <span key={n} className="star">
            <input
              id={`${id}-${n}`}
              className="star-input"
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <label htmlFor={`${id}-${n}`} className={n <= value ? 'is-on' : undefined}>
              <span aria-hidden="true">★</span>
              <span className="sr-only">{starLabel(n)}</span>
            </label>
          </span>
        ))}
      </div>
      {showEnds && (
        <p className="stars-scale ev-scale" aria-hidden="true">
          <span>{levels[0]}</span>
          <span>{levels[4]}</span>
        </p>
      )}
      <p
        className={showEnds ? 'stars-level ev-level' : 'stars-level'}
        aria-live={showEnds ? 'polite' : undefined}
        aria-hidden={showEnds ? undefined : true}
      >
        {value ? levels[value - 1] : '\u00a0'}
      </p>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
