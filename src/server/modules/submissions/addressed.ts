// 委员会客厅: a resident addresses a submission to a member of their place, who is told and may
// read it wherever it is; it is sorted as any other.
import { and, asc, eq, exists, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db';
import { pathIds } from '../../platform/db/place-path';
import { accounts, grants, memberPlaces } from '../../platform/db/schema';
import { notify } from '../notifications';

/**
 * The members a resident of a place may address: those assigned to the place itself (下沉) or
 * belonging to the workstation (委员工作站) of a place above it, who still hold a member grant and
 * can sign in. Names only: this list is public.
 */
export function addressableMembers(db: DbOrTx, place: { id: string; path: string }) {
  return db
    .selectDistinct({ id: accounts.id, name: accounts.displayName })
    .from(memberPlaces)
    .innerJoin(accounts, eq(accounts.id, memberPlaces.accountId))
    .where(
      and(
        or(
          eq(memberPlaces.placeId, place.id),
          and(eq(memberPlaces.kind, 'workstation'), inArray(memberPlaces.placeId, pathIds(place.path))),
        ),
        eq(accounts.isDisabled, false),
        exists(
          db
            .select({ one: sql`1` })
            .from(grants)
            .where(and(eq(grants.accountId, accounts.id), eq(grants.role, 'member'))),
        ),
      ),
    )
    .orderBy(asc(accounts.displayName), asc(accounts.id));
}

/** Is `memberId` one the resident of this place may address? */
export async function isAddressable(db: DbOrTx, place: { id: string; path: string }, memberId: string) {
  const members = await addressableMembers(db, place);
  return members.some((m) => m.id === memberId);
}

/** Tells the member a resident wrote to them (once per submission, however often the request is retried). */
export const tellAddressedMember = (
  tx: DbOrTx,
  memberId: string,
  s: { id: string; trackingCode: string; content: string },
) =>
  notify(tx, {
    accountIds: [memberId],
    kind: 'member_addressed',
    params: { code: s.trackingCode, title: excerpt(s.content) },
    entityType: 'submission',
    entityId: s.id,
    dedupeKey: `submission:${s.id}:addressed`,
  });

const EXCERPT = 30;
/** The first words of what the resident wrote, for the notice's line. */
export const excerpt = (content: string) => (content.length > EXCERPT ? `${content.slice(0, EXCERPT)}…` : content);
