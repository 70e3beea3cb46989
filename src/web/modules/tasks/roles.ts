import type { PlaceKind, Role } from '../../../shared/enums';
import type { Me } from '../../api/types';

// The server's policy decides on every call; these only choose what the menu and pages offer.
/** 督办台: liaisons and the CPPCC office press the tasks of their region, leaders write 批示 on them. */
const BOARD_ROLES: readonly Role[] = ['liaison', 'cppcc', 'leader'];
/** 我的任务: departments carry tasks out; a liaison of a village or township, or the CPPCC office, may be given one too. */
const OWNER_ROLES: readonly Role[] = ['department', 'liaison', 'cppcc'];

const holds = (me: Me | null | undefined, roles: readonly Role[]) =>
  Boolean(me?.grants.some((g) => roles.includes(g.role)));

export const mayUseBoard = (me: Me | null | undefined) => holds(me, BOARD_ROLES);
export const mayOwnTasks = (me: Me | null | undefined) => holds(me, OWNER_ROLES);
/** Leaders and the CPPCC office urge from the board; a department only carries out its own tasks. */
export const mayUrge = mayUseBoard;

// how high a kind of place sits in the tree (hosted platforms sit under a township or district)
const DEPTH = {
  district: 0,
  township: 1,
  subdistrict: 1,
  park: 2,
  enterprise: 2,
  village: 2,
  community: 2,
  grid: 3,
} as const satisfies Record<PlaceKind, number>;

/** The place the board opens on: the highest place where one holds a board role. */
export function widestReach(me: Me | null | undefined) {
  const places = (me?.grants ?? []).filter((g) => BOARD_ROLES.includes(g.role)).map((g) => g.place);
  return places.reduce<(typeof places)[number] | undefined>(
    (best, p) => (!best || DEPTH[p.kind] < DEPTH[best.kind] ? p : best),
    undefined,
  );
}
