import { useEffect, useRef, useState } from 'react';
import { getChallenge } from '../api/client';
import type { Challenge } from '../api/types';
import { useT } from '../i18n';

/**
 * The image challenge the server asks for when many submissions come from one source. The SVG is
 * shown as an image (never inserted as markup), so nothing in it can run.
 */
export function ChallengeField({
  challenge,
  answer,
  message,
  onAnswer,
  onChallenge,
}: {
  challenge: Challenge;
  answer: string;
  message: string;
  onAnswer: (answer: string) => void;
  onChallenge: (c: Challenge) => void;
}) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [isFetching, setIsFetching] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new picture asks for a new answer
  useEffect(() => input.current?.focus(), [challenge.id]);

  const refresh = async () => {
    setIsFetching(true);
    try {
      onChallenge(await getChallenge());
      onAnswer('');
    } catch {
      // keep the old picture; the resident can still try it
    } finally {
      setIsFetching(false);
    }
  };

  return (
    <div className="field challenge">
      <p className="challenge-message" role="alert">
        {message}
      </p>
      <div className="challenge-row">
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(challenge.svg)}`} alt={t('challengeImage')} />
        <button type="button" className="btn btn-ghost" onClick={refresh} disabled={isFetching}>
          {t('challengeRefresh')}
        </button>
      </div>
      <label htmlFor="challenge">{t('challengeLabel')}</label>
      <input
        id="challenge"
        ref={input}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={10}
        value={answer}
        aria-describedby="challenge-hint"
        onChange={(e) => onAnswer(e.target.value)}
      />
      <p className="field-hint" id="challenge-hint">
        {t('challengeHint')}
      </p>
    </div>
  );
}
