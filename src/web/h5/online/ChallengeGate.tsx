import { useState } from 'react';
import type { Challenge } from '../api/types';
import { useT } from '../i18n';
import { ChallengeField } from '../submit/ChallengeField';
import type { Answered } from './api';

/**
 * The image challenge asked past a few new voters from one network (the same picture the
 * submission form shows); once answered, the vote or statement is sent again with the answer.
 */
export function ChallengeGate({
  asked,
  isBusy,
  onAnswered,
}: {
  asked: { challenge: Challenge; message: string };
  isBusy: boolean;
  onAnswered: (answered: Answered) => void;
}) {
  const { t } = useT();
  const [challenge, setChallenge] = useState(asked.challenge);
  const [answer, setAnswer] = useState('');
  const [shownFor, setShownFor] = useState(asked.challenge.id);
  if (shownFor !== asked.challenge.id) {
    // the server asked again (a wrong answer): show its new picture
    setShownFor(asked.challenge.id);
    setChallenge(asked.challenge);
    setAnswer('');
  }
  return (
    <div className="ol-challenge">
      <ChallengeField
        challenge={challenge}
        message={asked.message}
        answer={answer}
        onAnswer={setAnswer}
        onChallenge={setChallenge}
      />
      <button
        type="button"
        className="btn btn-primary btn-block"
        disabled={isBusy || answer.trim() === ''}
        onClick={() => onAnswered({ id: challenge.id, answer: answer.trim() })}
      >
        {t('onlineChallengeSend')}
      </button>
    </div>
  );
}
