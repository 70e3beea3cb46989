// What deliberation makes of the submissions, in plausible proportions: about 2% of them lead to a
// topic (plus a quarter more from members, leaders and grid screening), most accepted topics get a
// consultation with participants and consensus, most concluded consultations an outcome sent to the
// district's leader (and often a department), with tasks and a leader's evaluation once carried out.
// Codes (YT/XS/CG/RW-<year>-<n>, n four digits or more) are numbered per year and the counters set past them.
import type pg from 'pg';
import { pickSql } from './setup';

const at = (expr: string) => `least($1::timestamptz, ${expr})`;

export async function insertTopics(c: pg.Client, now: Date) {
  // lead submissions: sorted to a council (community, township) or solved there, a week old at least
  await c.query(
    `create table gen.topic_src as
     select s.id as submission_id, s.created_at, s.content, s.category_id,
            case when s.status = 'township' then a.township_id else a.village_id end as place_id
       from submissions s join gen.anc a on a.id = s.scanned_place_id
      where s.status in ('community', 'township', 'solved') and s.created_at < $1::timestamptz - interval '7 days'
        and random() < 0.022`,
    [now],
  );
  await c.query(
    `create table gen.topics as
     select gen_random_uuid() as id, place_id, submission_id, 'submission' as source, left(content, 24) as title, content,
            ${at("created_at + (3 + 17 * random()) * interval '1 day'")} as created_at
       from gen.topic_src
     union all
     select gen_random_uuid(), t.id, null, ${pickSql('random()', [
       ['member', 50],
       ['leader', 25],
       ['grid_screening', 25],
     ])},
            '关于' || (array['老旧小区改造','停车难','养老服务','垃圾分类','农村道路'])[1 + floor(random() * 5)::int] || '的议题', '委员和党委政府提出的议题',
            $1::timestamptz - random() * interval '1095 days'
       from gen.townships t, lateral generate_series(1, floor((select count(*) from gen.topic_src) * 0.25 * t.w
                                          / (select sum(w) from gen.townships) + random() + 0 * t.j)::int) g`,
    [now],
  );
  await c.query(
    `insert into topics (id, code, place_id, title, description, source, urgency, status, screening,
      screened_at, created_at, updated_at)
    select id, 'YT-' || y || '-' || lpad(row_number() over (partition by y order by created_at, id)::text, greatest(4, length(row_number() over (partition by y order by created_at, id)::text)), '0'),
      place_id, title, content, source::topic_source,
      ${pickSql('random()', [
        ['major', 15],
        ['minor', 75],
        ['urgent', 10],
      ])}::topic_urgency, status::topic_status,
      case when status <> 'proposed' then '{"small_scope":true,"precise_aim":true,"broad_relevance":true,"leadership_priority":true,"public_expectation":true,"cppcc_capable":true}'::jsonb end,
      case when status <> 'proposed' then created_at + interval '3 days' end, created_at, created_at
    from (select t.*, extract(year from created_at)::int as y,
            case when age < 14 then ${pickSql('r', [
              ['proposed', 60],
              ['accepted', 25],
              ['in_consultation', 15],
            ])}
                 when age < 45 then ${pickSql('r', [
                   ['rejected', 12],
                   ['withdrawn', 3],
                   ['accepted', 15],
                   ['in_consultation', 40],
                   ['concluded', 30],
                 ])}
                 else ${pickSql('r', [
                   ['rejected', 12],
                   ['withdrawn', 3],
                   ['accepted', 8],
                   ['in_consultation', 5],
                   ['concluded', 72],
                 ])} end as status
          from (select *, extract(epoch from $1::timestamptz - created_at) / 86400 as age, random() as r from gen.topics) t) x`,
    [now],
  );
  await c.query(`insert into topic_submissions (topic_id, submission_id, created_at)
    select id, submission_id, created_at from gen.topics where submission_id is not null`);
}

