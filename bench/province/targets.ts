// What the dashboard bench measures on a generated province: the busiest township, its district,
// sessions for the accounts that look at them, and a period holding about 100,000 submissions.
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { SESSION_COOKIE } from '../../src/server/platform/auth/plugin';
import { createSession, loadSession } from '../../src/server/platform/auth/sessions';
import type { Ctx } from '../../src/server/platform/context';
import type { Db } from '../../src/server/platform/db';

export type Targets = Awaited<ReturnType<typeof findTargets>>;

/** The scale a generated database says it holds, or null when it was never generated. */
export async function generatedScale(url: string) {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    const { rows } = await c.query<{ value: { scale: number; generatedAt: string } }>(
      "select value from settings where key = 'bench.province'",
    );
    return rows[0]?.value ?? null;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => {});
  }
}

export async function findTargets(pool: pg.Pool) {
  // the township with the most submissions (the worst case a liaison meets), and its district
  const { rows: towns } = await pool.query<{ id: string; code: string; path: string; n: string }>(
    `select p.id, p.code, p.path, x.n from (
       select split_part(pl.path, '/', 3)::uuid as tid, count(*) as n
         from submissions s join places pl on pl.id = s.place_id
        where pl.depth >= 1 group by 1 order by 2 desc limit 1) x
     join places p on p.id = x.tid`,
  );
  const town = towns[0];
  if (!town) throw new Error('no submissions in the generated database');
  const { rows: districts } = await pool.query<{ id: string; code: string; n: string }>(
    `select d.id, d.code, (select count(*) from submissions s join places pl on pl.id = s.place_id
                            where starts_with(pl.path, d.path)) as n
       from places d where d.id = split_part($1, '/', 2)::uuid`,
    [town.path],
  );
  const district = districts[0] as { id: string; code: string; n: string };
  const { rows: all } = await pool.query<{ n: string }>('select count(*) as n from submissions');
  const { rows: ids } = await pool.query<{ id: string }>('select id from submissions tablesample system (1) limit 500');
  return {
    township: { id: town.id, code: town.code, submissions: Number(town.n) },
    district: { id: district.id, code: district.code, submissions: Number(district.n) },
    province: { submissions: Number(all[0]?.n ?? 0) },
    sampleIds: ids.map((r) => r.id),
  };
}

/** A session cookie for the account `username` (no password round trip: sign-in is not measured). */
export async function sessionFor(db: Db, pool: pg.Pool, username: string) {
  const { rows } = await pool.query<{ id: string }>('select id from accounts where username = $1', [username]);
  const id = rows[0]?.id;
  if (!id) throw new Error(`no account ${username} in the generated database`);
  const s = await createSession(db, { accountId: id, ttlHours: 2 });
  return { [SESSION_COOKIE]: s.token };
}

/** GET `url` through the app with `cookies`; throws unless 200. */
export async function getOk(app: FastifyInstance, cookies: Record<string, string>, url: string) {
  const res = await app.inject({ method: 'GET', url, cookies });
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res;
}

/** The request context the app builds for the session in `cookies` (the sections are timed with it). */
export async function contextFor(db: Db, cookies: Record<string, string>): Promise<Ctx> {
  const loaded = await loadSession(db, cookies[SESSION_COOKIE] ?? '');
  if (!loaded) throw new Error('no session');
  return { db, actor: loaded.actor, locale: 'zh-CN', ip: null };
}
