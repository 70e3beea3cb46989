import type { Ctx } from '../../platform/context';
import { recentActivity } from './activity';
import { ITEMS_BY_ROLE, type ItemSpec } from './items';
import { workbenchRoles } from './policy';
import { grantPlaces } from './reach';

const linkOf = (i: ItemSpec) => {
  const query = new URLSearchParams(i.page).toString();
  return query ? `${i.path}?${query}` : i.path;
};

/**
 * The person's workbench (工作台): for each working role they hold, what waits for them with its
 * count and the list that shows exactly those records, and the recent activity in their region.
 * Each count is the list's own total, computed by the list's own code.
 */
export async function loadWorkbench(ctx: Ctx, now = new Date()) {
  const held = await grantPlaces(ctx.db, ctx.actor);
  const scene = { ctx, now, held };
  const [groups, activity] = await Promise.all([
    Promise.all(
      workbenchRoles(ctx.actor).map(async (role) => ({
        role,
        items: await Promise.all(
          ITEMS_BY_ROLE[role](scene).map(async (i) => ({
            key: i.key,
            count: await i.count(),
            link: linkOf(i),
            params: i.params ?? {},
          })),
        ),
      })),
    ),
    recentActivity(ctx.db, ctx.actor),
  ]);
  return { groups, activity, generatedAt: now };
}