export async function insertConsultations(c: pg.Client, now: Date) {
  await c.query(
    `insert into consultations (code, topic_id, place_id, title, form, venue, starts_at, ends_at, status, procedure_name,
        summary, sign_in_token, public_token, concluded_at, created_at, updated_at)
     select 'XS-' || extract(year from created_at)::int || '-'
              || lpad(row_number() over (partition by extract(year from created_at) order by created_at, id)::text, greatest(4, length(row_number() over (partition by extract(year from created_at) order by created_at, id)::text)), '0'),
       id, place_id, title, form::consultation_form, '协商议事室', starts_at,
       case when form = 'online' then starts_at + interval '7 days' end,
       case when status = 'concluded' then 'concluded' when starts_at > $1::timestamptz then 'scheduled' else 'in_progress' end::consultation_status,
       '六步议事', case when status = 'concluded' then '与会各方充分协商，达成共识。' end,
       md5(id::text || random()::text), case when form = 'online' then md5(random()::text || id::text) end,
       case when status = 'concluded' then starts_at + interval '2 hours' end, created_at, created_at
     from (select t.id, t.place_id, t.title, t.status,
             ${pickSql('random()', [
               ['meeting', 30],
               ['on_site', 20],
               ['online', 10],
               ['building', 10],
               ['door_to_door', 8],
               ['micro', 12],
               ['counterpart', 5],
               ['sector', 5],
             ])} as form,
             t.created_at + interval '3 days' as created_at,
             case when t.status = 'concluded' then ${at("t.created_at + (7 + 20 * random()) * interval '1 day'")} - interval '3 hours'
                  else $1::timestamptz + (random() * 30 - 10) * interval '1 day' end as starts_at
             from topics t where t.status in ('in_consultation', 'concluded')) x`,
    [now],
  );
  await c.query(`insert into participants (consultation_id, name, affiliation, kind, attended_at, attendance_method, created_at)
    select c.id, '参会人' || k, null,
      ${pickSql('random()', [
        ['member', 25],
        ['resident_rep', 40],
        ['official', 15],
        ['expert', 5],
        ['stakeholder', 10],
        ['staff', 5],
      ])}::participant_kind,
      case when c.status = 'concluded' and random() < 0.92 then c.starts_at end, case when c.status = 'concluded' then 'qr' end, c.created_at
    from consultations c, lateral generate_series(1, 6 + floor(random() * 10 + 0 * extract(epoch from c.starts_at))::int) k`);
  await c.query(`insert into consensus_items (consultation_id, number, text, created_at)
    select c.id, k, '共识第' || k || '条：各方同意分步推进，明确责任单位和时限。', c.concluded_at
    from consultations c, lateral generate_series(1, 2 + floor(random() * 4 + 0 * extract(epoch from c.starts_at))::int) k
    where c.status = 'concluded'`);
}

export async function insertOutcomes(c: pg.Client, now: Date) {
  await c.query(
    `create table gen.outcomes as
     select gen_random_uuid() as id, c.id as consultation_id, c.place_id, c.title, a.district_id,
            ${at("c.concluded_at + (1 + 6 * random()) * interval '1 day'")} as created_at, random() as r, random() as r2
       from consultations c join gen.anc a on a.id = c.place_id
      where c.status = 'concluded' and random() < 0.8`,
    [now],
  );
  await c.query(
    `insert into outcomes (id, code, consultation_id, place_id, type, title, body, status, sent_at, carried_out_at,
        review_due_at, evaluation_token, created_at, updated_at)
     select id, 'CG-' || extract(year from created_at)::int || '-'
              || lpad(row_number() over (partition by extract(year from created_at) order by created_at, id)::text, greatest(4, length(row_number() over (partition by extract(year from created_at) order by created_at, id)::text)), '0'),
       consultation_id, place_id,
       ${pickSql('r2', [
         ['agreement', 35],
         ['recommendation', 20],
         ['public_opinion', 15],
         ['village_rules', 10],
         ['special_report', 10],
         ['proposal', 10],
       ])}::outcome_type,
       title || '的协商成果', '协商形成的成果，报送有关方面落实。', status::outcome_status,
       case when status <> 'draft' then created_at + interval '1 day' end,
       case when status = 'carried_out' then ${at("created_at + (30 + 60 * r2) * interval '1 day'")} end,
       case when status = 'carried_out' then ${at("created_at + (30 + 60 * r2) * interval '1 day'")} + interval '90 days' end,
       case when status = 'carried_out' then md5(id::text) end, created_at, created_at
     from (select o.*, case when age < 7 then ${pickSql('r', [
       ['draft', 50],
       ['sent', 50],
     ])}
                            when age < 30 then ${pickSql('r', [
                              ['sent', 40],
                              ['answered', 30],
                              ['carrying_out', 30],
                            ])}
                            when age < 90 then ${pickSql('r', [
                              ['sent', 10],
                              ['answered', 20],
                              ['carrying_out', 45],
                              ['carried_out', 25],
                            ])}
                            else ${pickSql('r', [
                              ['sent', 5],
                              ['answered', 10],
                              ['carrying_out', 20],
                              ['carried_out', 65],
                            ])} end as status
             from (select *, extract(epoch from $1::timestamptz - created_at) / 86400 as age from gen.outcomes) o) x`,
    [now],
  );
  // sent to the district's leader, and to one of its departments for two in five
  await c.query(`insert into outcome_recipients (outcome_id, account_id, sent_at, read_at, reply, verdict, verdict_reason, replied_at)
    select o.id, who, o.sent_at, o.sent_at + interval '1 day',
      case when answered then '已研究，按成果推进。' end, case when answered then verdict::reply_verdict end,
      case when answered and verdict <> 'adopted' then '受资金所限，分年度实施。' end,
      case when answered then o.sent_at + (5 + 10 * random()) * interval '1 day' end
    from (select o.*, o.status <> 'sent' as answered,
            ${pickSql('random()', [
              ['adopted', 70],
              ['partly_adopted', 25],
              ['not_adopted', 5],
            ])} as verdict
            from outcomes o where o.status <> 'draft') o
    join gen.outcomes g on g.id = o.id
    cross join lateral (select l.leader_id as who from gen.leaders l where l.district_id = g.district_id
                        union all
                        select d.ids[1 + floor(random() * cardinality(d.ids))::int] from gen.depts d
                         where d.district_id = g.district_id and g.r2 < 0.4) w`);
}

