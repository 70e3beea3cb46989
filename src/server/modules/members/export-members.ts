// The roster out as Excel (委员名册导出): the members the actor sees under the list's filters, in the
// import's columns, so an edited export imports back. Phones stay masked (PIPL: a list shows no
// full number); the import reads a masked number as "unchanged".
import type { Locale } from '../../../shared/enums';
import { MEMBER_GENDER_LABELS, MEMBER_LEVEL_LABELS, MEMBER_PARTY_LABELS } from '../../../shared/messages/members';
import { SECTOR_LABELS } from '../../../shared/messages/sectors';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { canListMembers } from './policy';
import { allMembers, type MemberRow, type ServedPlaceRow, servedPlacesOf } from './queries';
import { rosterWorkbook, type SheetRow, sheetLocale } from './roster-sheet';
import type { MemberFiltersInput } from './schemas';

/** The roster workbook of the members the actor sees (403 for those who have no roster). */
export async function exportMembers(ctx: Ctx, filters: MemberFiltersInput) {
  if (!canListMembers(ctx.actor)) throw forbidden();
  const members = await allMembers(ctx.db, ctx.actor, filters);
  const served = await servedPlacesOf(
    ctx.db,
    members.map((m) => m.id),
  );
  const lang = sheetLocale(ctx.locale);
  const rows = members.map((m) =>
    sheetRowOf(
      m,
      served.filter((s) => s.accountId === m.id),
      lang,
    ),
  );
  await writeAudit(ctx.db, ctx, {
    action: 'member.export',
    entityType: 'member_roster',
    entityId: ctx.actor.id,
    placePath: ctx.actor.homePlacePath,
    after: { filters, count: rows.length },
  });
  return rosterWorkbook(ctx.locale, rows);
}

const label = <K extends string>(labels: Record<K, Record<Locale, string>>, code: string | null, lang: Locale) =>
  code && code in labels ? labels[code as K][lang] : (code ?? '');

/** A place as the sheet names it: its code, then its name for the reader ("nl-sq 石桥村"). */
const placesCell = (served: readonly ServedPlaceRow[], kind: ServedPlaceRow['kind']) =>
  served
    .filter((s) => s.kind === kind)
    .map((s) => `${s.place.code} ${s.place.name}`)
    .join('、');

function sheetRowOf(m: MemberRow, served: readonly ServedPlaceRow[], lang: Locale): SheetRow {
  const p = m.profile;
  return {
    memberNo: p?.memberNo ?? '',
    displayName: m.displayName,
    username: m.username,
    gender: label(MEMBER_GENDER_LABELS, p?.gender ?? null, lang),
    sector: label(SECTOR_LABELS, p?.sector ?? null, lang),
    level: label(MEMBER_LEVEL_LABELS, p?.level ?? null, lang),
    party: label(MEMBER_PARTY_LABELS, p?.party ?? null, lang),
    employer: p?.employer ?? '',
    position: p?.position ?? '',
    expertise: p?.expertise.join('、') ?? '',
    termStart: p?.termStart ?? '',
    termEnd: p?.termEnd ?? '',
    phone: m.phoneMasked ?? '',
    homePlace: m.homePlaceCode,
    workstations: placesCell(served, 'workstation'),
    assigned: placesCell(served, 'assigned'),
  };
}
