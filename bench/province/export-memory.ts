// The inbox's Excel export over a real socket, read as a browser would (chunk by chunk, nothing
// kept), with the process's memory sampled while it streams: time, bytes, and how far RSS and
// the V8 heap rose above where they stood before the request.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

export type ExportRun = { rows: number; seconds: number; megabytes: number; rssGrowthMb: number; heapGrowthMb: number };

const mb = (b: number) => b / 2 ** 20;

export async function measureExport(
  app: FastifyInstance,
  cookies: Record<string, string>,
  query: string,
  rows: number,
): Promise<ExportRun> {
  if (!app.server.listening) await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const started = performance.now();
  let bytes = 0;
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/submissions/export.xlsx?${query}`, {
      headers: {
        cookie: Object.entries(cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
        'accept-encoding': 'identity',
      },
    });
    if (res.status !== 200 || !res.body) throw new Error(`export: ${res.status} ${await res.text()}`);
    const reader = res.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
  } finally {
    clearInterval(sampler);
  }
  return {
    rows,
    seconds: (performance.now() - started) / 1000,
    megabytes: mb(bytes),
    rssGrowthMb: mb(peakRss - before.rss),
    heapGrowthMb: mb(peakHeap - before.heapUsed),
  };
}
