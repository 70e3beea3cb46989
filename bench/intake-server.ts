// The servers under load in `npm run bench:intake`, in a process of their own so that the load
// generator does not share their event loop. Started by bench/intake.ts; not meant to be run alone.
//
// - full: the real app (buildApp), listening on 127.0.0.1
// - floor: a bare Fastify app with one route doing ONE INSERT via `pg` into `bench_floor`, a table
//   created LIKE submissions (same columns, defaults and indexes), with a pool as large as the app's
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import type { Config } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db';
import { grams, normalize } from '../src/server/platform/text';

export type ServerMessage = { type: 'ready'; fullPort: number; floorPort: number } | { type: 'failed'; error: string };
export type FloorBody = { content: string; contactName?: string; phone?: string; consent?: boolean };

/** The pool size openDatabase() gives the app (src/server/platform/db); the floor gets the same. */
const POOL_SIZE = 10;

const FLOOR_INSERT = `insert into bench_floor
  (tracking_code, place_id, scanned_place_id, channel, content, search_text, search_grams,
   contact_name, phone_masked, consent_at, idempotency_key)
  values ($1, $2, $2, 'qr', $3, $4, $5, $6, $7, $8, $9)
  returning id, tracking_code as "trackingCode", status`;

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const placeId = process.env.BENCH_PLACE_ID;
  const contents = JSON.parse(process.env.BENCH_CONTENTS ?? '[]') as string[];
  if (!databaseUrl || !placeId) throw new Error('run through bench/intake.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'shangliang-bench-'));

  // full: the app as deployed, with the public intake limits lifted (all load comes from one address)
  const database = await openDatabase({ databaseUrl });
  const config: Config = {
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    dataDir,
    publicUrl: 'http://127.0.0.1',
    secret: randomBytes(32).toString('base64url'),
    logLevel: 'silent',
    sessionTtlHours: 1,
    timeZone: 'Asia/Shanghai',
    trustProxy: false,
    mail: undefined,
    isProduction: false,
  };
  // every request here comes from 127.0.0.1: with the public intake's per-source limits on
  // (src/server/modules/submissions/abuse.ts), all but the first five would be asked for a challenge
  const full = await buildApp({ config, database, serveWeb: false, limitPublicIntake: false });
  await full.listen({ host: '127.0.0.1', port: 0 });

  // floor: JSON parse, one INSERT, reply — the grams of the texts in use are prepared up front, so
  // the row and its index entries match the full endpoint's while the route does no work of its own
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  const gramsOf = new Map(contents.map((c) => [c, grams(normalize(c))]));
  const floor = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  floor.post<{ Body: FloorBody }>('/api/public/places/:code/submissions', async (req, reply) => {
    const b = req.body;
    const key = req.headers['idempotency-key'];
    const { rows } = await pool.query(FLOOR_INSERT, [
      randomBytes(8).toString('base64url'),
      placeId,
      b.content,
      b.content,
      gramsOf.get(b.content) ?? [],
      b.contactName ?? null,
      b.phone ?? null,
      b.consent ? new Date() : null,
      typeof key === 'string' ? key : null,
    ]);
    reply.code(201);
    return rows[0];
  });
  await floor.listen({ host: '127.0.0.1', port: 0 });

  const portOf = (app: { server: Server }) => {
    const a = app.server.address();
    return typeof a === 'object' && a ? a.port : 0;
  };
  send({ type: 'ready', fullPort: portOf(full), floorPort: portOf(floor) });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([full.close(), floor.close()]);
    await Promise.allSettled([database.close(), pool.end()]);
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m === 'stop') void stop();
  });
  // the parent went away: never outlive it
  process.on('disconnect', () => void stop());
}

function send(m: ServerMessage) {
  process.send?.(m);
}

main().catch((err: unknown) => {
  send({ type: 'failed', error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
