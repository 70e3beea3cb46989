import {
  SCREENING_CRITERIA,
  type ScreeningCriterion,
  type TopicStatus,
  type TopicUrgency,
} from '../../../shared/enums';

export type TopicAction =
  | 'accept'
  | 'reject'
  | 'reopen'
  | 'withdraw'
  | 'schedule'
  | 'conclude'
  | 'release'
  | 'unschedule';

/** The topic's status machine (议题): which action moves it from which status to which. */
export const TOPIC_TRANSITIONS = {
  accept: { from: ['proposed'], to: 'accepted' }, // passed screening (立项)
  reject: { from: ['proposed'], to: 'rejected' },
  reopen: { from: ['rejected', 'withdrawn'], to: 'proposed' },
  withdraw: { from: ['proposed', 'accepted'], to: 'withdrawn' },
  // a topic may be consulted more than once (a follow-up meeting after a first consensus)
  schedule: { from: ['accepted', 'in_consultation', 'concluded'], to: 'in_consultation' },
  conclude: { from: ['in_consultation', 'concluded'], to: 'concluded' },
  // its last live consultation was cancelled: back to waiting for one …
  release: { from: ['in_consultation'], to: 'accepted' },
  // … or, for an urgent topic that went to consultation unscreened (急事快议), back to screening
  unschedule: { from: ['in_consultation'], to: 'proposed' },
} as const satisfies Record<TopicAction, { from: readonly TopicStatus[]; to: TopicStatus }>;

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextTopicStatus(action: TopicAction, status: TopicStatus, urgency: TopicUrgency): TopicStatus | null {
  // 急事快议: an urgent topic goes to consultation without waiting for screening
  if (action === 'schedule' && status === 'proposed' && urgency === 'urgent') return 'in_consultation';
  const t = TOPIC_TRANSITIONS[action];
  return (t.from as readonly TopicStatus[]).includes(status) ? t.to : null;
}

/**
 * The step a topic takes when its last live (scheduled or in progress) consultation is cancelled:
 * concluded if an earlier consultation reached consensus, else accepted again — or proposed again
 * when it was never screened (an urgent topic scheduled straight away).
 */
export const releaseAction = (t: { hasConcluded: boolean; screened: boolean }): TopicAction =>
  t.hasConcluded ? 'conclude' : t.screened ? 'release' : 'unschedule';

/** While the topic is still being shaped, its wording and its submissions may change. */
export const EDITABLE_STATUSES = ['proposed', 'accepted'] as const satisfies readonly TopicStatus[];
export const isEditable = (status: TopicStatus) => (EDITABLE_STATUSES as readonly TopicStatus[]).includes(status);

// the wire contract checks a new topic's submissions with the same rule
export { needsSubmissions, SOURCES_FROM_SUBMISSIONS } from '../../../shared/api/topics';

// ── Screening (筛选): 切口小、立意准、关联广；党政重视、群众期盼、政协能做 ─────────────────────

/** Criteria a topic should meet to go ahead without a word of explanation. */
export const SCREENING_PASS_MARK = 4;

export type ScreeningDecision = 'accept' | 'reject';
export type ScreeningProblem = 'reject_needs_reason' | 'weak_accept_needs_reason';

export const metCount = (criteria: Record<ScreeningCriterion, boolean>) =>
  SCREENING_CRITERIA.filter((c) => criteria[c]).length;

/**
 * What the screener still owes: a reason to turn a topic down, and a reason to take it on when
 * fewer than SCREENING_PASS_MARK of the six criteria are met (why it goes ahead regardless).
 */
export function screeningProblem(s: {
  criteria: Record<ScreeningCriterion, boolean>;
  decision: ScreeningDecision;
  reason?: string | null | undefined;
}): ScreeningProblem | null {
  const hasReason = Boolean(s.reason?.trim());
  if (hasReason) return null;
  if (s.decision === 'reject') return 'reject_needs_reason';
  return metCount(s.criteria) < SCREENING_PASS_MARK ? 'weak_accept_needs_reason' : null;
}

/** Topics that passed screening (or went on to consultation) may be planned (年度协商计划). */
export const PLANNABLE_STATUSES = [
  'accepted',
  'in_consultation',
  'concluded',
] as const satisfies readonly TopicStatus[];
export const isPlannable = (status: TopicStatus) => (PLANNABLE_STATUSES as readonly TopicStatus[]).includes(status);
