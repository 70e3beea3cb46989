// Who may do what with topics (议题) and the annual plan: one table for the server's policy and the
// console. zod-free, so the browser bundles can import it; the server's `abilities` stay the authority.
import type { Role, TopicSource } from '../enums';

export type TopicPermission = 'read' | 'screen' | 'manage' | 'plan_propose' | 'plan_decide';

/**
 * Roles by place reach. Liaisons turn submissions and grid screening into topics, screen and keep
 * them; leaders screen too and approve or return the annual plan (党委政府审定); members read.
 * Plans are read by the same roles as topics, at the plan's district.
 */
export const TOPIC_ROLES = {
  read: ['leader', 'liaison', 'member'],
  screen: ['liaison', 'leader'],
  manage: ['liaison'], // edit, link submissions, withdraw
  plan_propose: ['liaison', 'leader'],
  plan_decide: ['leader'],
} as const satisfies Record<TopicPermission, readonly Role[]>;

/** Who may raise a topic from which source: 群众出题/网格筛题 by liaisons, 委员荐题, 党委政府点题. */
export const SOURCE_ROLES = {
  submission: ['liaison'],
  grid_screening: ['liaison'],
  member: ['member'],
  leader: ['leader'],
} as const satisfies Record<TopicSource, readonly Role[]>;
