import type { TopicStatus, TopicUrgency } from '../../../shared/enums';

export type TopicAction = 'accept' | 'reject' | 'reopen' | 'withdraw' | 'schedule' | 'conclude';

/** The topic's status machine (议题): which action moves it from which status to which. */
export const TOPIC_TRANSITIONS = {
  accept: { from: ['proposed'], to: 'accepted' }, // passed screening (立项)
  reject: { from: ['proposed'], to: 'rejected' },
  reopen: { from: ['rejected', 'withdrawn'], to: 'proposed' },
  withdraw: { from: ['proposed', 'accepted'], to: 'withdrawn' },
  // a topic may be consulted more than once (a follow-up meeting after a first consensus)
  schedule: { from: ['accepted', 'in_consultation', 'concluded'], to: 'in_consultation' },
  conclude: { from: ['in_consultation', 'concluded'], to: 'concluded' },
} as const satisfies Record<TopicAction, { from: readonly TopicStatus[]; to: TopicStatus }>;

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextTopicStatus(action: TopicAction, status: TopicStatus, urgency: TopicUrgency): TopicStatus | null {
  // 急事快议: an urgent topic goes to consultation without waiting for screening
  if (action === 'schedule' && status === 'proposed' && urgency === 'urgent') return 'in_consultation';
  const t = TOPIC_TRANSITIONS[action];
  return (t.from as readonly TopicStatus[]).includes(status) ? t.to : null;
}
