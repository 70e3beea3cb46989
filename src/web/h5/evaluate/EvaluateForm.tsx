import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import type { Challenge } from '../api/types';
import { useT } from '../i18n';
import { ChallengeField } from '../submit/ChallengeField';
import { FieldError, Notice } from '../ui/Notice';
import { sendEvaluation } from './api';
import { COMMENT_MAX as MAX } from './limits';
import { ScoreStars } from './ScoreStars';
import type { PublicEvaluation } from './types';

/**
 * 群众评价: 1–5 stars and, if the resident wishes, a few words; sent again, it changes theirs. When
 * many new evaluators came from one network the server asks for the image challenge first.
 */
export function EvaluateForm({
  token,
  mine,
  onSent,
  onCancel,
}: {
  token: string;
  mine: PublicEvaluation['mine'];
  onSent: (page: PublicEvaluation) => void;
  onCancel?: () => void;
}) {
  const { t } = useT();
  const [score, setScore] = useState(mine?.score ?? 0);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [errors, setErrors] = useState<{ score?: string; comment?: string }>({});
  const [formError, setFormError] = useState<string>();
  const [asked, setAsked] = useState<{ challenge: Challenge; message: string }>();
  const [answer, setAnswer] = useState('');
  const [isSending, setIsSending] = useState(false);
  const inFlight = useRef(false);
  const length = comment.trim().length; // as the server counts (UTF-16 units)

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return;
    const found = {
      score: score < 1 ? t('evaluateChooseStars') : undefined,
      comment: length > MAX ? t('evaluateCommentTooLong', { max: MAX }) : undefined,
    };
    setErrors(found);
    if (found.score || found.comment) return;
    inFlight.current = true;
    setIsSending(true);
    setFormError(undefined);
    try {
      const trimmed = comment.trim();
      const challenge = asked && answer.trim() ? { id: asked.challenge.id, answer: answer.trim() } : undefined;
      onSent(await sendEvaluation(token, { score, ...(trimmed ? { comment: trimmed } : {}), challenge }));
    } catch (err) {
      if (err instanceof ApiError && err.challenge) {
        setAsked({ challenge: err.challenge, message: err.message });
        setAnswer('');
      } else {
        setFormError(err instanceof ApiError ? err.message : t('networkError'));
        if (err instanceof ApiError) setErrors({ comment: err.fields.find((f) => f.path === 'comment')?.message });
      }
    } finally {
      inFlight.current = false;
      setIsSending(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-label={t('evaluateTitle')}>
      <ScoreStars
        value={score}
        error={errors.score}
        onChange={(n) => {
          setScore(n);
          setErrors((x) => ({ ...x, score: undefined }));
        }}
      />
      <div className="field">
        <div className="field-head">
          <label htmlFor="ev-comment">{t('evaluateComment')}</label>
          <span className="field-tag">{t('optional')}</span>
        </div>
        <textarea
          id="ev-comment"
          rows={3}
          value={comment}
          placeholder={t('evaluateCommentPlaceholder')}
          aria-describedby={errors.comment ? 'ev-comment-count ev-comment-error' : 'ev-comment-count'}
          onChange={(e) => setComment(e.target.value)}
        />
        <p id="ev-comment-count" className={`counter${length > MAX ? ' is-over' : ''}`}>
          {t('evaluateCommentCount', { n: length, max: MAX })}
        </p>
        <FieldError id="ev-comment-error" message={errors.comment} />
      </div>
      {asked ? (
        <ChallengeField
          challenge={asked.challenge}
          message={asked.message}
          answer={answer}
          onAnswer={setAnswer}
          onChallenge={(challenge) => setAsked((a) => (a ? { ...a, challenge } : a))}
        />
      ) : null}
      {formError ? <Notice kind="error">{formError}</Notice> : null}
      <button type="submit" className="btn btn-primary btn-block" disabled={isSending} aria-busy={isSending}>
        {isSending ? <span className="spinner spinner-light" aria-hidden="true" /> : null}
        {mine ? t('evaluateUpdate') : t('evaluateSubmit')}
      </button>
      {onCancel ? (
        <button type="button" className="btn btn-ghost btn-block ev-cancel" onClick={onCancel}>
          {t('evaluateCancel')}
        </button>
      ) : null}
      <p className="field-hint ev-once">{t('evaluateOnce')}</p>
    </form>
  );
}
