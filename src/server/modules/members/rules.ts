// The roster's rules: which places a member may serve and how, the first password a new member is
// given, and how the roster's words are read back into codes.
import { randomInt } from 'node:crypto';
import type { Locale, MemberPlaceKind, PlaceKind } from '../../../shared/enums';
import type { ErrorCode } from '../../../shared/error-messages';
import { ASSIGNABLE_PLACE_KINDS } from '../../../shared/messages/members';

/**
 * A member belongs to a 委员工作站 (a place that has one) and is assigned (下沉) to villages,
 * communities or their grids. The reason a place does not fit, or null when it does.
 */
export function servedPlaceProblem(
  kind: MemberPlaceKind,
  place: { kind: PlaceKind; hasWorkstation: boolean },
): ErrorCode | null {
  if (kind === 'workstation') return place.hasWorkstation ? null : 'member_workstation_place';
  return (ASSIGNABLE_PLACE_KINDS as readonly PlaceKind[]).includes(place.kind) ? null : 'member_assigned_place';
}

// no 0/o, 1/l/i: the password is read off a screen or a sheet of paper and typed on a phone
const LETTERS = 'abcdefghjkmnpqrstuvwxyz';
const DIGITS = '23456789';

/**
 * A first password for a new member: twelve characters, letters and digits (so it keeps the
 * password rules), in three groups of four for reading aloud. They must change it at first sign-in.
 */
export function initialPassword(pick: (n: number) => number = randomInt) {
  const chars = Array.from({ length: 12 }, (_, i) => {
    // the first of each group a letter, the second a digit: both kinds are always there
    const set = i % 4 === 0 ? LETTERS : i % 4 === 1 ? DIGITS : LETTERS + DIGITS;
    return set[pick(set.length)] as string;
  });
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** The username an imported member gets when the sheet gives none: member.<number>. */
export const usernameFor = (memberNo: string) => `member.${memberNo.toLowerCase()}`;

/**
 * Reads a cell back into a code: the code itself, or its label in any of the three languages
 * (the template's drop-downs offer the labels), ignoring case and surrounding space.
 */
export function codeReader<K extends string>(labels: Record<K, Record<Locale, string>>) {
  const byText = new Map<string, K>();
  for (const [code, texts] of Object.entries(labels) as [K, Record<Locale, string>][]) {
    byText.set(code.toLowerCase(), code);
    for (const text of Object.values(texts)) byText.set(text.trim().toLowerCase(), code);
  }
  return (cell: string): K | undefined => byText.get(cell.trim().toLowerCase());
}

/** The entries of a list cell ("专长", place codes): split on the usual separators, blanks dropped. */
export const listOf = (cell: string) =>
  cell
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A place entry of the roster is "code" or "code name" (as the export writes it): its code. */
export const placeCodeOf = (entry: string) => (entry.split(/\s+/)[0] ?? '').toLowerCase();

/** The masked form of a mobile number for lists (138****5678), as residents' numbers are kept. */
export const maskPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
