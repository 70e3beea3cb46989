import type { Me } from '../../api/types';

// Mirrors consultations/policy.ts: liaisons schedule and record consultations (联络员组织协商);
// admins and liaisons keep procedures. The server checks every request; these only hide buttons.
export const maySchedule = (me: Me | null | undefined) => Boolean(me?.grants.some((g) => g.role === 'liaison'));

export const mayKeepProcedures = (me: Me | null | undefined) =>
  Boolean(me?.grants.some((g) => g.role === 'liaison' || g.role === 'admin'));
