// The people of the province: a leader, liaison, CPPCC office, admin and departments per district;
// a liaison and a leader per township; a province leader and CPPCC office holding their role at
// every district; 30,000 members with profiles, their workstation and the villages they serve;
// and the categories residents choose from, configured at each district.

import type pg from 'pg';
import { DEMO_CATEGORIES } from '../../src/server/modules/submissions/demo';
import { MEMBER_PARTIES, MEMBER_SECTORS } from '../../src/shared/enums';
import { PROVINCE, pickSql } from './setup';

const DEPARTMENTS = ['住建局', '交通运输局', '城管局', '卫健局', '医保局', '民政局', '农业农村局', '生态环境局'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

const arr = (xs: readonly string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;
const personName = (n: string) =>
  `substr('${SURNAMES}', 1 + ((${n}) % 20)::int, 1) || substr('${GIVEN}', 1 + ((${n}) / 20 % 25)::int, 1) || substr('${GIVEN}', 1 + ((${n}) / 500 % 25)::int, 1)`;

/** One account per row of `select home, username, display, role, grant_place`, with its grant. */
async function accountsFrom(c: pg.Client, hash: string, select: string) {
  await c.query(
    `with src as (${select}), ins as (
       insert into accounts (username, display_name, password_hash, home_place_id)
       select username, display, $1, home from src returning id, username)
     insert into grants (account_id, place_id, role)
     select ins.id, src.grant_place, src.role::role from ins join src using (username)`,
    [hash],
  );
}

export async function insertStaff(c: pg.Client, hash: string) {
  const perDistrict = ['leader', 'liaison', 'cppcc', 'admin'] as const;
  const words = { leader: '区领导', liaison: '区联络员', cppcc: '区政协办', admin: '区管理员' };
  for (const role of perDistrict) {
    await accountsFrom(
      c,
      hash,
      `select id as home, 'd' || lpad(i::text, 3, '0') || '-${role}' as username,
              p.name || '${words[role]}' as display, '${role}' as role, id as grant_place
         from gen.districts d join places p using (id)`,
    );
  }
  await accountsFrom(
    c,
    hash,
    `select d.id as home, 'd' || lpad(d.i::text, 3, '0') || '-dept-' || k as username,
            p.name || (${arr(DEPARTMENTS)})[k] as display, 'department' as role, d.id as grant_place
       from gen.districts d join places p using (id), generate_series(1, ${PROVINCE.departmentsPerDistrict}) k`,
  );
  for (const role of ['liaison', 'leader'] as const) {
    await accountsFrom(
      c,
      hash,
      `select t.id as home, t.code || '-${role}' as username, p.name || '${role === 'leader' ? '领导' : '联络员'}' as display,
              '${role}' as role, t.id as grant_place
         from gen.townships t join places p using (id)`,
    );
  }
  // the province: one account holding its role at every district (the tree has no place above them)
  for (const role of ['leader', 'cppcc'] as const) {
    await c.query(
      `with a as (insert into accounts (username, display_name, password_hash, home_place_id)
         select 'province-${role}', '${role === 'leader' ? '省领导' : '省政协办'}', $1, id from gen.districts where i = 1
         returning id)
       insert into grants (account_id, place_id, role) select a.id, d.id, '${role}' from a, gen.districts d`,
      [hash],
    );
  }
  await c.query(`create table gen.depts as
    select d.id as district_id, array_agg(a.id order by a.username) as ids
      from gen.districts d join accounts a on a.username like 'd' || lpad(d.i::text, 3, '0') || '-dept-%'
     group by d.id`);
  await c.query(`create table gen.leaders as
    select d.id as district_id, a.id as leader_id
      from gen.districts d join accounts a on a.username = 'd' || lpad(d.i::text, 3, '0') || '-leader'`);
}

/** Members spread over the townships by the square root of their weight (bigger places, more members). */
export async function insertMembers(c: pg.Client, hash: string) {
  await c.query(`create table gen.member_seats as
    select t.id as township_id, t.code, n from (
      select id, code, floor(${PROVINCE.members} * sqrt(w) / sum(sqrt(w)) over () + random())::int as n
        from gen.townships) t(id, code, n)`);
  await c.query(`create table gen.members as
    select gen_random_uuid() as id, s.township_id, s.code || '-m' || lpad(k::text, 3, '0') as username,
           row_number() over (order by s.code, k) as seq
      from gen.member_seats s, lateral generate_series(1, s.n) k`);
  await c.query(
    `insert into accounts (id, username, display_name, password_hash, home_place_id)
     select id, username, ${personName('seq * 7919')}, $1, township_id from gen.members`,
    [hash],
  );
  await c.query(`insert into grants (account_id, place_id, role) select id, township_id, 'member' from gen.members`);
  await c.query(`insert into member_profiles (account_id, member_no, sector, level, party, gender, employer, term_start, term_end)
    select id, 'M' || lpad(seq::text, 6, '0'),
      (${arr(MEMBER_SECTORS)})[1 + floor(random() * ${MEMBER_SECTORS.length})::int],
      ${pickSql('random()', [
        ['county', 80],
        ['municipal', 15],
        ['provincial', 4],
        ['national', 1],
      ])}::member_level,
      ${pickSql(
        'random()',
        MEMBER_PARTIES.map((p, i) => [p, [45, 3, 4, 4, 3, 3, 2, 3, 1, 8, 24][i] ?? 1] as const),
      )},
      case when random() < 0.4 then 'female' else 'male' end, '本地单位', 2022, 2026
    from gen.members`);
  await c.query(`insert into member_places (account_id, place_id, kind)
    select id, township_id, 'workstation' from gen.members`);
  // 下沉: each member serves one or two villages of their township
  await c.query(`insert into member_places (account_id, place_id, kind)
    select distinct m.id, v.id, 'assigned'::member_place_kind
      from gen.members m
      cross join lateral (select id from gen.villages v where v.township_id = m.township_id
                          order by random() + 0 * m.seq limit (1 + (m.seq % 2))::int) v`);
}

export async function insertCategories(c: pg.Client) {
  await c.query(`insert into categories (place_id, name, sort_order)
    select d.id, (${arr(DEMO_CATEGORIES)})[k], k from gen.districts d, generate_series(1, ${DEMO_CATEGORIES.length}) k`);
  await c.query(`create table gen.cats as
    select place_id as district_id, array_agg(id order by sort_order) as ids from categories group by place_id`);
}
