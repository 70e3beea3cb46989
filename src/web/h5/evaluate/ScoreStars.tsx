import { useT } from '../i18n';
import { FieldError } from '../ui/Notice';

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * 1–5 stars with the words of the scale (非常不满意 … 非常满意) under them: five radio buttons drawn
 * as large stars (the tracking page's rating looks the same), each labelled "4 星" for screen readers.
 */
export function ScoreStars({
  value,
  error,
  onChange,
}: {
  value: number;
  error: string | undefined;
  onChange: (n: number) => void;
}) {
  const { t } = useT();
  const levels = t('evaluateLevels').split('|');
  return (
    <fieldset className="stars-field" aria-describedby={error ? 'ev-stars-error' : undefined}>
      <legend>{t('evaluateQuestion')}</legend>
      <div className="stars">
        {STARS.map((n) => (
          <span key={n} className="star">
            <input
              id={`ev-star-${n}`}
              className="star-input"
              type="radio"
              name="score"
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <label htmlFor={`ev-star-${n}`} className={n <= value ? 'is-on' : undefined}>
              <span aria-hidden="true">★</span>
              <span className="sr-only">{`${t('evaluateStar', { n })} ${levels[n - 1]}`}</span>
            </label>
          </span>
        ))}
      </div>
      <p className="ev-scale" aria-hidden="true">
        <span>{levels[0]}</span>
        <span>{levels[4]}</span>
      </p>
      <p className="stars-level ev-level" aria-live="polite">
        {value ? levels[value - 1] : '\u00a0'}
      </p>
      <FieldError id="ev-stars-error" message={error} />
    </fieldset>
  );
}
