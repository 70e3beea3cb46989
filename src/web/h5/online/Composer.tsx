import { type FormEvent, useState } from 'react';
import { ApiError, NetworkError } from '../api/client';
import type { Challenge } from '../api/types';
import { useT } from '../i18n';
import { FieldError, Notice } from '../ui/Notice';
import { type Answered, postStatement } from './api';
import { ChallengeGate } from './ChallengeGate';
import type { PublicOnline } from './types';

export const TEXT_MIN = 5;
export const TEXT_MAX = 140;
export const NAME_MAX = 20;

type Errors = { text?: string; name?: string; form?: string };

/** 发表观点: one sentence (5–140 characters) and an optional name; the typed text stays on a failure. */
export function Composer({
  token,
  onPosted,
  onClosed,
}: {
  token: string;
  onPosted: (page: PublicOnline) => void;
  onClosed: () => void;
}) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [isBusy, setBusy] = useState(false);
  const [isDone, setDone] = useState(false);
  // past a few new voters from one network the server asks for the image challenge first
  const [asked, setAsked] = useState<{ challenge: Challenge; message: string }>();
  const length = text.trim().length;

  const check = (): Errors => ({
    text:
      length < TEXT_MIN
        ? t('onlineTextTooShort', { min: TEXT_MIN })
        : length > TEXT_MAX
          ? t('onlineTextTooLong', { max: TEXT_MAX })
          : undefined,
    name: name.trim().length > NAME_MAX ? t('onlineNameTooLong', { max: NAME_MAX }) : undefined,
  });

  const send = async (answered?: Answered) => {
    const found = check();
    setErrors(found);
    setDone(false);
    if (found.text || found.name) return;
    setBusy(true);
    try {
      const named = name.trim() ? { name: name.trim() } : {};
      const page = await postStatement(token, { text: text.trim(), ...named, challenge: answered });
      setText('');
      setDone(true);
      setAsked(undefined);
      onPosted(page);
    } catch (err) {
      if (err instanceof ApiError && err.challenge) {
        setAsked({ challenge: err.challenge, message: err.message });
        return;
      }
      if (err instanceof ApiError && err.code === 'online_closed') onClosed();
      setErrors(toErrors(err, t('networkError')));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send();
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="ol-compose-title">
      <h2 id="ol-compose-title">{t('onlineComposeTitle')}</h2>
      {isDone ? <Notice kind="success">{t('onlinePosted')}</Notice> : null}
      <div className="field">
        <label htmlFor="ol-text">{t('onlineTextLabel')}</label>
        <textarea
          id="ol-text"
          rows={3}
          maxLength={TEXT_MAX + 20}
          placeholder={t('onlineTextPlaceholder')}
          value={text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? 'ol-text-count ol-text-error' : 'ol-text-count'}
          onChange={(e) => setText(e.target.value)}
        />
        <p id="ol-text-count" className={`counter${length > TEXT_MAX ? ' is-over' : ''}`}>
          {t('contentCount', { n: length, max: TEXT_MAX })}
        </p>
        <FieldError id="ol-text-error" message={errors.text} />
      </div>
      <div className="field">
        <div className="field-head">
          <label htmlFor="ol-name">{t('onlineNameLabel')}</label>
          <span className="field-tag">{t('optional')}</span>
        </div>
        <p className="field-hint" id="ol-name-hint">
          {t('onlineNameHint')}
        </p>
        <input
          id="ol-name"
          type="text"
          autoComplete="nickname"
          maxLength={NAME_MAX + 10}
          value={name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'ol-name-hint ol-name-error' : 'ol-name-hint'}
          onChange={(e) => setName(e.target.value)}
        />
        <FieldError id="ol-name-error" message={errors.name} />
      </div>
      {errors.form ? <Notice kind="error">{errors.form}</Notice> : null}
      {asked ? <ChallengeGate asked={asked} isBusy={isBusy} onAnswered={send} /> : null}
      <button type="submit" className="btn btn-primary btn-block" disabled={isBusy}>
        {isBusy ? <span className="spinner spinner-light" aria-hidden="true" /> : null}
        {isBusy ? t('onlinePosting') : t('onlinePost')}
      </button>
    </form>
  );
}

/** The server's answer where the resident will look: on the field it names, else above the button. */
function toErrors(err: unknown, networkText: string): Errors {
  if (err instanceof NetworkError || !(err instanceof ApiError)) return { form: networkText };
  const out: Errors = {};
  for (const f of err.fields) if (f.path === 'text' || f.path === 'name') out[f.path] = f.message;
  if (!out.text && !out.name) out.form = err.message;
  return out;
}