export async function insertTasks(c: pg.Client, now: Date) {
  await c.query(
    `insert into tasks (code, outcome_id, place_id, title, owner_id, due_at, status, last_progress_at, finished_at,
        accepted_at, created_at, updated_at)
     select 'RW-' || extract(year from created_at)::int || '-'
              || lpad(row_number() over (partition by extract(year from created_at) order by created_at, outcome_id, k)::text, greatest(4, length(row_number() over (partition by extract(year from created_at) order by created_at, outcome_id, k)::text)), '0'),
       outcome_id, place_id, title, owner_id, created_at + interval '60 days', status::task_status,
       case when status <> 'not_started' then ${at("created_at + interval '20 days'")} end,
       case when status in ('done', 'accepted') then coalesce(carried_out_at, ${at("created_at + interval '40 days'")}) end,
       case when status = 'accepted' then carried_out_at end, created_at, created_at
     from (select o.id as outcome_id, o.place_id, o.carried_out_at, o.sent_at + interval '2 days' as created_at, k,
             '落实任务' || k || '：' || left(o.title, 16) as title,
             d.ids[1 + floor(random() * cardinality(d.ids))::int] as owner_id,
             case when o.status = 'carried_out' then 'accepted'
                  else ${pickSql('random()', [
                    ['not_started', 20],
                    ['in_progress', 60],
                    ['done', 20],
                  ])} end as status
             from outcomes o join gen.outcomes g on g.id = o.id join gen.depts d on d.district_id = g.district_id,
                  lateral generate_series(1, 1 + floor(random() * 3 + 0 * g.r)::int) k
            where o.status in ('carrying_out', 'carried_out')) x`,
    [now],
  );
  // 党政点评 on half of what was carried out
  await c.query(`insert into evaluations (outcome_id, kind, account_id, score, comment, created_at, updated_at)
    select o.id, 'leader', l.leader_id, 3 + floor(random() * 3)::int, '成效明显。', o.carried_out_at, o.carried_out_at
      from outcomes o join gen.outcomes g on g.id = o.id join gen.leaders l on l.district_id = g.district_id
     where o.status = 'carried_out' and g.r < 0.5`);
}

/** Sets each code counter past the highest number generated, so the app's next code is free. */
export async function setCodeCounters(c: pg.Client) {
  for (const [prefix, table] of [
    ['YT', 'topics'],
    ['XS', 'consultations'],
    ['CG', 'outcomes'],
    ['RW', 'tasks'],
  ] as const) {
    await c.query(`insert into code_counters (prefix, year, value)
      select '${prefix}', split_part(code, '-', 2)::int, max(split_part(code, '-', 3)::int) from ${table} group by 2
      on conflict (prefix, year) do update set value = greatest(code_counters.value, excluded.value)`);
  }
}
