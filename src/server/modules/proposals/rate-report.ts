import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { rateCountsByUnit } from './queries';
import { addCounts, ratesOf } from './rates';
import { shanghaiYear } from './rules';

/** 答复率、见面率、满意度 per handling unit for a year (this year by default), and for all of them together. */
export async function unitRates(
  db: DbOrTx,
  actor: Actor,
  q: { year?: number | undefined; placeId?: string | undefined },
) {
  const year = q.year ?? shanghaiYear(new Date());
  const rows = await rateCountsByUnit(db, actor, { year, placeId: q.placeId });
  return {
    year,
    units: rows.map(({ unit, ...counts }) => ({ unit, ...ratesOf(counts) })),
    total: ratesOf(addCounts(rows)),
  };
}
