/** Counts events per key in a sliding window, in memory (one process; see docs/decisions.md). */
export class SlidingCounter {
  private hits = new Map<string, number[]>();
  constructor(private windowMs: number) {}

  count(key: string, now = Date.now()) {
    const kept = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.hits.set(key, kept);
    if (this.hits.size > 50_000) this.sweep(now);
    return kept.length;
  }

  add(key: string, now = Date.now()) {
    const list = this.hits.get(key) ?? [];
    list.push(now);
    this.hits.set(key, list);
  }

  private sweep(now: number) {
    for (const [k, v] of this.hits) if (v.every((t) => now - t >= this.windowMs)) this.hits.delete(k);
  }
}
