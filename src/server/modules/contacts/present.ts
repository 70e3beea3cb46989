import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { canContact, contactAbilities } from './policy';
import { type ContactRow, type LogRow, logsOfContact, ownCounts, raisedAt } from './queries';
import { isDue, nextVisitAt } from './rules';

/** A contact as lists show it: never its phone's cipher, its next visit and whether it is due. */
export function presentContact({ phoneCipher: _, memberId: __, placePath: ___, ...c }: ContactRow, now: Date) {
  return {
    ...c,
    nextVisitAt: nextVisitAt(c.lastContactAt, c.visitEveryDays),
    isDue: isDue(c.lastContactAt, c.visitEveryDays, now),
  };
}

/** Log entries with the submissions each raised, and whether the viewer may raise one more. */
export async function presentLogs(db: DbOrTx, actor: Actor, rows: LogRow[]) {
  const raised = await raisedAt(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ memberId, placePath, ...r }) => ({
    ...r,
    // a left join gives a contact of nulls when the entry had none
    contact: r.contact?.id ? r.contact : null,
    submissions: raised.filter((s) => s.contactLogId === r.id).map(({ contactLogId: _, ...s }) => s),
    canRaise: canContact(actor, 'keep', { memberId, placePath }),
  }));
}

/** A contact's page: its log, the member's count of contacts, and what the viewer may do. */
export async function loadContactDetail(db: DbOrTx, actor: Actor, row: ContactRow, now = new Date()) {
  const [logs, counts] = await Promise.all([
    logsOfContact(db, row.id).then((rows) => presentLogs(db, actor, rows)),
    ownCounts(db, row.memberId, now),
  ]);
  return {
    ...presentContact(row, now),
    logs,
    memberContactCount: counts.count,
    abilities: contactAbilities(actor, row),
  };
}
