import { type FormEvent, useRef, useState } from 'react';
import { ApiError, createSubmission } from '../api/client';
import type { Challenge, PublicPlace, SubmissionCreated } from '../api/types';
import { useT } from '../i18n';
import { uuid } from '../lib/uuid';
import { Notice } from '../ui/Notice';
import { ChallengeField } from './ChallengeField';
import { ContactFields } from './ContactFields';
import { ContentField, SelectField } from './fields';
import { MemberField } from './MemberField';
import { PhotoField } from './PhotoField';
import { usePhotoUploads } from './photo-uploads';
import { type Draft, emptyDraft, type FieldErrors, serverFieldErrors, toRequest, validateDraft } from './validate';

const FIELD_ORDER = [
  'content',
  'categoryId',
  'placeId',
  'addressedMemberId',
  'photos',
  'contactName',
  'phone',
  'consent',
] as const;

/** One form fill: what happened, where, optional photos and contact, sent once whatever the network does. */
export function SubmitForm({
  place,
  onDone,
}: {
  place: PublicPlace;
  onDone: (created: SubmissionCreated, content: string) => void;
}) {
  const { t } = useT();
  // one key per form fill, reused on every retry: the server never files it twice
  const [idempotencyKey] = useState(uuid);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  // a refusal about fields goes away once those fields are corrected; a network failure stays until the retry
  const [formError, setFormError] = useState<{ message: string; isAboutFields: boolean }>();
  const [challenge, setChallenge] = useState<{ c: Challenge; message: string }>();
  const [answer, setAnswer] = useState('');
  const [isSending, setIsSending] = useState(false);
  const inFlight = useRef(false);
  const uploads = usePhotoUploads(place.code, t('networkError'));

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch) as (keyof Draft)[]) delete next[k];
      return next;
    });
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const first = FIELD_ORDER.find((k) => (k === 'photos' ? found.photoIds : found[k]));
    if (first) document.getElementById(first)?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return; // a second tap while the first is on its way
    const found = validateDraft(draft, t);
    if (uploads.isBusy) found.photoIds = t('photosBusy');
    else if (uploads.photos.some((p) => p.state === 'failed')) found.photoIds = t('photosFailed');
    if (Object.keys(found).length) {
      setFormError({ message: t('fixFields'), isAboutFields: true });
      return showErrors(found);
    }
    inFlight.current = true;
    setIsSending(true);
    setFormError(undefined);
    try {
      const body = toRequest(draft, uploads.ids);
      if (challenge) body.challenge = { id: challenge.c.id, answer: answer.trim() };
      const created = await createSubmission(place.code, idempotencyKey, body);
      onDone(created, body.content);
    } catch (err) {
      if (err instanceof ApiError && err.challenge) {
        setChallenge({ c: err.challenge, message: err.message });
        setAnswer('');
      } else if (err instanceof ApiError) {
        const fields = serverFieldErrors(err.fields);
        setFormError({ message: err.message, isAboutFields: Object.keys(fields).length > 0 });
        showErrors(fields);
      } else {
        // nothing is cleared: the same tap retries with the same key
        setFormError({ message: t('networkError'), isAboutFields: false });
      }
    } finally {
      inFlight.current = false;
      setIsSending(false);
    }
  };

  const shownError =
    formError && (!formError.isAboutFields || Object.keys(errors).length > 0) ? formError.message : undefined;

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="intro">{t('formIntro')}</p>
      <ContentField value={draft.content} error={errors.content} onChange={(content) => change({ content })} />
      {place.categories.length ? (
        <SelectField
          id="categoryId"
          label={t('categoryLabel')}
          value={draft.categoryId}
          error={errors.categoryId}
          onChange={(categoryId) => change({ categoryId })}
          options={[{ id: '', name: t('categoryNone') }, ...place.categories]}
        />
      ) : null}
      {place.subPlaces.length ? (
        <SelectField
          id="placeId"
          label={t('subPlaceLabel')}
          value={draft.placeId}
          error={errors.placeId}
          onChange={(placeId) => change({ placeId })}
          options={[{ id: '', name: t('subPlaceNone', { place: place.name }) }, ...place.subPlaces]}
        />
      ) : null}
      <MemberField
        placeCode={place.code}
        value={draft.addressedMemberId}
        error={errors.addressedMemberId}
        onChange={(addressedMemberId) => change({ addressedMemberId })}
      />
      <PhotoField uploads={uploads} error={errors.photoIds} />
      <ContactFields value={draft} errors={errors} onChange={change} />
      {challenge ? (
        <ChallengeField
          challenge={challenge.c}
          message={challenge.message}
          answer={answer}
          onAnswer={setAnswer}
          onChallenge={(c) => setChallenge((old) => ({ c, message: old?.message ?? '' }))}
        />
      ) : null}
      {shownError ? <Notice kind="error">{shownError}</Notice> : null}
      <button type="submit" className="btn btn-primary btn-block" disabled={isSending} aria-busy={isSending}>
        {isSending ? <span className="spinner spinner-light" aria-hidden="true" /> : null}
        {isSending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
