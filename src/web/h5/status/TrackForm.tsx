import { type FormEvent, useId, useState } from 'react';
import { isTrackingCodeShaped, normalizeTrackingCode } from '../../../shared/tracking-code';
import { useT } from '../i18n';
import { navigate, statusPath } from '../router';
import { FieldError } from '../ui/Notice';

/**
 * 查询进度: type the tracking code written on paper and open its page. Case, spaces, full-width and
 * look-alike characters (0 for D, l for T …) are read through here and by the server.
 */
export function TrackForm({ initial = '', asPage = false }: { initial?: string; asPage?: boolean }) {
  const { t } = useT();
  const id = useId();
  const [typed, setTyped] = useState(initial);
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isTrackingCodeShaped(typed)) {
      setError(t(typed.trim() ? 'trackInvalid' : 'trackEmpty'));
      return;
    }
    setError(undefined);
    navigate(statusPath(normalizeTrackingCode(typed)));
  };
  const Title = asPage ? 'p' : 'h2';
  return (
    <form className="card track-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} className={asPage ? 'intro' : undefined}>
        {asPage ? t('trackIntro') : t('trackTitle')}
      </Title>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('trackLabel')}</label>
        <input
          id={`${id}-code`}
          name="trackingCode"
          type="text"
          className="track-input"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={40}
          placeholder="ABCD EFGH JKMN"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-hint`} className="field-hint">
          {t('trackHint')}
        </p>
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <button type="submit" className="btn btn-primary btn-block">
        {t('trackSubmit')}
      </button>
    </form>
  );
}
