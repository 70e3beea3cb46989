import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useT } from '../i18n';
import { SelectField } from '../submit/fields';
import { FieldError, Notice } from '../ui/Notice';
import { signInAttendance } from './api';
import { ATTEND_KINDS, type Attended } from './types';
import {
  AFFILIATION_MAX,
  type AttendDraft,
  type AttendErrors,
  asAttendKind,
  attendFieldErrors,
  emptyAttendDraft,
  kindLabelKey,
  NAME_MAX,
  toAttendRequest,
  validateAttend,
} from './validate';

/** 姓名 (required), 单位/身份 and 身份类别; one tap signs in, a second tap while waiting does nothing. */
export function AttendForm({
  token,
  onDone,
  onClosed,
}: {
  token: string;
  onDone: (a: Attended) => void;
  onClosed: () => void; // the server says sign-in closed meanwhile
}) {
  const { t } = useT();
  const [draft, setDraft] = useState<AttendDraft>(emptyAttendDraft);
  const [errors, setErrors] = useState<AttendErrors>({});
  const [formError, setFormError] = useState<string>();
  const [isSending, setIsSending] = useState(false);
  const inFlight = useRef(false);

  const change = (patch: Partial<AttendDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch) as (keyof AttendDraft)[]) delete next[k];
      return next;
    });
    setFormError(undefined);
  };

  const show = (found: AttendErrors) => {
    setErrors(found);
    const first = (['name', 'affiliation', 'kind'] as const).find((k) => found[k]);
    if (first) document.getElementById(`attend-${first}`)?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return;
    const found = validateAttend(draft, t);
    if (Object.keys(found).length) return show(found);
    inFlight.current = true;
    setIsSending(true);
    setFormError(undefined);
    try {
      onDone(await signInAttendance(token, toAttendRequest(draft)));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'attendance_closed') onClosed();
      else if (err instanceof ApiError) {
        setFormError(err.message);
        show(attendFieldErrors(err.fields));
      } else setFormError(t('networkError')); // what was typed stays; the same tap retries
    } finally {
      inFlight.current = false;
      setIsSending(false);
    }
  };

  const describe = (k: keyof AttendErrors) => (errors[k] ? `attend-${k}-error` : undefined);

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="intro">{t('attendIntro')}</p>
      <div className="field">
        <div className="field-head">
          <label htmlFor="attend-name">{t('attendNameLabel')}</label>
          <span className="field-tag field-tag-required">{t('required')}</span>
        </div>
        <input
          id="attend-name"
          type="text"
          autoComplete="name"
          required
          maxLength={NAME_MAX + 10}
          value={draft.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describe('name')}
          onChange={(e) => change({ name: e.target.value })}
        />
        <FieldError id="attend-name-error" message={errors.name} />
      </div>
      <div className="field">
        <div className="field-head">
          <label htmlFor="attend-affiliation">{t('attendAffiliationLabel')}</label>
          <span className="field-tag">{t('optional')}</span>
        </div>
        <input
          id="attend-affiliation"
          type="text"
          autoComplete="organization"
          maxLength={AFFILIATION_MAX + 10}
          placeholder={t('attendAffiliationPlaceholder')}
          value={draft.affiliation}
          aria-invalid={errors.affiliation ? true : undefined}
          aria-describedby={describe('affiliation')}
          onChange={(e) => change({ affiliation: e.target.value })}
        />
        <FieldError id="attend-affiliation-error" message={errors.affiliation} />
      </div>
      <SelectField
        id="attend-kind"
        label={t('attendKindLabel')}
        value={draft.kind}
        error={errors.kind}
        onChange={(v) => change({ kind: asAttendKind(v) })}
        options={[
          { id: '', name: t('attendKindNone') },
          ...ATTEND_KINDS.map((k) => ({ id: k, name: t(kindLabelKey(k)) })),
        ]}
      />
      {formError ? <Notice kind="error">{formError}</Notice> : null}
      <button type="submit" className="btn btn-primary btn-block" disabled={isSending} aria-busy={isSending}>
        {isSending ? <span className="spinner spinner-light" aria-hidden="true" /> : null}
        {isSending ? t('attendSubmitting') : t('attendSubmit')}
      </button>
    </form>
  );
}
