import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { WorkQueue } from './work-queue';

/** A job that runs until the test lets it finish. */
function gate() {
  let open = () => {};
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, job: () => done };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WorkQueue', () => {
  it('runs at most `concurrency` jobs at once, the rest in arrival order', async () => {
    const q = new WorkQueue({ concurrency: 2, maxWaiting: 5, retryAfterSeconds: 5 });
    const started: number[] = [];
    const gates = [gate(), gate(), gate(), gate()];
    const runs = gates.map((g, i) =>
      q.run(async () => {
        started.push(i);
        await g.job();
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]?.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('refuses with 503 server_busy and a retry time once the line is full, and takes work again after', async () => {
    const q = new WorkQueue({ concurrency: 1, maxWaiting: 2, retryAfterSeconds: 7 });
    const g = gate();
    const runs = [q.run(g.job), q.run(g.job), q.run(g.job)];
    expect(q.isFull).toBe(true);
    const refused = await q.run(async () => 'x').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 503, code: 'server_busy', extra: { retryAfter: 7 } });
    expect(() => q.assertRoom()).toThrow(AppError);
    g.open();
    await Promise.all(runs);
    expect(q.isFull).toBe(false);
    await expect(q.run(async () => 'after')).resolves.toBe('after');
  });

  it('frees the slot when a job fails', async () => {
    const q = new WorkQueue({ concurrency: 1, maxWaiting: 0, retryAfterSeconds: 1 });
    await expect(q.run(() => Promise.reject(new Error('decode failed')))).rejects.toThrow('decode failed');
    await expect(q.run(async () => 'next')).resolves.toBe('next');
  });
});
