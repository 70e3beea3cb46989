/**
 * The order to show statements in: the first answer's order as it is (the server lists unvoted ones
 * first); afterwards shown cards keep their place while the resident votes (nothing jumps away
 * under their thumb), and statements new since the last answer go on top.
 */
export function stableOrder(previous: readonly string[] | null, ids: readonly string[]): string[] {
  if (previous === null) return [...ids];
  const present = new Set(ids);
  const known = previous.filter((id) => present.has(id));
  const shown = new Set(known);
  return [...ids.filter((id) => !shown.has(id)), ...known];
}
