import { useT } from '../i18n';
import { FieldError } from '../ui/Notice';

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * 满意度 as five radio buttons drawn as stars: each has its own label ("4 星") for screen readers and
 * tests; the transparent radio lies over its star, so a tap (or a test's click) lands on the radio itself.
 */
export function Stars({
  value,
  error,
  onChange,
}: {
  value: number;
  error: string | undefined;
  onChange: (n: number) => void;
}) {
  const { t } = useT();
  const levels = t('rateLevels').split('|');
  return (
    <fieldset className="stars-field" aria-describedby={error ? 'stars-error' : undefined}>
      <legend>{t('rateSatisfaction')}</legend>
      <div className="stars">
        {STARS.map((n) => (
          <span key={n} className="star">
            <input
              id={`star-${n}`}
              className="star-input"
              type="radio"
              name="satisfaction"
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <label htmlFor={`star-${n}`} className={n <= value ? 'is-on' : undefined}>
              <span aria-hidden="true">★</span>
              <span className="sr-only">{t('rateStar', { n })}</span>
            </label>
          </span>
        ))}
      </div>
      <p className="stars-level" aria-hidden="true">
        {value ? levels[value - 1] : '\u00a0'}
      </p>
      <FieldError id="stars-error" message={error} />
    </fieldset>
  );
}
