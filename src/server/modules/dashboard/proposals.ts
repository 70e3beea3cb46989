import { proposalRateCountsByChild } from '../proposals';
import { childOf, percentOf, type Section, sumOf, type Values } from './section';

type Counts = { all: number; replied: number; met: number; rated: number; satisfied: number };

/** 答复率 (replied / all), 见面率 (met / all), 满意度 ((满意 + 基本满意) / rated), as percentages. */
const figuresOf = (c: Counts): Values => ({
  proposals: c.all,
  proposalReplyRate: percentOf(c.replied, c.all),
  proposalMeetingRate: percentOf(c.met, c.all),
  proposalSatisfactionRate: percentOf(c.satisfied, c.rated),
});

/**
 * 提案办理 of the period's year (the year of `to`): the handlings of proposals whose place lies in
 * the place, and the rates the proposals module counts — one query grouped by child.
 */
export const proposalFigures: Section = async (db, actor, place, period) => {
  const rows = await proposalRateCountsByChild(db, actor, {
    year: period.year,
    placeId: place.id ?? undefined,
    child: (path) => childOf(path, place),
  });
  const sum = (k: keyof Counts) => sumOf(rows, (r) => r[k]);
  // one row a child: a child's rates are of its own counts, never sums of rates
  const children = new Map(rows.flatMap(({ child, ...c }) => (child ? [[child, figuresOf(c)] as const] : [])));
  return {
    total: figuresOf({
      all: sum('all'),
      replied: sum('replied'),
      met: sum('met'),
      rated: sum('rated'),
      satisfied: sum('satisfied'),
    }),
    breakdowns: [],
    children,
  };
};
