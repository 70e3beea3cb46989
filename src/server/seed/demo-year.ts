// A year and more of members' work for the demo (委员履职), so the duty ledger (履职量化考核) has
// something real to count: last year whole and this year so far, each member as busy as their tier
// (demo-year-plan.ts) — consultations attended or missed and opinions voiced, topics recommended,
// contacts kept and visited, reception days, whistles answered, writings adopted or not, trainings.
// Written in bulk (a statement per table and year), after the roster and groups and before the
// stories of the last weeks, which stand on their own.
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { dutyYearOf } from '../modules/duty';
import type { DbOrTx } from '../platform/db';
import { inSubtreeOfPlace } from '../platform/db/place-path';
import { accounts, memberGroups, memberPlaces, memberProfiles, places } from '../platform/db/schema';
import { seedYearContacts, seedYearContactsKept, seedYearReceptions } from './demo-year-contacts';
import { seedYearConsultations } from './demo-year-deliberation';
import { type Duties, dutiesOf, tierOf, type Window, windowOf } from './demo-year-plan';
import { seedYearTrainings } from './demo-year-trainings';
import { seedYearWhistles, seedYearWritings } from './demo-year-work';

type Ids = { places: Map<string, string>; accounts: Map<string, string> };

export type YearPlace = {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
  depth: number;
  venue: string | null;
};

/** A member as the year's records need them: where they live and serve, and what they did. */
export type YearMember = {
  id: string;
  username: string;
  name: string;
  index: number;
  sector: string;
  home: YearPlace;
  /** the villages and communities they are assigned to, then their home place */
  served: YearPlace[];
};

export type YearScene = {
  tx: DbOrTx;
  year: number;
  isThisYear: boolean;
  window: Window;
  place: (code: string) => YearPlace;
  /** who keeps the records of a place: its township's liaison, else the district's CPPCC office */
  keeperOf: (p: YearPlace) => string;
  /** the district's CPPCC office: who reviews writings and runs trainings, as its audit events name it */
  office: { id: string; label: string };
  committees: string[];
  /** where uploaded files are kept, when the demo has one */
  dataDir: string | undefined;
  members: { m: YearMember; d: Duties }[];
};

const need = (m: Map<string, string>, k: string) => {
  const v = m.get(k);
  if (!v) throw new Error(`demo: missing ${k}`);
  return v;
};

/** The district's roster with profiles, in their CPPCC numbers' order, with the places they serve. */
async function rosterOf(tx: DbOrTx, districtId: string, placeById: Map<string, YearPlace>) {
  const rows = await tx
    .select({
      id: accounts.id,
      username: accounts.username,
      name: accounts.displayName,
      homeId: accounts.homePlaceId,
      sector: memberProfiles.sector,
    })
    .from(memberProfiles)
    .innerJoin(accounts, eq(accounts.id, memberProfiles.accountId))
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(and(inSubtreeOfPlace(places.path, districtId), isNotNull(memberProfiles.memberNo)))
    .orderBy(asc(memberProfiles.memberNo));
  const assigned = await tx
    .select({ accountId: memberPlaces.accountId, placeId: memberPlaces.placeId })
    .from(memberPlaces)
    .where(
      and(
        eq(memberPlaces.kind, 'assigned'),
        inArray(
          memberPlaces.accountId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(memberPlaces.createdAt));
  return rows.map((r, index): YearMember => {
    const home = placeById.get(r.homeId as string) as YearPlace;
    const theirs = assigned.filter((a) => a.accountId === r.id).map((a) => placeById.get(a.placeId) as YearPlace);
    const served = [...theirs.sort((a, b) => a.code.localeCompare(b.code)), home];
    return { id: r.id, username: r.username, name: r.name, index, sector: r.sector, home, served };
  });
}

/** Loads last year's and this year's records of every member on the district's roster. */
export async function seedDemoYear(
  tx: DbOrTx,
  { places: placeIds, accounts: accountIds }: Ids,
  { secret, dataDir }: { secret?: string; dataDir?: string } = {},
) {
  const now = new Date();
  const all = await tx
    .select({
      id: places.id,
      code: places.code,
      name: places.name,
      kind: places.kind,
      path: places.path,
      depth: places.depth,
      venue: places.roomAddress,
    })
    .from(places);
  const byId = new Map(all.map((p) => [p.id, p]));
  const byCode = new Map(all.map((p) => [p.code, p]));
  const place = (code: string) => {
    const p = byCode.get(code);
    if (!p) throw new Error(`demo: missing place ${code}`);
    return p;
  };
  const office = { id: need(accountIds, 'cppcc.qinghe'), label: '区政协办公室 (cppcc.qinghe)' };
  const dh = place('dh');
  const nl = place('nl');
  const keeperOf = (p: YearPlace) =>
    p.path.startsWith(dh.path)
      ? need(accountIds, 'liaison.donghu')
      : p.path.startsWith(nl.path)
        ? need(accountIds, 'liaison.nanling')
        : office.id;
  // the committees that organise the district's consultations (经济委员会 keeps its own two)
  const committees = await tx
    .select({ id: memberGroups.id })
    .from(memberGroups)
    .where(
      and(
        eq(memberGroups.kind, 'committee'),
        eq(memberGroups.placeId, need(placeIds, 'qh')),
        sql`${memberGroups.name} <> '经济委员会'`,
      ),
    )
    .orderBy(asc(memberGroups.name));
  const roster = await rosterOf(tx, need(placeIds, 'qh'), byId);

  const thisYear = dutyYearOf(now);
  const villages = all.filter((p) => p.kind === 'village' || p.kind === 'community');
  const since = windowOf(thisYear - 1, now).from;
  const contacts = await seedYearContactsKept(tx, { roster, villages, since, secret });
  for (const year of [thisYear - 1, thisYear]) {
    const isThisYear = year === thisYear;
    const scene: YearScene = {
      tx,
      year,
      isThisYear,
      window: windowOf(year, now),
      place,
      keeperOf,
      office,
      committees: committees.map((c) => c.id),
      dataDir,
      members: roster.map((m) => ({ m, d: dutiesOf(tierOf(m.username, isThisYear), m.index, year) })),
    };
    await seedYearConsultations(scene);
    await seedYearContacts(scene, contacts);
    await seedYearReceptions(scene);
    await seedYearWhistles(scene);
    await seedYearWritings(scene);
    if (!isThisYear) await seedYearTrainings(scene); // this year's two sessions are demo-whistles'
  }
}
