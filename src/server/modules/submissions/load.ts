import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db';
import { pathIds } from '../../platform/db/place-path';
import { accounts, places, submissions } from '../../platform/db/schema';
import { presentSubmissionDetail } from './present';
import { eventsOf, photosOf, type SubmissionRow } from './queries';
import { similarSubmissions } from './similar';

/** The detail page: the timeline, photos, near-duplicates, merge target and department, read together. */
export async function loadSubmissionDetail(db: DbOrTx, actor: Actor, row: SubmissionRow, now: Date) {
  const [events, photos, similar, mergedInto, department, addressedMember] = await Promise.all([
    eventsOf(db, row.id),
    photosOf(db, row.id),
    similarSubmissions(db, actor, {
      id: row.id,
      content: row.content,
      placePath: row.placePath,
      categoryId: row.s.categoryId,
      terms: row.s.searchTerms,
      termsVersion: row.s.searchTermsVersion,
    }),
    row.s.mergedIntoId
      ? db
          .select({ id: submissions.id, trackingCode: submissions.trackingCode })
          .from(submissions)
          .where(eq(submissions.id, row.s.mergedIntoId))
      : [],
    row.departmentId
      ? db
          .select({ id: accounts.id, name: accounts.displayName })
          .from(accounts)
          .where(eq(accounts.id, row.departmentId))
      : [],
    row.s.addressedMemberId
      ? db
          .select({ id: accounts.id, displayName: accounts.displayName })
          .from(accounts)
          .where(eq(accounts.id, row.s.addressedMemberId))
      : [],
  ]);
  const parts = {
    events,
    residentPlace: await residentPlace(db, events),
    photos,
    similar,
    mergedInto: mergedInto[0] ?? null,
    department: department[0] ?? null,
    addressedMember: addressedMember[0] ?? null,
  };
  return presentSubmissionDetail(actor, row, parts, now);
}

/** 居民所在: the place the first sorting step moved the item away from, with its full name. */
async function residentPlace(db: DbOrTx, events: { data: unknown }[]) {
  const id = events
    .map((e) => (e.data as { fromPlaceId?: unknown } | null)?.fromPlaceId)
    .find((v): v is string => typeof v === 'string');
  if (!id) return null;
  const [p] = await db.select({ path: places.path }).from(places).where(eq(places.id, id));
  if (!p) return null;
  const ids = pathIds(p.path);
  const above = await db.select({ id: places.id, name: places.name }).from(places).where(inArray(places.id, ids));
  const names = new Map(above.map((a) => [a.id, a.name]));
  return { id, trail: ids.map((i) => names.get(i) ?? '').join(' / ') };
}
