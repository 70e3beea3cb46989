// Three years of residents' submissions, month by month: each village's share follows its weight
// (big and small townships), each month its season (summer rains, a quiet Spring Festival) and
// the platform's growth; channels and categories in uneven shares; statuses by age (old ones
// mostly solved, a few still open and overdue, some declined); ratings on a share of the solved.
import type pg from 'pg';
import { DEMO_CATEGORIES } from '../../src/server/modules/submissions/demo';
import { indexText } from '../../src/server/platform/text';
import { residentText, seededRandom } from '../texts';
import { PROVINCE, pickSql, trackingCodeSql } from './setup';

// what residents write about, by share, and the category each falls under
const TOPIC_SHARES: [string, number, string][] = [
  ['物业', 16, '物业管理'],
  ['停车', 14, '交通出行'],
  ['垃圾', 12, '人居环境'],
  ['路灯', 10, '人居环境'],
  ['养老', 9, '养老服务'],
  ['噪音', 8, '邻里纠纷'],
  ['漏水', 8, '物业管理'],
  ['医保', 7, '医疗医保'],
  ['道路', 7, '交通出行'],
  ['排水', 5, '人居环境'],
  ['充电', 4, '交通出行'],
];
const TEXTS = 3000;
// Jan … Dec: the Spring Festival lull, summer storms and heat, the October holidays
const SEASON = [0.75, 0.55, 1.0, 1.0, 1.05, 1.15, 1.3, 1.3, 1.05, 0.85, 1.0, 0.9];
const SOLVE_DAYS = { received: 2, grid: 3, community: 7, township: 15, department: 15 };

/** The entry of `shares` where `u` ∈ [0, total of the weights) falls. */
function weighted<T extends readonly [string, number, string]>(shares: readonly T[], u: number): T {
  let left = u;
  for (const s of shares) {
    left -= s[1];
    if (left < 0) return s;
  }
  return shares[0] as T;
}

/** The texts submissions are drawn from, indexed as the app indexes them (grams and terms). */
export async function insertTexts(c: pg.Client) {
  const rnd = seededRandom(20261203);
  const total = TOPIC_SHARES.reduce((a, t) => a + t[1], 0);
  const rows = Array.from({ length: TEXTS }, (_, k) => {
    const [topic, , cat] = weighted(TOPIC_SHARES, rnd() * total);
    const content = residentText(rnd, topic);
    // a few filed under 农业生产 (roads and drains in villages) and 其他
    const category = rnd() < 0.06 ? '其他' : (topic === '道路' || topic === '排水') && rnd() < 0.3 ? '农业生产' : cat;
    return { k, category: DEMO_CATEGORIES.indexOf(category) + 1, content, ...indexText(content) };
  });
  await c.query(`create table gen.texts (k int primary key, category int, content text, search_text text,
    search_grams text[], search_terms text[], search_terms_version int)`);
  for (let i = 0; i < rows.length; i += 500) {
    await c.query(
      `insert into gen.texts select * from json_to_recordset($1) as x(k int, category int, content text,
         search_text text, search_grams text[], search_terms text[], search_terms_version int)`,
      [
        JSON.stringify(
          rows.slice(i, i + 500).map((r) => ({
            k: r.k,
            category: r.category,
            content: r.content,
            search_text: r.searchText,
            search_grams: r.searchGrams,
            search_terms: r.searchTerms,
            search_terms_version: r.searchTermsVersion,
          })),
        ),
      ],
    );
  }
}

/** How many submissions each village gets in each of the 36 months (stochastic rounding). */
export async function planVolumes(c: pg.Client, scale: number, now: Date) {
  const total = Math.round(PROVINCE.submissions * scale);
  await c.query(
    `create table gen.months as
     select m, s as start, least(s + interval '1 month', $1::timestamptz) as stop,
            (array[${SEASON.join(',')}])[extract(month from s)::int] * (0.6 + 0.8 * m / 35.0)
              * extract(epoch from least(s + interval '1 month', $1::timestamptz) - s) / (30 * 86400) as w
       from generate_series(0, 35) m,
            lateral (select date_trunc('month', $1::timestamptz) - (35 - m) * interval '1 month' as s) x`,
    [now],
  );
  await c.query(
    `create table gen.vm as
     select v.id as village_id, m.m, m.start, m.stop,
            floor($1::float8 * v.w / vs.sw * m.w / ms.sw + random())::int as n
       from gen.villages v, gen.months m, (select sum(w) as sw from gen.villages) vs, (select sum(w) as sw from gen.months) ms`,
    [total],
  );
  await c.query('create index on gen.vm (m)');
  await c.query('create sequence gen.seq');
  return total;
}

/**
 * The submissions of month `m` (0 = three years ago). Every place they stand at lies in the
 * village's township, so district_id, township_id and village_id are written here, with the
 * triggers that keep them and the rollups in the app switched off for the load (see gen-province.ts).
 */
