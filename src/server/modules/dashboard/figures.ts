// Which section and unit each figure has, in the order the dashboard shows them.
import type { DashboardSection, FigureKey, FigureUnit } from '../../../shared/api/dashboard';

export const FIGURES = {
  places: ['coverage', 'count'],
  councils: ['coverage', 'count'],
  rooms: ['coverage', 'count'],
  fourHaves: ['coverage', 'count'],
  workstations: ['coverage', 'count'],
  demonstrations: ['coverage', 'count'],
  members: ['coverage', 'count'],
  placesWithMembers: ['coverage', 'count'],
  received: ['submissions', 'count'],
  sorted: ['submissions', 'count'],
  solved: ['submissions', 'count'],
  overdue: ['submissions', 'count'],
  satisfaction: ['submissions', 'average'],
  topics: ['deliberation', 'count'],
  consultations: ['deliberation', 'count'],
  participants: ['deliberation', 'personTimes'],
  outcomesSent: ['outcomes', 'count'],
  outcomesAnswered: ['outcomes', 'count'],
  outcomesAdopted: ['outcomes', 'count'],
  outcomesCarriedOut: ['outcomes', 'count'],
  outcomesEvaluated: ['outcomes', 'count'],
  proposals: ['proposals', 'count'],
  proposalReplyRate: ['proposals', 'percent'],
  proposalMeetingRate: ['proposals', 'percent'],
  proposalSatisfactionRate: ['proposals', 'percent'],
  dutyPoints: ['duty', 'points'],
  membersGraded: ['duty', 'count'],
} as const satisfies Record<FigureKey, readonly [DashboardSection, FigureUnit]>;

/** The figures whose trend is drawn month by month (those that count records of a date). */
export const TREND_KEYS = [
  'received',
  'solved',
  'topics',
  'consultations',
  'outcomesSent',
] as const satisfies FigureKey[];
