// 本周接待委员: the members on duty this week at a place and the places above it (its workstation),
// as residents see them on the place's page — names, 界别, time and venue; never a phone.
import { and, asc, eq, gte, inArray, isNull, lt, ne } from 'drizzle-orm';
import type { Locale } from '../../../shared/enums';
import { sectorLabel } from '../../../shared/messages/sectors';
import type { DbOrTx } from '../../platform/db';
import { pathIds } from '../../platform/db/place-path';
import { accounts, memberProfiles, places, receptionSlots } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { weekOf } from './rules';

export async function publicReceptionWeek(db: DbOrTx, code: string, locale: Locale, now = new Date()) {
  const [place] = await db
    .select({ path: places.path })
    .from(places)
    .where(and(eq(places.code, code), isNull(places.archivedAt)));
  if (!place) throw notFound();
  const week = weekOf(now);
  const rows = await db
    .select({
      name: accounts.displayName,
      sector: memberProfiles.sector,
      placeName: places.name,
      startsAt: receptionSlots.startsAt,
      endsAt: receptionSlots.endsAt,
      venue: receptionSlots.venue,
    })
    .from(receptionSlots)
    .innerJoin(places, eq(places.id, receptionSlots.placeId))
    .innerJoin(accounts, eq(accounts.id, receptionSlots.memberId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, receptionSlots.memberId))
    .where(
      and(
        inArray(receptionSlots.placeId, pathIds(place.path)),
        ne(receptionSlots.status, 'absent'),
        gte(receptionSlots.startsAt, week.start),
        lt(receptionSlots.startsAt, week.end),
      ),
    )
    .orderBy(asc(receptionSlots.startsAt), asc(places.depth))
    .limit(50);
  return {
    weekStart: week.weekStart,
    weekEnd: week.weekEnd,
    items: rows.map(({ sector, ...r }) => ({ ...r, sectorLabel: sectorLabel(sector, locale) })),
  };
}
