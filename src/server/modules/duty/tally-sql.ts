// The year's totals and grades of a whole region's members, summed inside PostgreSQL: a province
// holds 30,000 members, and loading each one's ledger to add it up in Node took a second. The
// statement counts the ledger's own lines (yearLines) by the same rules assessMembers applies —
// each member's nearest rules above their home place, or the defaults; a closed year's snapshot
// wins — and answers only a few rows: members and points by grade for each key (a child place).
// Each answer is kept under the duty tally's data version (migration 0021) and the hash of its
// statement: until a write changes the version, the same question is answered from that row.
import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { DUTY_KINDS, type DutyGrade } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { depthOf } from '../../platform/db/place-path';
import { yearLines } from './ledger-sql';
import { memberHomesUnder } from './roster';
import { latestRuleSets } from './rules-store';
import type { DutyRulesInput } from './schemas';
import { DEFAULT_DUTY_RULES, linePoints, toTenths } from './scoring';

export type TallyRow = { key: string | null; grade: DutyGrade; members: number; tenths: number };

/** SQL: a JSON array of rows as a table with `columns` ('name type, …'). */
const tableOf = (rows: readonly object[], columns: string) =>
  sql`(select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${sql.raw(columns)}))`;

/**
 * Each version's rules as rows the statement joins on (tenths): per kind, the points of a line
 * with no amount (linePoints: deductions negative), the kind's points and cap; and the grades.
 */
function rulesTables(versions: readonly { key: number; rules: DutyRulesInput }[]) {
  const kinds = versions.flatMap(({ key, rules }) =>
    DUTY_KINDS.map((kind) => {
      const cap = rules.kinds[kind].cap;
      return {
        key,
        kind,
        fixed: linePoints(rules, { kind, amount: null }),
        per: toTenths(rules.kinds[kind].points),
        cap: cap === null ? null : toTenths(cap),
      };
    }),
  );
  const grades = versions.map(({ key, rules: { grades: g } }) => ({
    key,
    excellent: toTenths(g.excellent),
    competent: toTenths(g.competent),
    basic: toTenths(g.basically_competent),
  }));
  return {
    kinds: tableOf(kinds, 'key int, kind text, fixed int, per int, cap int'),
    grades: tableOf(grades, 'key int, excellent int, competent int, basic int'),
  };
}

/**
 * The members homed within the subtrees at `paths`, assessed for `year` as assessMembers assesses
 * them, counted and their totals (tenths) summed by `keyOf` their home path and by grade. Not for a
 * transaction that has itself written duty records: the version moves only at its commit, so a
 * kept answer would not show them (the dashboard reads outside any transaction).
 */
export async function tallyUnder(
  db: DbOrTx,
  paths: readonly string[],
  year: number,
  keyOf: (path: SQL) => SQL,
): Promise<TallyRow[]> {
  if (paths.length === 0) return [];
  const statement = await tallyStatement(db, paths, year, keyOf);
  // the key: the statement as sent (its rules, region, year and grouping are in its text and values)
  const query = new PgDialect().sqlToQuery(statement);
  const key = createHash('sha256')
    .update(JSON.stringify([query.sql, query.params]))
    .digest('base64url');
  const { before, hit } = await keptTally(db, key);
  if (hit) return hit;
  // counted with the version its snapshot saw: kept only when no write came between the two reads
  const counted = await db.execute<{ version: string; rows: TallyRow[] }>(sql`
    select (select n::text from duty_tally_version where id = 1) as version,
           coalesce(jsonb_agg(jsonb_build_object('key', t.key, 'grade', t.grade,
                                                 'members', t.members::int, 'tenths', t.tenths::int)), '[]') as rows
      from (${statement}) t`);
  const { version, rows } = counted.rows[0] ?? { version: undefined, rows: [] };
  if (before !== undefined && version === before) await keepTally(db, key, version, rows);
  return rows;
}

/** The tally version now and the answer kept for `key` at it, read in one snapshot. */
async function keptTally(db: DbOrTx, key: string) {
  const kept = await db.execute<{ version: string; rows: TallyRow[] | null }>(sql`
    select v.n::text as version, c.rows
      from duty_tally_version v left join duty_tally_cache c on c.statement = ${key} and c.version = v.n
     where v.id = 1`);
  return { before: kept.rows[0]?.version, hit: kept.rows[0]?.rows };
}

