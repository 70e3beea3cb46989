// The province's tree of places, as the places module builds it (path '/<district>/<township>/…/',
// depth 0 at the districts, codes d001-t01-v001-g1), set-based: about 100 districts, 1,500
// townships and subdistricts, 25,000 villages and communities, 100,000 grids. Each township gets a
// lognormal weight (big and small townships); each village one within its township.
import type pg from 'pg';
import { PROVINCE } from './setup';

// sibling names: two syllables from these (30 × 20 = 600 distinct), then 区/镇/街道/村/社区
const FIRST = '东西南北中新青金银石桥河湖山林花竹松梅兰安和平康宁福永兴长乐';
const SECOND = '湖山河桥林坪岭溪沟湾塘港园庄店坝口岗洲滩';
const nameSql = (n: string) =>
  `substr('${FIRST}', 1 + (${n}) % 30, 1) || substr('${SECOND}', 1 + ((${n}) / 30) % 20, 1)`;

/** The scratch schema `gen` (dropped at the end) and its one helper: a standard normal draw. */
export async function createHelpers(c: pg.Client) {
  await c.query('drop schema if exists gen cascade');
  await c.query('create schema gen');
  await c.query(`create function gen.normal() returns float8 language sql volatile as
    $$ select sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) $$`);
}

export async function insertDistricts(c: pg.Client) {
  await c.query(`create table gen.districts as
    select i, gen_random_uuid() as id from generate_series(1, ${PROVINCE.districts}) i`);
  await c.query(`alter table gen.districts add column path text`);
  await c.query(`update gen.districts set path = '/' || id || '/'`);
  await c.query(`insert into places (id, parent_id, path, depth, kind, name, code, has_workstation, has_council,
      has_room, room_address, room_has_sign, room_has_venue, room_has_duties, room_has_mechanism)
    select id, null, path, 0, 'district', ${nameSql('i * 7')} || '区', 'd' || lpad(i::text, 3, '0'),
      true, true, true, '区政协协商议事厅', true, true, true, true
    from gen.districts`);
}

export async function insertTownships(c: pg.Client) {
  const [lo, hi] = PROVINCE.townshipsPerDistrict;
  await c.query(`create table gen.townships as
    select d.id as district_id, d.i as di, j, gen_random_uuid() as id, random() < 0.4 as is_sub,
           exp(1.0 * gen.normal()) as w, d.path as dpath
      from (select d.*, round(${lo} + ${hi - lo} * (row_number() over (order by random()) - 1)
                              / (count(*) over () - 1.0))::int as n
              from gen.districts d) d,
           lateral generate_series(1, d.n) j`);
  await c.query(`alter table gen.townships add column path text, add column code text`);
  await c.query(
    `update gen.townships set path = dpath || id || '/', code = 'd' || lpad(di::text, 3, '0') || '-t' || lpad(j::text, 2, '0')`,
  );
  await c.query(`alter table gen.townships add primary key (id)`);
  await c.query(`insert into places (id, parent_id, path, depth, kind, name, code, has_workstation, has_council,
      has_room, room_address, room_has_sign, room_has_venue, room_has_duties, room_has_mechanism, is_demonstration)
    select id, district_id, path, 1, case when is_sub then 'subdistrict' else 'township' end::place_kind,
      ${nameSql('j * 7 + di * 11')} || case when is_sub then '街道' else '镇' end, code,
      random() < 0.9, random() < 0.95, r < 0.85, case when r < 0.85 then '党群服务中心二楼' end,
      r < 0.8, r < 0.85, r < 0.75, r < 0.6, random() < 0.05
    from (select *, random() as r from gen.townships) t`);
}

export async function insertVillages(c: pg.Client) {
  // a lognormal draw (σ = 0.45) per township, scaled so that the province has `villages` in all
  // (the first version drew exp(μ + σN) per township and missed by the townships' own shortfall)
  await c.query(`create table gen.vcount as select id, exp(0.45 * gen.normal()) as r from gen.townships`);
  await c.query(`create table gen.villages as
    select t.id as township_id, t.district_id, t.code as tcode, t.path as tpath, t.is_sub, v, gen_random_uuid() as id,
           t.w * exp(0.5 * gen.normal()) as w
      from gen.townships t
      join (select id, greatest(3, round(r * ${PROVINCE.villages} / sum(r) over ()))::int as n from gen.vcount) k
        on k.id = t.id,
           lateral generate_series(1, k.n) v`);
  await c.query(`alter table gen.villages add column path text, add column code text, add column grid_ids uuid[]`);
  await c.query(`update gen.villages set path = tpath || id || '/', code = tcode || '-v' || lpad(v::text, 3, '0')`);
  await c.query(`alter table gen.villages add primary key (id)`);
  await c.query(`create index on gen.villages (township_id)`);
  await c.query(`insert into places (id, parent_id, path, depth, kind, name, code, has_workstation, has_council,
      has_room, room_address, room_has_sign, room_has_venue, room_has_duties, room_has_mechanism, is_demonstration)
    select id, township_id, path, 2, case when is_sub then 'community' else 'village' end::place_kind,
      ${nameSql('v + 37 * (hashtext(tcode) & 1023)')} || case when is_sub then '社区' else '村' end, code,
      false, r < 0.85, r < 0.7, case when r < 0.7 then '村委会一楼' end,
      r < 0.65, r < 0.7, r < 0.55, r < 0.45, random() < 0.03
    from (select *, random() as r from gen.villages) v`);
}

export async function insertGrids(c: pg.Client) {
  const [lo, hi] = PROVINCE.gridsPerVillage;
  await c.query(`insert into places (id, parent_id, path, depth, kind, name, code)
    select id, vid, vpath || id || '/', 3, 'grid', '第' || g || '网格', vcode || '-g' || g
      from (select gen_random_uuid() as id, v.id as vid, v.path as vpath, v.code as vcode, g
              from gen.villages v,
                   lateral generate_series(1, ${lo} + floor(random() * ${hi - lo + 1} + 0 * v.v)::int) g) x`);
  await c.query(`update gen.villages v set grid_ids = g.ids
    from (select parent_id, array_agg(id order by code) as ids from places where kind = 'grid' group by parent_id) g
   where g.parent_id = v.id`);
  // every place's district, township and village, for the records below
  await c.query(`create table gen.anc as
    select p.id, p.kind, split_part(p.path, '/', 2)::uuid as district_id,
           nullif(split_part(p.path, '/', 3), '')::uuid as township_id,
           nullif(split_part(p.path, '/', 4), '')::uuid as village_id
      from places p`);
  await c.query(`alter table gen.anc add primary key (id)`);
}
