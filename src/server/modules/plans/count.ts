import type { PlanItemStatus } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import { loadYearPlanItems } from './load';
import { findPlanDistrict, planCounts } from './queries';

/** How many items of a district's plan for a year have this status: the plan page's own `counts`. */
export async function countPlanItems(ctx: Ctx, districtId: string, year: number, status: PlanItemStatus) {
  const district = await findPlanDistrict(ctx.db, ctx.actor, districtId);
  return planCounts(await loadYearPlanItems(ctx.db, ctx.actor, district.id, year))[status];
}
