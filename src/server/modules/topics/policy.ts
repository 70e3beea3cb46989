import type { SQL } from 'drizzle-orm';
import { CONSULTATION_ROLES } from '../../../shared/access/consultations';
import { SOURCE_ROLES, TOPIC_ROLES, type TopicPermission } from '../../../shared/access/topics';
import type { TopicSource, TopicStatus, TopicUrgency } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree } from '../../platform/db/place-path';
import { places } from '../../platform/db/schema';
import { isEditable, isPlannable, nextTopicStatus } from './rules';

export { SOURCE_ROLES, type TopicPermission } from '../../../shared/access/topics';

const rolesFor = TOPIC_ROLES;

export const canTopic = (actor: Actor, action: TopicPermission, t: { placePath: string }) =>
  reaches(actor, rolesFor[action], t.placePath);

/** May the actor raise a topic from `source` at the place at `path`? */
export const canRaiseTopic = (actor: Actor, source: TopicSource, path: string) =>
  reaches(actor, SOURCE_ROLES[source], path);

/** The topics the actor can see, as SQL over topics ⋈ places (the topic's place). */
export const visibleTopics = (actor: Actor): SQL => inSubtree(places.path, reachOf(actor, rolesFor.read));

type AbilityScope = { placePath: string; status: TopicStatus; urgency: TopicUrgency };

/**
 * What the actor may do with the topic now (detail responses carry it for the UI; every write is
 * checked again). Scheduling a consultation is the consultations' manage role at the topic's place
 * (their shared role table, so topics never import the module above them); the annual plan is kept
 * at the topic's district.
 */
export function topicAbilities(actor: Actor, t: AbilityScope, districtPath: string | null) {
  const manage = canTopic(actor, 'manage', t);
  return {
    screen: canTopic(actor, 'screen', t) && t.status === 'proposed',
    edit: manage && isEditable(t.status),
    withdraw: manage && nextTopicStatus('withdraw', t.status, t.urgency) !== null,
    reopen: manage && nextTopicStatus('reopen', t.status, t.urgency) !== null,
    schedule:
      reaches(actor, CONSULTATION_ROLES.manage, t.placePath) &&
      nextTopicStatus('schedule', t.status, t.urgency) !== null,
    proposeToPlan:
      districtPath !== null && canTopic(actor, 'plan_propose', { placePath: districtPath }) && isPlannable(t.status),
  };
}
