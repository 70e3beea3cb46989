// Who may do what with outcomes (协商成果): one table for the server's policy and the console.
// zod-free, so the browser bundles can import it; the server's `abilities` stay the authority.
import type { Role } from '../enums';

export type OutcomePermission = 'read' | 'manage' | 'carry_out';

/**
 * Liaisons and the CPPCC office draft and send outcomes (报送); leaders and members read them in
 * their region. Setting the tasks that carry an outcome out (落实) is the liaison's on the ground:
 * the tasks module's `create`; the CPPCC office presses them from the board.
 */
export const OUTCOME_ROLES = {
  read: ['leader', 'liaison', 'member', 'cppcc'],
  manage: ['liaison', 'cppcc'],
  carry_out: ['liaison'],
} as const satisfies Record<OutcomePermission, readonly Role[]>;

/** Roles an account must hold (at or above the outcome's place) to be sent an outcome. */
export const RECIPIENT_ROLES = ['leader', 'department'] as const satisfies readonly Role[];
