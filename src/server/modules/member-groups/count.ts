import type { Ctx } from '../../platform/context';
import { checkCoverage } from './coverage';
import { CoverageQuery } from './schemas';

/** How many places GET /api/member-groups/coverage lists under this query: its own `total`. */
export async function countCoverage(ctx: Ctx, query: Record<string, string>) {
  return (await checkCoverage(ctx, CoverageQuery.parse({ ...query, pageSize: '1' }))).total;
}
