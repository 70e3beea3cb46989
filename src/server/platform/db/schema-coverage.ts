// Coverage counts (覆盖) kept by triggers: for each place of the top three levels (districts,
// townships, villages and communities — depth ≤ 2), how many places of its subtree hold each
// coverage condition, and how many live members are homed or serve there. The dashboard reads a
// province's or a district's coverage from these rows instead of counting 126,000 places; the
// triggers of migration 0017 (coverage_counts) recompute the rows above every changed place,
// member assignment, account or member grant, in the same transaction.
import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { places } from './schema';

const n = (name: string) => integer(name).notNull().default(0);

export const coverageCounts = pgTable('coverage_counts', {
  placeId: uuid('place_id')
    .primaryKey()
    .references(() => places.id, { onDelete: 'cascade' }),
  /** live villages and communities of the subtree (the place itself included, as in every count here) */
  places: n('places'),
  councils: n('councils'),
  rooms: n('rooms'),
  fourHaves: n('four_haves'),
  workstations: n('workstations'),
  demonstrations: n('demonstrations'),
  /** live villages and communities at or above a place served by a live member (within the subtree) */
  placesWithMembers: n('places_with_members'),
  /** live accounts holding a member role, homed or serving within the subtree */
  members: n('members'),
  /** those of `members` homed within the subtree (each member has one home: these add up across places) */
  membersHomed: n('members_homed'),
});
