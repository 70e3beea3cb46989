import { OUTCOME_ROLES, RECIPIENT_ROLES } from '../../../shared/access/outcomes';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

// Those who read outcomes in their region without being sent them: liaisons and members.
const readsWithoutReceiving = OUTCOME_ROLES.read.filter((r) => !(RECIPIENT_ROLES as readonly Role[]).includes(r));

/**
 * Leaders and departments mostly come to outcomes to answer what was sent to them: their list opens
 * on "收到的". Liaisons and members open on everything in their region.
 */
export const opensOnReceived = (me: Me | null | undefined) =>
  Boolean(me) && !me?.grants.some((g) => (readsWithoutReceiving as readonly Role[]).includes(g.role));
