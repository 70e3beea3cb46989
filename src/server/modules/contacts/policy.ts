// Who may do what with members' fixed contacts (联系群众) and their log, and which a person sees:
// one table for both.
import { eq, or, type SQL } from 'drizzle-orm';
import type { Role } from '../../../shared/enums';
import { type Actor, reaches, reachOf } from '../../platform/auth/actor';
import { inSubtree, isWithin } from '../../platform/db/place-path';
import { contactLogs, memberContacts, places } from '../../platform/db/schema';

export type ContactAction = 'read' | 'keep';

/**
 * The member keeps their own contacts and log (and reads them wherever they are); the CPPCC office
 * and liaisons read those of their region, by the contact's (or the entry's) place. Nobody else.
 */
export const CONTACT_READERS = ['cppcc', 'liaison'] as const satisfies readonly Role[];

type Scope = { memberId: string; placePath: string };

const isMember = (actor: Actor) => actor.grants.some((g) => g.role === 'member');
const owns = (actor: Actor, c: Scope) => c.memberId === actor.id && isMember(actor);

export const CONTACT_MAY = {
  read: (actor, c) => owns(actor, c) || reaches(actor, CONTACT_READERS, c.placePath),
  keep: owns,
} as const satisfies Record<ContactAction, (actor: Actor, c: Scope) => boolean>;

export const canContact = (actor: Actor, action: ContactAction, c: Scope) => CONTACT_MAY[action](actor, c);

/** May the actor keep contacts at all (a member)? */
export const mayKeepContacts = isMember;

/** Does the actor see any contacts at all (a member, or a reader somewhere)? Others are refused the lists. */
export const maySeeContacts = (actor: Actor) =>
  isMember(actor) || actor.grants.some((g) => (CONTACT_READERS as readonly Role[]).includes(g.role));

/** What the viewer may do with a contact now: the member, while it is kept. */
export function contactAbilities(actor: Actor, c: Scope & { archivedAt: Date | null }) {
  const keeps = canContact(actor, 'keep', c);
  return { edit: keeps && !c.archivedAt, log: keeps && !c.archivedAt, revealPhone: keeps };
}

/**
 * Where a member may keep a contact or log being in touch: within the reach of their member grant,
 * or at or beneath a place they serve (the workstation they belong to, a place they 下沉 to).
 */
export const mayServeAt = (actor: Actor, servedPaths: readonly string[], path: string) =>
  reaches(actor, ['member'], path) || servedPaths.some((p) => isWithin(path, p));

const seen = (actor: Actor, memberColumn: typeof memberContacts.memberId | typeof contactLogs.memberId): SQL => {
  const byPlace = inSubtree(places.path, reachOf(actor, CONTACT_READERS));
  return isMember(actor) ? (or(eq(memberColumn, actor.id), byPlace) as SQL) : byPlace;
};

/** The contacts the actor sees, as SQL over member_contacts ⋈ places (the contact's place). */
export const visibleContacts = (actor: Actor) => seen(actor, memberContacts.memberId);

/** The log entries the actor sees, as SQL over contact_logs ⋈ places (the entry's place). */
export const visibleLogs = (actor: Actor) => seen(actor, contactLogs.memberId);
