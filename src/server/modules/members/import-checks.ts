// What a roster row asks of the database, checked before anything is written: the member its number
// names (theirs to keep?), its places (in reach, fit for the kind), a new member's username, a
// masked phone that must be the member's own. Each problem is a message in the reader's language.

import { Username } from '../../../shared/api/accounts';
import type { Locale, MemberPlaceKind } from '../../../shared/enums';
import { ERROR_MESSAGES, type ErrorCode, FIELD_MESSAGES, formatMessage } from '../../../shared/error-messages';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { canManageAt, canMember } from './policy';
import {
  type MemberRow,
  membersByNumber,
  type PlaceFacts,
  placesByCodes,
  type ServedPlaceRow,
  servedPlacesOf,
  usernameTaken,
} from './queries';
import type { ParsedRosterRow, RosterRowData } from './roster-rows';
import { servedPlaceProblem, usernameFor } from './rules';

/** What the rows need from the database, read once for the whole file. */
export async function importFacts(db: DbOrTx, rows: readonly ParsedRosterRow[]) {
  const members = await membersByNumber(
    db,
    rows.flatMap((r) => r.data.memberNo ?? []),
  );
  const served = await servedPlacesOf(
    db,
    members.map((m) => m.id),
  );
  const codes = rows.flatMap((r) => [r.data.homePlace ?? [], r.data.workstations ?? [], r.data.assigned ?? []].flat());
  const places = await placesByCodes(db, [...new Set(codes)]);
  return {
    memberByNo: new Map(members.map((m) => [m.profile?.memberNo as string, m])),
    served,
    placeByCode: new Map(places.map((p) => [p.code, p])),
  };
}
export type ImportFacts = Awaited<ReturnType<typeof importFacts>>;

/** A row ready to write: the member it updates (if any), its home, its places, the username. */
export type RowPlan = {
  row: number;
  data: RosterRowData;
  member: MemberRow | undefined;
  home: PlaceFacts;
  places: Record<MemberPlaceKind, string[]>;
  username: string;
};

const PLACE_COLUMNS = [
  ['workstation', 'workstations'],
  ['assigned', 'assigned'],
] as const;

/**
 * A row's problems (column → message) on the cells that read well, and its plan when it has none
 * and every cell read well.
 */
export async function checkRow(
  db: DbOrTx,
  ctx: Ctx,
  facts: ImportFacts,
  columns: ReadonlySet<string>,
  { row, data, isWhole }: ParsedRosterRow,
) {
  const problems: { field: string; message: string }[] = [];
  const fail = (field: string, message: string) => problems.push({ field, message });
  const member = data.memberNo ? facts.memberByNo.get(data.memberNo) : undefined;
  const mine = facts.served.filter((s) => s.accountId === member?.id);
  if (member && !mayUpdate(ctx, member, mine)) {
    // another office's member: say so only to those who can see them
    const reads = canMember(ctx.actor, 'read', scopeOf(member, mine));
    fail('memberNo', say(ctx.locale, reads ? 'forbidden' : 'member_no_taken'));
  }
  const home = data.homePlace === undefined ? undefined : facts.placeByCode.get(data.homePlace);
  const homeProblem = data.homePlace === undefined ? null : placeProblem(ctx, data.homePlace, home, undefined);
  if (homeProblem) fail('homePlace', homeProblem);
  const username = member?.username ?? data.username ?? (data.memberNo ? usernameFor(data.memberNo) : undefined);
  if (!member && username && 'username' in data) {
    if (!Username.safeParse(username).success) fail('username', FIELD_MESSAGES.username_format[ctx.locale]);
    else if (await usernameTaken(db, username)) fail('username', say(ctx.locale, 'username_taken'));
  }
  // a masked number (as the export writes it) keeps the member's own; any other must be whole
  if (isMasked(data.phone) && data.phone.masked !== member?.phoneMasked)
    fail('phone', FIELD_MESSAGES.mobile_format[ctx.locale]);
  const places: Record<MemberPlaceKind, string[]> = { workstation: [], assigned: [] };
  for (const [kind, field] of PLACE_COLUMNS) {
    if (!columns.has(field)) continue;
    for (const code of data[field] ?? []) {
      const place = facts.placeByCode.get(code);
      // a place the member already serves this way may stay, wherever it is
      const kept = place && mine.some((s) => s.place.id === place.id && s.kind === kind);
      const problem = kept ? null : placeProblem(ctx, code, place, kind);
      if (problem) fail(field, place ? `${code}：${problem}` : problem);
      else if (place) places[kind].push(place.id);
    }
  }
  if (problems.length > 0 || !isWhole || !home || !username) return { problems };
  const plan: RowPlan = { row, data: data as RosterRowData, member, home, places, username };
  return { problems, plan };
}

const scopeOf = (m: MemberRow, served: readonly ServedPlaceRow[]) => ({
  id: m.id,
  homePlacePath: m.homePlacePath,
  servedPaths: served.map((s) => s.path),
});
const mayUpdate = (ctx: Ctx, m: MemberRow, served: readonly ServedPlaceRow[]) =>
  canMember(ctx.actor, 'manage', scopeOf(m, served));

/** Why a place named on a row cannot be used (the home place when `kind` is undefined), or null. */
function placeProblem(ctx: Ctx, code: string, place: PlaceFacts | undefined, kind: MemberPlaceKind | undefined) {
  if (!place) return say(ctx.locale, 'member_place_unknown', { code });
  if (!canManageAt(ctx.actor, place.path)) return say(ctx.locale, 'forbidden');
  if (place.archivedAt) return say(ctx.locale, 'member_place_archived', { place: place.name });
  const problem = kind ? servedPlaceProblem(kind, place) : null;
  return problem ? say(ctx.locale, problem, { place: place.name }) : null;
}

/** The export's masked number (138****5678), read back as "keep the member's own". */
export const isMasked = (phone: RosterRowData['phone'] | undefined): phone is { masked: string } =>
  typeof phone === 'object' && phone !== null;

const say = (locale: Locale, code: ErrorCode, params: Record<string, unknown> = {}) =>
  formatMessage(ERROR_MESSAGES[code][locale], params);
