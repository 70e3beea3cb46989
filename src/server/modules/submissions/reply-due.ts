import { type SQL, sql } from 'drizzle-orm';
import { submissions } from '../../platform/db/schema';

/**
 * 办结待答复 (a reply due to the resident): solved, yet since it was last (re)opened the resident has
 * had no words from staff on the tracking page — no public reply, no note on solving, and it was not
 * closed by its topic's outcome carried out (that step tells them what was done). Their page shows a
 * bare "办结": the liaison owes them an answer. SQL over submissions.
 */
export const isReplyDueSql = (): SQL => sql`(${submissions.status} = 'solved' and not exists (
  select 1 from submission_events e
  where e.submission_id = ${submissions.id}
    and e.is_public
    and (e.kind = 'outcome_carried_out' or (e.kind in ('reply', 'solve') and coalesce(btrim(e.note), '') <> ''))
    and e.id > coalesce(
      (select max(r.id) from submission_events r where r.submission_id = ${submissions.id} and r.kind = 'reopen'),
      0
    )
))`;
