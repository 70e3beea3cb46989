import { COVERAGE_DEFAULT_MIN } from '../../../shared/access/member-groups';
import type { WorkbenchItemKey, WorkbenchRole } from '../../../shared/api/workbench';
import type { Role } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import { countConsultations, countUpcomingInvitations } from '../consultations';
import { countContacts } from '../contacts';
import { countCoverage } from '../member-groups';
import { countOutcomes } from '../outcomes';
import { countPlanItems } from '../plans';
import { countDueRevisits } from '../revisits';
import { countInbox } from '../submissions';
import { countTasksListed } from '../tasks';
import { countWhistles } from '../whistles';
import { districtsOf, type GrantPlace, widestOf } from './reach';
import { thisWeek, yearOf } from './week';

/** One thing waiting: the console page and its URL query, and how many that page lists. */
export type ItemSpec = {
  key: WorkbenchItemKey;
  path: string;
  page: Record<string, string>;
  params?: Record<string, string | number>;
  count: () => Promise<number>;
};

// the supervision board (督办台) is the liaison's, the CPPCC office's and the leader's
const BOARD_ROLES: readonly Role[] = ['liaison', 'cppcc', 'leader'];

type Scene = { ctx: Ctx; now: Date; held: GrantPlace[] };

/** The board's region in its own URL: the list, its views and the revisits due all read `placeId`. */
const board = ({ held }: Scene) => {
  const widest = widestOf(held, BOARD_ROLES);
  return widest ? { placeId: widest.id } : null;
};

const taskItem = (s: Scene, key: WorkbenchItemKey, view: string): ItemSpec[] => {
  const region = board(s);
  if (!region) return [];
  const page = { view, ...region };
  return [{ key, path: '/supervision', page, count: () => countTasksListed(s.ctx, page, s.now) }];
};

/** 年度协商计划: the items proposed in each district's plan for this year. */
const planItems = (s: Scene, role: Role, key: WorkbenchItemKey): ItemSpec[] => {
  const year = yearOf(s.now);
  return districtsOf(s.held, role).map((d) => ({
    key,
    path: '/plan',
    page: { district: d.id, year: String(year) },
    params: { district: d.name, year },
    count: () => countPlanItems(s.ctx, d.id, year, 'proposed'),
  }));
};

/** What waits for each working role, each with the list page that shows exactly those records. */
export const ITEMS_BY_ROLE: Record<WorkbenchRole, (s: Scene) => ItemSpec[]> = {
  liaison: (s) => {
    const region = board(s);
    const inbox = (key: WorkbenchItemKey, page: Record<string, string>): ItemSpec => ({
      key,
      path: '/submissions',
      page,
      count: () => countInbox(s.ctx, page, s.now),
    });
    return [
      inbox('toSort', { status: 'received' }),
      inbox('overdue', { overdue: 'true' }),
      inbox('repliesDue', { replyDue: 'true' }),
      ...taskItem(s, 'tasksToAccept', 'to_accept'),
      ...(region
        ? [
            {
              key: 'revisitsDue' as const,
              path: '/supervision',
              page: region,
              count: () => countDueRevisits(s.ctx, region, s.now),
            },
          ]
        : []),
    ];
  },
  member: (s): ItemSpec[] => [
    {
      key: 'invitations',
      path: '/consultations',
      page: { tab: 'mine' },
      count: () => countUpcomingInvitations(s.ctx.db, s.ctx.actor.id, s.now),
    },
    {
      key: 'whistles',
      path: '/whistles',
      page: { view: 'to-answer' },
      count: () => countWhistles(s.ctx, { toAnswer: 'true' }, s.now),
    },
    {
      key: 'contactsDue',
      path: '/contacts',
      page: { due: 'true' },
      count: () => countContacts(s.ctx, { due: 'true' }, s.now),
    },
  ],
  leader: (s): ItemSpec[] => [
    ...planItems(s, 'leader', 'plansToApprove'),
    {
      key: 'outcomesToAnswer',
      path: '/outcomes',
      page: { box: 'received', status: 'sent' },
      count: () => countOutcomes(s.ctx, { box: 'received', status: 'sent' }),
    },
    ...taskItem(s, 'tasksOverdue', 'overdue'),
    ...taskItem(s, 'tasksEscalated', 'escalated'),
  ],
  department: (s): ItemSpec[] => [
    {
      key: 'departmentItems',
      path: '/submissions',
      page: { status: 'department' },
      count: () => countInbox(s.ctx, { status: 'department' }, s.now),
    },
    {
      key: 'departmentTasks',
      path: '/tasks',
      page: { view: 'open' },
      count: () => countTasksListed(s.ctx, { view: 'open', mine: 'true' }, s.now),
    },
  ],
  cppcc: (s) => {
    const week = thisWeek(s.now);
    return [
      ...planItems(s, 'cppcc', 'planProposed'),
      {
        key: 'consultationsThisWeek',
        path: '/consultations',
        page: week.days,
        params: week.days,
        count: () => countConsultations(s.ctx, week.instants),
      },
      {
        key: 'placesLackingMembers',
        path: '/members/coverage',
        // 每个村（社区）安排2-3名委员: fewer than the minimum assigned, the coverage check's own rule
        page: { lacking: 'true', min: String(COVERAGE_DEFAULT_MIN) },
        params: { min: COVERAGE_DEFAULT_MIN },
        count: () => countCoverage(s.ctx, { lacking: 'true', min: String(COVERAGE_DEFAULT_MIN) }),
      },
    ];
  },
};
