import { useT } from '../i18n';
import { FieldError } from '../ui/Notice';
import { CONTENT_MAX } from './validate';

/** 反映的事项: the one required field, with a counter so nobody is surprised by the limit. */
export function ContentField({
  value,
  error,
  onChange,
}: {
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useT();
  const length = value.trim().length;
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor="content">{t('contentLabel')}</label>
        <span className="field-tag field-tag-required">{t('required')}</span>
      </div>
      <textarea
        id="content"
        rows={5}
        required
        maxLength={CONTENT_MAX + 50}
        placeholder={t('contentPlaceholder')}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'content-count content-error' : 'content-count'}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id="content-count" className={`counter${length > CONTENT_MAX ? ' is-over' : ''}`}>
        {t('contentCount', { n: length, max: CONTENT_MAX })}
      </p>
      <FieldError id="content-error" message={error} />
    </div>
  );
}

/** A native select: on a cheap phone the system picker is the fastest and the most familiar. */
export function SelectField({
  id,
  label,
  value,
  error,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  options: { id: string; name: string }[];
  onChange: (v: string) => void;
}) {
  const { t } = useT();
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        <span className="field-tag">{t('optional')}</span>
      </div>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
