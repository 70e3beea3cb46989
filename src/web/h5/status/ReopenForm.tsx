import { type FormEvent, useRef, useState } from 'react';
import { ApiError, reopenSubmission } from '../api/client';
import type { PublicSubmission } from '../api/types';
import { useT } from '../i18n';
import { Notice } from '../ui/Notice';

/** Not solved: the resident may send it back to be sorted again, once, with an optional reason. */
export function ReopenForm({ code, onReopened }: { code: string; onReopened: (s: PublicSubmission) => void }) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string>();
  const [isSending, setIsSending] = useState(false);
  const inFlight = useRef(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setIsSending(true);
    setFormError(undefined);
    try {
      onReopened(await reopenSubmission(code, reason.trim() || undefined));
    } catch (err) {
      setFormError(err instanceof ApiError ? err.message : t('networkError'));
    } finally {
      inFlight.current = false;
      setIsSending(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="reopen-title">
      <h2 id="reopen-title">{t('reopenTitle')}</h2>
      <div className="field">
        <div className="field-head">
          <label htmlFor="reopen-reason">{t('reopenReason')}</label>
          <span className="field-tag">{t('optional')}</span>
        </div>
        <textarea
          id="reopen-reason"
          rows={3}
          maxLength={300}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {formError ? <Notice kind="error">{formError}</Notice> : null}
      <button type="submit" className="btn btn-primary btn-block" disabled={isSending} aria-busy={isSending}>
        {isSending ? <span className="spinner spinner-light" aria-hidden="true" /> : null}
        {t('reopenSubmit')}
      </button>
    </form>
  );
}