export async function insertMonth(c: pg.Client, m: number, now: Date) {
  const r = await c.query(
    `insert into submissions (tracking_code, place_id, scanned_place_id, category_id, channel, content, search_text,
        search_grams, search_terms, search_terms_version, contact_name, status, department_id, due_at, solved_at,
        resident_says_solved, satisfaction, rated_at, created_at, updated_at, district_id, township_id, village_id)
     select ${trackingCodeSql('n')},
       case status when 'township' then township_id when 'community' then village_id
                   when 'grid' then coalesce(grid_id, grid_ids[1], village_id) else scanned end,
       scanned, cats[t.category], channel::submission_channel, t.content, t.search_text, t.search_grams, t.search_terms,
       t.search_terms_version, case when r_contact < 0.5 then '居民' || (n % 997) end, status::submission_status,
       case when status = 'department' then depts[1 + floor(r_pick * cardinality(depts))::int] end,
       case status when 'received' then created_at + interval '2 days'
         when 'grid' then step_at + ${SOLVE_DAYS.grid} * interval '1 day'
         when 'community' then step_at + ${SOLVE_DAYS.community} * interval '1 day'
         when 'township' then step_at + ${SOLVE_DAYS.township} * interval '1 day'
         when 'department' then step_at + ${SOLVE_DAYS.department} * interval '1 day' end,
       solved_at, case when rated then score >= 3 end, case when rated then score end,
       case when rated then least($2::timestamptz, solved_at + (1 + 4 * r_pick) * interval '1 day') end,
       created_at, coalesce(solved_at, step_at, created_at), district_id, township_id,
       case when status <> 'township' then village_id end
     from (
       select y.*, case when status = 'solved' then least($2::timestamptz,
                          created_at + exp(1.6 + 0.8 * gen.normal()) * interval '1 day') end as solved_at,
              status = 'solved' and r_rate < 0.55 as rated,
              ${pickSql('r_score', [
                [1, 3],
                [2, 4],
                [3, 10],
                [4, 28],
                [5, 55],
              ])} as score,
              case when status <> 'received' then least($2::timestamptz, created_at + (0.2 + 1.5 * r_pick) * interval '1 day') end as step_at
       from (
         select x.*,
           case when age >= 2 and r_status < 0.04 then 'declined'
                when r_status < 0.04 + 0.96 * 0.97 * (1 - exp(-age / 10)) then 'solved'
                when age < 2 and r_level < 0.6 then 'received'
                else ${pickSql('r_level', [
                  ['received', 15],
                  ['grid', 20],
                  ['community', 30],
                  ['township', 15],
                  ['department', 20],
                ])}
           end as status,
           case when channel = 'grid_patrol' or r_scan < 0.3 then grid_id else village_id end as scanned
         from (
           select nextval('gen.seq') as n, w.*, extract(epoch from ($2::timestamptz - w.created_at)) / 86400 as age,
             ${pickSql('w.r_chan', [
               ['qr', 55],
               ['walk_in', 10],
               ['reception_day', 5],
               ['grid_patrol', 20],
               ['phone_call', 10],
             ])} as channel,
             w.grid_ids[1 + floor(w.r_grid * cardinality(w.grid_ids))::int] as grid_id
           from (
             select vm.village_id, v.township_id, v.district_id, v.grid_ids, d.ids as depts, ct.ids as cats,
               vm.start + random() * (vm.stop - vm.start) as created_at,
               random() as r_status, random() as r_level, random() as r_chan, random() as r_scan, random() as r_grid,
               random() as r_rate, random() as r_score, random() as r_pick, random() as r_contact,
               floor(random() * ${TEXTS})::int as text_k
             from gen.vm vm join gen.villages v on v.id = vm.village_id
               join gen.depts d on d.district_id = v.district_id join gen.cats ct on ct.district_id = v.district_id,
               lateral generate_series(1, vm.n) g
             where vm.m = $1 and vm.n > 0) w) x) y) z
     join gen.texts t on t.k = z.text_k`,
    [m, now],
  );
  return r.rowCount ?? 0;
}

/** Each submission's first step, and the step that brought it where it stands. */
export async function insertEvents(c: pg.Client) {
  await c.query(`insert into submission_events (submission_id, at, kind, is_public)
    select id, created_at, 'submitted', true from submissions`);
  await c.query(`insert into submission_events (submission_id, at, actor_name, kind, is_public)
    select id, coalesce(solved_at, least(updated_at, created_at + interval '1 day')), '联络员',
      case status when 'grid' then 'to_grid' when 'community' then 'to_community' when 'township' then 'to_township'
        when 'department' then 'to_department' when 'solved' then 'solve' else 'decline' end,
      status in ('solved', 'declined')
    from submissions where status <> 'received'`);
}

/** Fails the run when a submission's district, township or village is not its place's (as the trigger would set them). */
export async function checkSubtree(c: pg.Client) {
  const { rows } = await c.query<{
    n: string;
  }>(`select count(*) as n from submissions s join places p on p.id = s.place_id
     where s.district_id is distinct from nullif(split_part(p.path, '/', 2), '')::uuid
        or s.township_id is distinct from nullif(split_part(p.path, '/', 3), '')::uuid
        or s.village_id is distinct from nullif(split_part(p.path, '/', 4), '')::uuid`);
  if (Number(rows[0]?.n) > 0) throw new Error(`${rows[0]?.n} submissions with a wrong district, township or village`);
}
