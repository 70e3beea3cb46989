// What the province generator and the dashboard bench share: the scale flags, the database each
// scale lives in, and timing of stages.
import pg from 'pg';
import { baseDatabaseUrl } from '../lib';

/** The full province (scale 1): the tree and the members are always this size; records scale. */
export const PROVINCE = {
  districts: 100,
  townshipsPerDistrict: [8, 22], // spread evenly over the districts in random order: 1,500 in all
  villages: 25_000, // lognormal shares of the townships (σ = 0.45), at least 3 each
  gridsPerVillage: [2, 6], // uniform: about 100,000
  members: 30_000,
  submissions: 5_000_000,
  months: 36,
  departmentsPerDistrict: 8,
} as const;

/** The password of every account the generator makes (a bench database, never a deployment). */
export const PROVINCE_PASSWORD = 'Province-Bench-2026';

/** `--name value` or `--name=value` from argv, all occurrences. */
export function flagValues(name: string, argv = process.argv.slice(2)): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === `--${name}` && argv[i + 1] !== undefined) out.push(argv[i + 1] as string);
    else if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
  });
  return out;
}

/** Parses a scale (0 < s ≤ 1), or exits with a message. */
export function parseScale(raw: string): number {
  const s = Number(raw);
  if (!Number.isFinite(s) || s <= 0 || s > 1) {
    console.error(`--scale must be a number in (0, 1], e.g. 0.01, 0.1 or 1 (got "${raw}")`);
    process.exit(2);
  }
  return s;
}

/** The database a scale is generated into: shangliang_province_0_1 for 0.1 (PROVINCE_DB overrides). */
export function provinceDatabase(scale: number) {
  const name = process.env.PROVINCE_DB ?? `shangliang_province_${String(scale).replace('.', '_')}`;
  const url = new URL(baseDatabaseUrl());
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Drops and creates the scale's database on the server of DATABASE_URL. */
export async function recreateDatabase(name: string) {
  const admin = new pg.Client({ connectionString: baseDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    return (await admin.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v ?? '?';
  } finally {
    await admin.end();
  }
}

/** Runs named stages one after another, printing each one's time; returns [stage, seconds] rows. */
export function stageTimer() {
  const rows: [string, number][] = [];
  const started = performance.now();
  return {
    rows,
    async run<T>(name: string, fn: () => Promise<T>): Promise<T> {
      process.stdout.write(`  ${name} … `);
      const t = performance.now();
      const out = await fn();
      const s = (performance.now() - t) / 1000;
      rows.push([name, s]);
      console.log(`${s.toFixed(1)} s`);
      return out;
    },
    total: () => (performance.now() - started) / 1000,
  };
}

/**
 * The secondary indexes of `table` (all but its primary key), dropped before a bulk load and built
 * again after it exactly as the migrations defined them: building once is far cheaper than
 * maintaining them row by row.
 */
export async function dropIndexes(c: pg.Client, table: string) {
  const { rows } = await c.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename = $1
        and not exists (select 1 from pg_constraint k where k.conname = i.indexname and k.contype = 'p')`,
    [table],
  );
  for (const r of rows) await c.query(`drop index ${r.name}`);
  return async () => {
    for (const r of rows) await c.query(r.def);
  };
}

/**
 * SQL: one of `choices` by weight for `u` ∈ [0, 1), as an inline CASE (a function call per row
 * would cost more than the rest of the row). `cast` names the enum type, e.g. 'submission_channel'.
 */
export function pickSql(u: string, choices: readonly (readonly [string | number, number])[], cast?: string) {
  const total = choices.reduce((a, [, w]) => a + w, 0);
  let cum = 0;
  const lit = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v}'`);
  const arms = choices.slice(0, -1).map(([v, w]) => {
    cum += w / total;
    return `when ${u} < ${cum.toFixed(6)} then ${lit(v)}`;
  });
  const last = choices.at(-1)?.[0] ?? '';
  const expr = `(case ${arms.join(' ')} else ${lit(last)} end)`;
  return cast ? `${expr}::${cast}` : expr;
}

/** SQL: a tracking code for the sequence number `n` — n·k mod 31¹² in the app's alphabet (a bijection: unique). */
export function trackingCodeSql(n: string) {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const x = `((${n})::bigint * 2654435761 + 97) % 787662783788549761`;
  return Array.from({ length: 12 }, (_, i) => 11 - i)
    .map((j) => `substr('${alphabet}', 1 + ((${x}) / ${31n ** BigInt(j)} % 31)::int, 1)`)
    .join(' || ');
}
