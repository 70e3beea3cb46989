// The roster out as Excel (委员名册导出): the members the actor sees under the list's filters, in the
// import's columns, so an edited export imports back. Phones stay masked (PIPL: a list shows no
// full number); the import reads a masked number as "unchanged".
import type { Locale } from '../../../shared/enums';
import { MEMBER_GENDER_LABELS, MEMBER_LEVEL_LABELS, MEMBER_PARTY_LABELS } from '../../../shared/messages/members';
import { SECTOR_LABELS } from '../../../shared/messages/sectors';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { AppError, forbidden } from '../../platform/errors';
import { EXPORT_BATCH, LIST_EXPORT_LIMIT } from '../../platform/list-export';
import { canListMembers } from './policy';
import {
  countMembers,
  type MemberCursor,
  type MemberRow,
  memberBatch,
  type ServedPlaceRow,
  servedPlacesOf,
} from './queries';
import { rosterStream, type SheetRow, sheetLocale } from './roster-sheet';
import type { MemberFiltersInput } from './schemas';

/**
 * The roster of the members the actor sees under the list's filters as a streamed workbook, read
 * a keyset batch at a time with the places each serves (403 for those who have no roster; 413
 * past the lists' export limit); audited with the filters and the count.
 */
export async function exportMembers(ctx: Ctx, filters: MemberFiltersInput, limit = LIST_EXPORT_LIMIT) {
  if (!canListMembers(ctx.actor)) throw forbidden();
  const total = await countMembers(ctx.db, ctx.actor, filters);
  if (total > limit) throw new AppError(413, 'export_too_large', { count: total, limit });
  await writeAudit(ctx.db, ctx, {
    action: 'member.export',
    entityType: 'member_roster',
    entityId: ctx.actor.id,
    placePath: ctx.actor.homePlacePath,
    after: { filters, count: total },
  });
  return rosterStream(ctx.locale, sheetBatches(ctx, filters));
}

async function* sheetBatches(ctx: Ctx, filters: MemberFiltersInput) {
  const lang = sheetLocale(ctx.locale);
  let after: MemberCursor | null = null;
  for (;;) {
    const members = await memberBatch(ctx.db, ctx.actor, filters, after, EXPORT_BATCH);
    const served = new Map<string, ServedPlaceRow[]>();
    for (const s of await servedPlacesOf(
      ctx.db,
      members.map((m) => m.id),
    ))
      served.set(s.accountId, [...(served.get(s.accountId) ?? []), s]);
    if (members.length > 0) yield members.map((m) => sheetRowOf(m, served.get(m.id) ?? [], lang));
    const last = members.at(-1);
    if (!last || members.length < EXPORT_BATCH) return;
    after = { memberNo: last.profile?.memberNo ?? null, displayName: last.displayName, id: last.id };
  }
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
