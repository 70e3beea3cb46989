/** Every status with its count, zero where there is none (a GROUP BY leaves empty statuses out); rows of one status add up. */
export function countsByStatus<S extends string>(statuses: readonly S[], rows: readonly { status: S; n: number }[]) {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + r.n; // several rows of a status (kept and live counts) add up
  return counts;
}
