import { type FormEvent, useRef, useState } from 'react';
import { ApiError, rateSubmission } from '../api/client';
import type { PublicSubmission } from '../api/types';
import { useT } from '../i18n';
import { FieldError, Notice } from '../ui/Notice';
import { Stars } from './Stars';

/** 问题解决了吗？ Solved or not, 1–5 stars, an optional comment; once. */
export function RatingForm({ code, onRated }: { code: string; onRated: (s: PublicSubmission) => void }) {
  const { t } = useT();
  const [solved, setSolved] = useState<boolean>();
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ solved?: string; stars?: string; comment?: string }>({});
  const [formError, setFormError] = useState<string>();
  const [isSending, setIsSending] = useState(false);
  const inFlight = useRef(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return;
    const found = {
      solved: solved === undefined ? t('rateChooseSolved') : undefined,
      stars: stars < 1 ? t('rateChooseStars') : undefined,
    };
    if (found.solved || found.stars) return setErrors(found);
    inFlight.current = true;
    setIsSending(true);
    setFormError(undefined);
    try {
      const trimmed = comment.trim();
      onRated(
        await rateSubmission(code, {
          solved: solved === true,
          satisfaction: stars,
          ...(trimmed ? { comment: trimmed } : {}),
        }),
      );
    } catch (err) {
      setFormError(err instanceof ApiError ? err.message : t('networkError'));
      if (err instanceof ApiError) setErrors({ comment: err.fields.find((f) => f.path === 'comment')?.message });
    } finally {
      inFlight.current = false;
      setIsSending(false);
    }
  };

  const choose = (v: boolean) => {
    setSolved(v);
    setErrors((x) => ({ ...x, solved: undefined }));
  };

  return (
    <form className="card rating" onSubmit={submit} noValidate aria-labelledby="rate-title">
      <h2 id="rate-title">{t('rateTitle')}</h2>
      <fieldset className="choice-field" aria-describedby={errors.solved ? 'solved-error' : undefined}>
        <legend className="sr-only">{t('rateTitle')}</legend>
        <div className="choice">
          <button type="button" className="btn btn-choice" aria-pressed={solved === true} onClick={() => choose(true)}>
            {t('rateSolved')}
          </button>
          <button
            type="button"
            className="btn btn-choice"
            aria-pressed={solved === false}
            onClick={() => choose(false)}
          >
            {t('rateNotSolved')}
          </button>
        </div>
      </fieldset>
      <FieldError id="solved-error" message={errors.solved} />
      <Stars
        value={stars}
        error={errors.stars}
        onChange={(n) => {
          setStars(n);
          setErrors((x) => ({ ...x, stars: undefined }));
        }}
      />
      <div className="field">
        <div className="field-head">
          <label htmlFor="rating-comment">{t('rateComment')}</label>
          <span className="field-tag">{t('optional')}</span>
        </div>
        <textarea
          id="rating-comment"
          rows={3}
          maxLength={300}
          value={comment}
          aria-describedby={errors.comment ? 'rating-comment-error' : undefined}
          onChange={(e) => setComment(e.target.value)}
        />
        <FieldError id="rating-comment-error" message={errors.comment} />
      </div>
      {formError ? <Notice kind="error">{formError}</Notice> : null}
      <button type="submit" className="btn btn-primary btn-block" disabled={isSending} aria-busy={isSending}>
        {isSending ? <span className="spinner spinner-light" aria-hidden="true" /> : null}
        {t('rateSubmit')}
      </button>
    </form>
  );
}
