// The duty ledger read from the records the other modules write: one branch per kind, all of them
// for a whole set of members in one statement, so a region's ranking is one query, not one per
// member. Each line names the record behind it, so every point opens that record.
import { type SQL, sql } from 'drizzle-orm';
import type { DutyRecordType } from '../../../shared/access/duty';
import type { DutyKind } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { yearWindow } from './scoring';

export type LedgerRow = {
  /** the line's own key: its kind and the row behind it (an opinion, a participation, a log …) */
  id: string;
  memberId: string;
  kind: DutyKind;
  at: Date;
  recordType: DutyRecordType;
  recordId: string;
  label: string;
  /** a training's hours, a manual entry's points (both in tenths); null for the rest */
  amount: number | null;
  /** a contact log's fixed contact: where the line opens */
  contactId: string | null;
};

/** Channels by which a member takes a resident's problem down themselves (not the resident's QR code). */
const ENTERED_CHANNELS = sql`('reception_day', 'grid_patrol', 'walk_in', 'phone_call')`;

/**
 * Every kind but manual entries, unfiltered by date: consultations attended (signed in), opinions
 * voiced, invitations missed at a concluded consultation, topics recommended (委员荐题), residents'
 * problems taken down, contacts logged, reception days held or missed, whistles answered, writings
 * submitted and 社情民意 adopted, trainings attended (by their hours).
 */
const RECORD_LINES = sql`
  select p.id::text as line_id, p.account_id as member_id, 'consultation_attended' as kind, c.starts_at as at,
         'consultation' as record_type, c.id as record_id, c.code || ' ' || c.title as label,
         null::int as amount, null::uuid as contact_id
    from participants p join m on m.id = p.account_id join consultations c on c.id = p.consultation_id
   where p.attended_at is not null and c.status <> 'cancelled'
  union all
  select o.id::text, p.account_id, 'opinion_given', c.starts_at, 'consultation', c.id, c.code || ' ' || c.title, null, null
    from opinions o join participants p on p.id = o.participant_id join m on m.id = p.account_id
    join consultations c on c.id = o.consultation_id
   where c.status <> 'cancelled'
  union all
  select p.id::text, p.account_id, 'consultation_absent', c.starts_at, 'consultation', c.id, c.code || ' ' || c.title, null, null
    from participants p join m on m.id = p.account_id join consultations c on c.id = p.consultation_id
   where p.is_invited and p.attended_at is null and c.status = 'concluded'
  union all
  select t.id::text, t.proposed_by_id, 'topic_recommended', t.created_at, 'topic', t.id, t.code || ' ' || t.title, null, null
    from topics t join m on m.id = t.proposed_by_id
   where t.source = 'member' and t.status <> 'withdrawn'
  union all
  select s.id::text, s.created_by_id, 'submission_entered', s.created_at, 'submission', s.id,
         s.tracking_code || ' ' || left(s.content, 40), null, null
    from submissions s join m on m.id = s.created_by_id
   where s.channel in ${ENTERED_CHANNELS}
  union all
  select l.id::text, l.member_id, 'contact_logged', l.happened_at, 'contact_log', l.id, coalesce(k.name, left(l.summary, 40)),
         null, l.contact_id
    from contact_logs l join m on m.id = l.member_id left join member_contacts k on k.id = l.contact_id
  union all
  select r.id::text, r.member_id, case r.status when 'held' then 'reception_held' else 'reception_absent' end, r.starts_at,
         'reception', r.id, pl.name, null, null
    from reception_slots r join m on m.id = r.member_id join places pl on pl.id = r.place_id
   where r.status in ('held', 'absent')
  union all
  select wr.id::text, wr.responder_id, 'whistle_answered', wr.answered_at, 'whistle', w.id, w.code || ' ' || left(w.need, 40),
         null, null
    from whistle_responses wr join m on m.id = wr.responder_id join whistles w on w.id = wr.whistle_id
   where w.status <> 'withdrawn'
  union all
  select mw.id::text, mw.author_id, case mw.kind when 'proposal' then 'proposal_written' else 'public_opinion_written' end,
         mw.submitted_at, 'writing', mw.id, mw.code || ' ' || mw.title, null, null
    from member_writings mw join m on m.id = mw.author_id
   where mw.submitted_at is not null
  union all
  select mw.id::text, mw.author_id, 'public_opinion_adopted', mw.adopted_at, 'writing', mw.id, mw.code || ' ' || mw.title, null, null
    from member_writings mw join m on m.id = mw.author_id
   where mw.kind = 'public_opinion' and mw.adopted_at is not null
  union all
  select ta.training_id::text || ':' || ta.account_id::text, ta.account_id, 'training_attended', t.starts_at, 'training', t.id, t.title, t.hours_tenths, null
    from training_attendance ta join m on m.id = ta.account_id join trainings t on t.id = ta.training_id
   where t.archived_at is null`;

const uuidArray = (ids: readonly string[]): SQL =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

type Raw = {
  line_id: string;
  member_id: string;
  kind: DutyKind;
  at: Date | string;
  record_type: DutyRecordType;
  record_id: string;
  label: string | null;
  amount: number | null;
  contact_id: string | null;
};

/**
 * SQL: the lines of `year` (the deployment's calendar) of the members in the CTE `m(id)`: the
 * records' lines, and approved manual entries (其他履职) of that year — what a ledger lists and what
 * a tally (tally-sql.ts) sums, so the two cannot count different lines.
 */
export function yearLines(year: number): SQL {
  const { from, to } = yearWindow(year);
  return sql`
    select line_id, member_id, kind, at, record_type, record_id, label, amount, contact_id
      from (${RECORD_LINES}) lines
     where at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz
    union all
    select e.id::text, e.member_id, 'manual', e.happened_at, 'duty_entry', e.id, left(e.description, 60), e.points_tenths, null
      from duty_manual_entries e join m on m.id = e.member_id
     where e.status = 'approved' and e.year = ${year}::int`;
}

/** The ledger lines of `memberIds` in `year`, oldest first (see yearLines). */
export async function ledgerRows(db: DbOrTx, memberIds: readonly string[], year: number): Promise<LedgerRow[]> {
  if (memberIds.length === 0) return [];
  const result = await db.execute<Raw>(sql`
    with m(id) as (select unnest(${uuidArray(memberIds)}))
    ${yearLines(year)}
    order by at, kind, record_id, line_id`);
  return result.rows.map((r) => ({
    id: `${r.kind}:${r.line_id}`,
    memberId: r.member_id,
    kind: r.kind,
    at: new Date(r.at),
    recordType: r.record_type,
    recordId: r.record_id,
    label: r.label ?? '',
    amount: r.amount === null ? null : Number(r.amount),
    contactId: r.contact_id,
  }));
}