/** Keeps `rows` for `key` at `version`; answers counted over a week ago go (one still asked is counted again). */
async function keepTally(db: DbOrTx, key: string, version: string, rows: TallyRow[]) {
  await db.execute(sql`
    insert into duty_tally_cache (statement, version, rows) values (${key}, ${version}::bigint, ${JSON.stringify(rows)}::jsonb)
    on conflict (statement) do update set version = excluded.version, rows = excluded.rows, computed_at = now()
     where duty_tally_cache.version < excluded.version`);
  await db.execute(sql`delete from duty_tally_cache where computed_at < now() - interval '7 days'`);
}

/** SQL: the tally itself (tallyUnder's statement), its rule versions read first. */
async function tallyStatement(
  db: DbOrTx,
  paths: readonly string[],
  year: number,
  keyOf: (path: SQL) => SQL,
): Promise<SQL> {
  const sets = await latestRuleSets(db, year);
  const versions = [{ key: 0, rules: DEFAULT_DUTY_RULES }, ...sets.map((s, i) => ({ key: i + 1, rules: s.rules }))];
  const kept = tableOf(
    sets.map((s, i) => ({ key: i + 1, path: s.placePath, depth: depthOf(s.placePath) })),
    'key int, path text, depth int',
  );
  // rulesAt: the version kept nearest at or above a home place, else the defaults
  const keyAt = sets.length
    ? sql`coalesce((select w.key from ${kept} w where starts_with(h.path, w.path) order by w.depth desc limit 1), 0)`
    : sql`0`;
  const rules = rulesTables(versions);
  // a line's points as linePoints counts them: training by its hours (tenths, rounded half up like
  // Math.round), a manual entry's approved points up to the kind's, any other kind its fixed points
  const points = sql`case l.kind
    when 'training_attended' then floor(k.per * coalesce(l.amount, 0) / 10.0 + 0.5)
    when 'manual' then least(coalesce(l.amount, 0), k.per)
    else k.fixed end`;
  const gradeOf = (total: SQL) => sql`case when ${total} >= g.excellent then 'excellent'
    when ${total} >= g.competent then 'competent'
    when ${total} >= g.basic then 'basically_competent'
    else 'incompetent' end`;
  // members with lines or a snapshot are scored one by one; the rest (total 0) counted by home place
  return sql`
    with m(id, place_id) as materialized (${memberHomesUnder(db, paths)}),
    homes as (
      select h.place_id, h.path, h.n, ${keyAt} as key
        from (select c.place_id, p.path, c.n
                from (select place_id, count(*)::int as n from m group by place_id) c
                join places p on p.id = c.place_id) h),
    lined as (
      select l.member_id, l.kind, l.amount, count(*)::int as n
        from (${yearLines(year)}) l group by 1, 2, 3),
    kind_points as (
      select l.member_id, k.cap, sum(l.n * ${points}) as raw
        from lined l
        join m on m.id = l.member_id
        join homes h on h.place_id = m.place_id
        join ${rules.kinds} k on k.key = h.key and k.kind = l.kind
       group by l.member_id, l.kind, k.cap),
    live as (
      select member_id, sum(case when cap is null or abs(raw) <= cap then raw else sign(raw) * cap end) as total
        from kind_points group by member_id),
    frozen as (
      select distinct on (member_id) member_id, total, grade
        from (select (e->>'memberId')::uuid as member_id, (e->>'total')::int as total, e->>'grade' as grade,
                     c.closed_at, c.id
                from duty_year_closings c cross join jsonb_array_elements(c.results) e
               where c.year = ${year}::int and c.is_current) r
       order by member_id, closed_at, id),
    scored as (
      select h.path,
             case when f.member_id is null then lv.total else f.total end as total,
             case when f.member_id is null then ${gradeOf(sql`lv.total`)} else f.grade end as grade
        from live lv
        full join frozen f on f.member_id = lv.member_id
        join m on m.id = coalesce(f.member_id, lv.member_id)
        join homes h on h.place_id = m.place_id
        join ${rules.grades} g on g.key = h.key),
    unscored as (
      select h.path, h.n - coalesce(s.n, 0) as n, ${gradeOf(sql`0`)} as grade
        from homes h
        join ${rules.grades} g on g.key = h.key
        left join (select path, count(*)::int as n from scored group by path) s on s.path = h.path),
    everyone as (
      select path, grade, 1 as n, total from scored
      union all
      select path, grade, n, 0 from unscored where n > 0)
    select ${keyOf(sql`path`)} as key, grade, sum(n)::int as members, sum(total)::int as tenths
      from everyone
     group by 1, 2`;
}
