import type { MeetingRule } from '../../../shared/enums';
import type { Council, CouncilInput } from './types';

/** The council settings form: a procedure, the fixed meeting rule (and 月月谈's day), the usual venue. */
export type CouncilValues = {
  procedureId?: string | null;
  meetingRule: MeetingRule;
  monthlyDay?: number | null;
  defaultVenue?: string | null;
};

export const fromCouncil = (c: Council): CouncilValues => ({
  procedureId: c.procedure?.id ?? undefined,
  meetingRule: c.meetingRule,
  monthlyDay: c.monthlyDay ?? undefined,
  defaultVenue: c.defaultVenue ?? undefined,
});

/** The request body: no procedure means the default (六步议事); only 月月谈 keeps a day of the month. */
export const toCouncilInput = (v: CouncilValues): CouncilInput => ({
  procedureId: v.procedureId || null,
  meetingRule: v.meetingRule,
  monthlyDay: v.meetingRule === 'monthly' ? (v.monthlyDay ?? null) : null,
  defaultVenue: v.defaultVenue?.trim() || null,
});
