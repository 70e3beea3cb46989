import type { Actor } from '../../platform/auth/actor';
import { canTopic } from '../topics';

/** What the actor may do with a district's plan: liaisons and leaders propose, leaders decide (党委审定). */
export const planAbilities = (actor: Actor, district: { path: string }) => ({
  propose: canTopic(actor, 'plan_propose', { placePath: district.path }),
  decide: canTopic(actor, 'plan_decide', { placePath: district.path }),
});
