import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

// Mirrors src/server/modules/outcomes/policy.ts; the server decides on every call.
const DRAFTS_OR_READS: readonly Role[] = ['liaison', 'member'];

/**
 * Leaders and departments mostly come to outcomes to answer what was sent to them: their list opens
 * on "收到的". Liaisons and members open on everything in their region.
 */
export const opensOnReceived = (me: Me | null | undefined) =>
  Boolean(me) && !me?.grants.some((g) => DRAFTS_OR_READS.includes(g.role));
