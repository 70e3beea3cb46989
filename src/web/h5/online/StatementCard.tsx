import { useState } from 'react';
import { VOTES, type Vote } from '../../../shared/enums';
import { ApiError } from '../api/client';
import type { Challenge } from '../api/types';
import { type MessageKey, useT } from '../i18n';
import { formatDateTime } from '../lib/format';
import { type Answered, voteOn } from './api';
import { ChallengeGate } from './ChallengeGate';
import type { PublicOnline, PublicStatement } from './types';
import { VoteBar } from './VoteBar';

const LABELS: Record<Vote, MessageKey> = { agree: 'onlineAgree', disagree: 'onlineDisagree', pass: 'onlinePass' };

/** One statement with three big buttons (同意 / 不同意 / 跳过); the phone's choice is shown and can be changed. */
export function StatementCard({
  token,
  s,
  isOpen,
  onChange,
  onClosed,
}: {
  token: string;
  s: PublicStatement;
  isOpen: boolean;
  onChange: (page: PublicOnline) => void;
  onClosed: () => void;
}) {
  const { t, lang } = useT();
  const [busy, setBusy] = useState<Vote>();
  const [error, setError] = useState<string>();
  // past a few new voters from one network the server asks for the image challenge first
  const [asked, setAsked] = useState<{ vote: Vote; challenge: Challenge; message: string }>();
  const cast = async (vote: Vote, answered?: Answered) => {
    setBusy(vote);
    setError(undefined);
    try {
      onChange(await voteOn(token, s.id, vote, answered));
      setAsked(undefined);
    } catch (err) {
      if (err instanceof ApiError && err.challenge) {
        setAsked({ vote, challenge: err.challenge, message: err.message });
        return;
      }
      if (err instanceof ApiError && err.code === 'online_closed') onClosed();
      setError(t('onlineVoteFailed', { message: err instanceof ApiError ? err.message : t('networkError') }));
    } finally {
      setBusy(undefined);
    }
  };
  const titleId = `statement-${s.id}`;
  return (
    <li className="card ol-statement">
      <p className="ol-text" id={titleId}>
        {s.text}
      </p>
      <p className="ol-meta">
        {s.authorName ?? t('onlineResident')} · {formatDateTime(s.createdAt, lang)}
      </p>
      {s.isMine ? (
        <p className="ol-mine">{t('onlineMine')}</p>
      ) : (
        <fieldset className="ol-votes" aria-labelledby={titleId}>
          <legend className="sr-only">{t('onlineVoteFor')}</legend>
          {VOTES.map((v) => (
            <button
              key={v}
              type="button"
              className={`btn btn-choice ol-vote ol-vote-${v}`}
              aria-pressed={s.myVote === v}
              disabled={!isOpen || busy !== undefined}
              onClick={() => cast(v)}
            >
              {busy === v ? <span className="spinner" aria-hidden="true" /> : null}
              {t(LABELS[v])}
            </button>
          ))}
        </fieldset>
      )}
      {asked ? (
        <ChallengeGate asked={asked} isBusy={busy !== undefined} onAnswered={(a) => cast(asked.vote, a)} />
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {s.myVote !== null || !isOpen ? <VoteBar s={s} /> : null}
    </li>
  );
}
