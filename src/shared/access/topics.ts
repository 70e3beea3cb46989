// Who may do what with topics (议题) and the annual plan: one table for the server's policy and the
// console. zod-free, so the browser bundles can import it; the server's `abilities` stay the authority.
import type { Role, TopicSource } from '../enums';

export type TopicPermission = 'read' | 'screen' | 'manage' | 'plan_propose' | 'plan_decide';

/**
 * Roles by place reach. Liaisons turn submissions and grid screening into topics, screen and keep
 * them; the CPPCC office (政协机关) does all a liaison does, across its reach; leaders screen too and
 * approve or return the annual plan (党委政府审定); members read. Plans are read by the same roles
 * as topics, at the plan's district.
 */
export const TOPIC_ROLES = {
  read: ['leader', 'liaison', 'member', 'cppcc'],
  screen: ['liaison', 'leader', 'cppcc'],
  manage: ['liaison', 'cppcc'], // edit, link submissions, withdraw
  plan_propose: ['liaison', 'leader', 'cppcc'],
  plan_decide: ['leader'],
} as const satisfies Record<TopicPermission, readonly Role[]>;

/**
 * Who may raise a topic from which source: 群众出题/网格筛题 by liaisons and the CPPCC office,
 * 委员荐题 by members, 党委政府点题 by leaders.
 */
export const SOURCE_ROLES = {
  submission: ['liaison', 'cppcc'],
  grid_screening: ['liaison', 'cppcc'],
  member: ['member'],
  leader: ['leader'],
} as const satisfies Record<TopicSource, readonly Role[]>;
