import type { PublicSubmission, StepKind } from '../api/types';
import { type MessageKey, useT } from '../i18n';
import { formatDateTime } from '../lib/format';

const KNOWN: readonly StepKind[] = [
  'submitted',
  'to_grid',
  'to_community',
  'to_township',
  'to_department',
  'merge',
  'decline',
  'reply',
  'solve',
  'rated',
  'reopen',
  'topic',
  'topic_unlinked',
  'outcome_carried_out',
];
const isKnown = (kind: string): kind is StepKind => KNOWN.some((k) => k === kind);

const UNLINK_REASONS = ['unlinked', 'rejected', 'withdrawn'] as const;

/**
 * Steps whose words come as params (a kind plus parameters), put in a sentence in the reader's
 * language; null for a step without them (one written before its words were kept as params
 * carries its note instead).
 */
function paramsText(kind: StepKind, params: Record<string, string>): MessageKey | null {
  if (kind === 'outcome_carried_out') return 'stepParams_outcome_carried_out';
  if (!params.code) return null;
  if (kind === 'topic') return 'stepParams_topic';
  if (kind === 'topic_unlinked')
    return `stepParams_topic_unlinked_${UNLINK_REASONS.find((r) => r === params.reason) ?? 'unlinked'}`;
  return null;
}

/**
 * 办理过程: each step with its time, a plain-language label, any public note (a reply, a reason)
 * and the words it carries (the outcome carried out).
 */
export function Steps({ steps }: { steps: PublicSubmission['steps'] }) {
  const { t, lang } = useT();
  return (
    <section className="card" aria-labelledby="steps-title">
      <h2 id="steps-title">{t('stepsTitle')}</h2>
      <ol className="steps">
        {steps.map((s, i) => (
          <li key={`${s.at}-${s.kind}`} className={`step step-${s.kind}${i === steps.length - 1 ? ' is-last' : ''}`}>
            <p className="step-label">{t(isKnown(s.kind) ? (`step_${s.kind}` as MessageKey) : 'step_other')}</p>
            <p className="step-time">
              <time dateTime={s.at}>{formatDateTime(s.at, lang)}</time>
            </p>
            {s.note ? <p className="step-note">{s.note}</p> : null}
            {s.params && isKnown(s.kind) && paramsText(s.kind, s.params) ? (
              <p className="step-note">{t(paramsText(s.kind, s.params) as MessageKey, s.params)}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
