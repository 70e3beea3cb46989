// A page with a region picker opens on a region the person can use, or says why it cannot: a
// township liaison opening the district's plan must not meet an empty page and a picker that
// offers only their township (issue 13).
import type { Role } from '../../shared/enums';
import type { Me } from '../api/types';

type PlaceRef = Me['grants'][number]['place'];

export type ReachDefault =
  /** the first place of the person's grants (for the page's roles) that the page can show */
  | { place: PlaceRef; choices: PlaceRef[] }
  /** none fits: the places the person does hold, for the page to name when it says why it is empty */
  | { place: undefined; choices: []; reach: PlaceRef[] };

/** The places a page can open on for `me`: those of grants in `roles` whose place `fits`. */
export function reachDefault(
  me: Me | null | undefined,
  roles: readonly Role[],
  fits: (p: PlaceRef) => boolean,
): ReachDefault {
  const held = (me?.grants ?? []).filter((g) => roles.includes(g.role)).map((g) => g.place);
  const unique = [...new Map(held.map((p) => [p.id, p])).values()];
  const choices = unique.filter(fits);
  const [first] = choices;
  return first ? { place: first, choices } : { place: undefined, choices: [], reach: unique };
}
