// The members among residents over the demo's year: each member's fixed contacts (联系群众, two or
// three, phones sealed as the contacts module keeps them) and the log of being in touch, and the
// reception days (委员接待日) they held or missed where they serve. 王海燕 and 赵立新 keep the contacts
// of their own story (demo-contacts.ts); what they logged earlier in the year was with others.
import { randomUUID } from 'node:crypto';
import type { ContactKind, ContactLogKind } from '../../shared/enums';
import { contactPhoneColumns } from '../modules/contacts';
import { makeCipher } from '../platform/crypto';
import type { DbOrTx } from '../platform/db';
import { contactLogs, memberContacts, receptionSlots } from '../platform/db/schema';
import type { YearMember, YearPlace, YearScene } from './demo-year';
import { momentIn, spread } from './demo-year-plan';
import { CONTACT_NAMES, CONTACT_SUMMARIES, RECEPTION_SUMMARIES } from './demo-year-texts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Those whose contacts are their own story's (demo-contacts.ts). */
const STORIED = ['member.wang', 'member.zhao'];
const KINDS: ContactKind[][] = [
  ['household', 'enterprise', 'resident'],
  ['resident', 'sector_group', 'household'],
  ['enterprise', 'household', 'sector_group'],
];
const LOG_KINDS: ContactLogKind[] = ['visit', 'call', 'visit', 'online', 'meeting'];
const ABSENCES = ['单位临时安排出差，未能提前换班', '身体不适请假', '参加区里会议，与接待日时间冲突'];

export type KeptContact = { id: string; placeId: string };

/** A made-up mobile number per contact (18x, 11 digits): the demo has no real people's numbers. */
const phoneOf = (i: number) => `18${(i % 9) + 1}${String(60_123_457 + i * 7_919).slice(0, 8)}`;

/** Where a member's k-th contact lives: a place they are assigned to, a village of their township, or any. */
function contactPlace(m: YearMember, k: number, villages: YearPlace[]) {
  const assigned = m.served.filter((p) => p.id !== m.home.id);
  if (assigned.length > 0) return assigned[k % assigned.length] as YearPlace;
  const near = villages.filter((v) => v.path.startsWith(m.home.path));
  const pool = near.length > 0 ? near : villages;
  return pool[(m.index + k * 3) % pool.length] as YearPlace;
}

/**
 * Every member's fixed contacts but those of the story: two each, three for the busiest, kept since
 * `since`; phones sealed under `secret` (none without one). Returns each member's contacts.
 */
export async function seedYearContactsKept(
  tx: DbOrTx,
  o: { roster: YearMember[]; villages: YearPlace[]; since: Date; secret: string | undefined },
) {
  const cipher = o.secret ? makeCipher(o.secret) : undefined;
  const kept = new Map<string, KeptContact[]>();
  const rows: (typeof memberContacts.$inferInsert)[] = [];
  for (const m of o.roster) {
    if (STORIED.includes(m.username)) continue;
    const kinds = KINDS[m.index % KINDS.length] as ContactKind[];
    const count = m.index % 4 === 0 ? 3 : 2;
    const theirs: KeptContact[] = [];
    for (const [k, kind] of kinds.slice(0, count).entries()) {
      const p = contactPlace(m, k, o.villages);
      const names = CONTACT_NAMES[kind];
      const name = (names[(m.index + k) % names.length] as string).replace('{p}', p.name);
      const id = randomUUID();
      const isPerson = kind === 'household' || kind === 'resident';
      rows.push({
        id,
        memberId: m.id,
        placeId: p.id,
        kind,
        name,
        address: isPerson ? `${p.name}${(m.index % 6) + 1}组${((m.index * 7 + k) % 40) + 1}号` : `${p.name}`,
        note: isPerson ? '结对联系户，每季度至少走访一次' : '界别联系单位',
        visitEveryDays: isPerson ? 60 : 90,
        ...(cipher ? contactPhoneColumns(cipher, phoneOf(m.index * 3 + k)) : {}),
        createdAt: o.since,
        updatedAt: o.since,
      });
      theirs.push({ id, placeId: p.id });
    }
    kept.set(m.id, theirs);
  }
  if (rows.length > 0) await tx.insert(memberContacts).values(rows);
  return kept;
}

/** The year's log of being in touch: each member's count, round their contacts (or anyone, for the story's two). */
export async function seedYearContacts(s: YearScene, kept: Map<string, KeptContact[]>) {
  const rows: (typeof contactLogs.$inferInsert)[] = [];
  for (const { m, d } of s.members) {
    const theirs = kept.get(m.id) ?? [];
    const when = spread(d.contacts, ((m.index % 5) - 2) / 5);
    for (const [k, f] of when.entries()) {
      const c = theirs[k % Math.max(theirs.length, 1)];
      const at = momentIn(s.window, f, 10 + (k % 6));
      rows.push({
        memberId: m.id,
        contactId: c?.id ?? null,
        placeId: c?.placeId ?? (m.served[0] as YearPlace).id,
        kind: LOG_KINDS[(k + m.index) % LOG_KINDS.length] as ContactLogKind,
        happenedAt: at,
        summary: CONTACT_SUMMARIES[(k + m.index + s.year) % CONTACT_SUMMARIES.length] as string,
        createdAt: new Date(at.getTime() + 2 * HOUR),
      });
    }
  }
  if (rows.length > 0) await s.tx.insert(contactLogs).values(rows);
}

/**
 * The year's reception days: each member's held and missed days, 9:00–11:30 at the first place they
 * serve — this year not at 桃园社区 or 柳塘村, whose rotas of these weeks are demo-contacts' — one
 * member a day at a place.
 */
export async function seedYearReceptions(s: YearScene) {
  const taken = new Set<string>();
  const rows: (typeof receptionSlots.$inferInsert)[] = [];
  for (const { m, d } of s.members) {
    const storied = s.isThisYear ? ['dh-ty', 'nl-lt'] : [];
    const p = m.served.find((x) => !storied.includes(x.code)) ?? m.home;
    const n = d.receptions + d.receptionAbsences;
    const missed = new Set(spread(d.receptionAbsences, 0.4).map((f) => Math.floor(f * n)));
    for (const [k, f] of spread(n, ((m.index % 7) - 3) / 7).entries()) {
      let startsAt = momentIn(s.window, f, 9);
      while (taken.has(`${p.id}:${startsAt.toISOString().slice(0, 10)}`)) startsAt = new Date(startsAt.getTime() + DAY);
      taken.add(`${p.id}:${startsAt.toISOString().slice(0, 10)}`);
      const endsAt = new Date(startsAt.getTime() + 2.5 * HOUR);
      const isMissed = missed.has(k);
      rows.push({
        id: randomUUID(),
        placeId: p.id,
        memberId: m.id,
        startsAt,
        endsAt,
        venue: p.venue,
        status: isMissed ? 'absent' : 'held',
        absenceReason: isMissed ? (ABSENCES[(m.index + k) % ABSENCES.length] as string) : null,
        visitors: isMissed ? null : 2 + ((m.index + k) % 6),
        summary: isMissed ? null : (RECEPTION_SUMMARIES[(m.index + k + s.year) % RECEPTION_SUMMARIES.length] as string),
        recordedById: isMissed ? s.keeperOf(p) : m.id,
        recordedAt: new Date(endsAt.getTime() + HOUR),
        createdById: s.keeperOf(p),
        createdAt: new Date(startsAt.getTime() - 30 * DAY),
        updatedAt: new Date(endsAt.getTime() + HOUR),
      });
    }
  }
  if (rows.length > 0) await s.tx.insert(receptionSlots).values(rows);
}
