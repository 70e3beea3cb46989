// A roster sheet's rows read into members' fields (pure): every cell checked, its problems named
// by row and column in the reader's language, and rows that repeat a number or username flagged.
import { z } from 'zod';
import { Username } from '../../../shared/api/accounts';
import { Expertise, MemberName, MemberNo, MobileNumber, TermYear, termInOrder } from '../../../shared/api/members';
import type { Locale } from '../../../shared/enums';
import { ERROR_MESSAGES, FIELD_MESSAGES, formatMessage } from '../../../shared/error-messages';
import {
  MEMBER_GENDER_LABELS,
  MEMBER_LEVEL_LABELS,
  MEMBER_PARTY_LABELS,
  type RosterColumn,
} from '../../../shared/messages/members';
import { SECTOR_LABELS } from '../../../shared/messages/sectors';
import { isUnstorable } from '../../platform/http/input-guard';
import { issueText, notOneOf } from '../../platform/import-issues';
import type { RawRosterRow } from './roster-sheet';
import { codeReader, listOf, placeCodeOf } from './rules';

/** A problem of one cell (or row): the sheet's row number, the column's key, the message. */
export type RowError = { row: number; field: string; message: string };

/** A masked number as the export writes it (138****5678): the member's number stays as it is. */
const MASKED = /^1\d{2}\*{4}\d{4}$/;

function coded<K extends string>(labels: Record<K, Record<Locale, string>>, required: boolean) {
  const read = codeReader(labels);
  return z.string().transform((v, ctx): K | null => {
    if (v.trim() === '') {
      if (required) ctx.addIssue({ code: 'custom', message: 'blank' });
      return null;
    }
    const code = read(v);
    if (!code) ctx.addIssue(notOneOf(v, Object.values(labels)));
    return code ?? null;
  });
}

/** A cell that may be blank (undefined) or else must be what `schema` reads, `message` when not. */
const optionalAs = <T>(schema: z.ZodType<T>, message: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx): T | undefined => {
      if (!v) return undefined;
      const r = schema.safeParse(v);
      if (!r.success) ctx.addIssue({ code: 'custom', message });
      return r.data;
    });

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null);
const year = z
  .string()
  .trim()
  .min(1)
  .transform((v) => Number(v))
  .pipe(TermYear);
const placeCodes = z.string().transform((v) => [...new Set(listOf(v).map(placeCodeOf))]);

/** How each cell is read: every cell of a row is checked on its own, so each problem is reported. */
const CELLS = {
  memberNo: MemberNo,
  displayName: MemberName,
  username: optionalAs(Username, 'username_format'),
  gender: coded(MEMBER_GENDER_LABELS, false),
  sector: coded(SECTOR_LABELS, true),
  level: coded(MEMBER_LEVEL_LABELS, true),
  party: coded(MEMBER_PARTY_LABELS, true),
  employer: text(100),
  position: text(60),
  expertise: z.string().transform(listOf).pipe(Expertise),
  termStart: year,
  termEnd: year,
  // blank removes the number, the export's masked form keeps it, anything else must be a mobile number
  phone: z.string().transform((v, ctx): string | { masked: string } | null => {
    if (v === '') return null;
    if (MASKED.test(v)) return { masked: v };
    const number = MobileNumber.safeParse(v);
    if (!number.success) ctx.addIssue({ code: 'custom', message: 'mobile_format' });
    return number.data ?? null;
  }),
  homePlace: z.string().trim().toLowerCase().min(1),
  workstations: placeCodes,
  assigned: placeCodes,
} satisfies Record<RosterColumn, z.ZodType>;

type Cells = { [K in RosterColumn]: z.output<(typeof CELLS)[K]> };
export type RosterRowData = Cells & {
  sector: NonNullable<Cells['sector']>;
  level: NonNullable<Cells['level']>;
  party: NonNullable<Cells['party']>;
};
/**
 * A row as read: `data` holds the cells that read well (so the database's checks can still say
 * what else is wrong); `isWhole` when every cell did and the row may be written.
 */
export type ParsedRosterRow = { row: number; data: Partial<Cells>; isWhole: boolean };

/** Reads every row cell by cell; the problems go to `errors`, and rows repeating a number or username are flagged. */
export function parseRosterRows(rows: readonly RawRosterRow[], locale: Locale) {
  const parsed: ParsedRosterRow[] = [];
  const errors: RowError[] = [];
  for (const { row, ...raw } of rows) {
    const cells = raw as Record<RosterColumn, string>;
    // phone cells keep their spaces out: "138 0000 1234" is typed that way
    cells.phone = cells.phone.replace(/[\s-]/g, '');
    const before = errors.length;
    const data: Partial<Record<RosterColumn, unknown>> = {};
    for (const [column, schema] of Object.entries(CELLS) as [RosterColumn, z.ZodType][]) {
      if (isUnstorable(cells[column])) {
        errors.push({ row, field: column, message: FIELD_MESSAGES.unstorable_text[locale] });
        continue;
      }
      const result = schema.safeParse(cells[column]);
      if (result.success) data[column] = result.data;
      else for (const issue of result.error.issues) errors.push({ row, field: column, message: say(issue, locale) });
    }
    const years = data as Partial<Cells>;
    if (years.termStart !== undefined && years.termEnd !== undefined && !termInOrder(years as RosterRowData))
      errors.push({ row, field: 'termEnd', message: FIELD_MESSAGES.term_order[locale] });
    parsed.push({ row, data: data as Partial<Cells>, isWhole: errors.length === before });
  }
  flagRepeats(parsed, errors, locale);
  return { parsed, errors };
}

/** A cell's problem in the reader's words. */
const say = issueText;

/** The second row holding a number (or a new member's username) already in the file is an error. */
function flagRepeats(rows: ParsedRosterRow[], errors: RowError[], locale: Locale) {
  const seen = { memberNo: new Map<string, number>(), username: new Map<string, number>() };
  for (const r of rows) {
    for (const field of ['memberNo', 'username'] as const) {
      const value = r.data[field]?.toLowerCase();
      if (!value) continue;
      const first = seen[field].get(value);
      if (first === undefined) seen[field].set(value, r.row);
      else {
        errors.push({
          row: r.row,
          field,
          message: formatMessage(ERROR_MESSAGES.member_in_file_twice[locale], { row: first }),
        });
        r.isWhole = false;
      }
    }
  }
}
