// 批量导入账号: a sheet of people, each with the role they are given at a place (by its code).
// Every row is checked — cell by cell, then against the database — and every problem reported
// with its row and column; when any row is wrong nothing is written. Each account is audited.
import { z } from 'zod';
import { AccountMobile, Username } from '../../../shared/api/accounts';
import type { Locale, Role } from '../../../shared/enums';
import { ERROR_MESSAGES, FIELD_MESSAGES, formatMessage } from '../../../shared/error-messages';
import { ACCOUNT_IMPORT_COLUMNS, type AccountImportColumn, ROLE_LABELS } from '../../../shared/messages/accounts';
import { writeAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/auth/passwords';
import type { Ctx } from '../../platform/context';
import { accounts } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import { isUnstorable } from '../../platform/http/input-guard';
import { fieldText, issueText, notOneOf } from '../../platform/import-issues';
import { readSheetRows } from '../../platform/xlsx-read';
import { findLivePlaceByCode, findVisiblePlace } from '../places';
import { canGrantAt } from './policy';
import { usernameTaken } from './queries';
import { Password } from './schemas';
import { insertGrant } from './write-grant';

/** Rows one import may hold: each password is hashed (slow on purpose), so a file stays modest. */
export const ACCOUNT_IMPORT_MAX_ROWS = 500;

const roleByText = new Map<string, Role>();
for (const [role, words] of Object.entries(ROLE_LABELS) as [Role, Record<Locale, string>][]) {
  roleByText.set(role, role);
  for (const w of Object.values(words)) roleByText.set(w.toLowerCase(), role);
}

/** How each cell is read; every cell is checked on its own so each problem is reported. */
const CELLS = {
  displayName: z.string().trim().min(1).max(40),
  username: Username,
  password: Password,
  role: z.string().transform((v, ctx) => {
    const role = roleByText.get(v.trim().toLowerCase());
    if (!role) ctx.addIssue(notOneOf(v, Object.values(ROLE_LABELS)));
    return role as Role;
  }),
  placeCode: z.string().trim().toLowerCase().min(1),
  // a number is typed with spaces or dashes (138 1234 5678); blank leaves it unset
  mobile: z.string().transform((v, ctx) => {
    const parsed = AccountMobile.safeParse(v.replace(/[\s-]/g, ''));
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: 'mobile_format' });
    return parsed.data ?? null;
  }),
} satisfies Record<AccountImportColumn, z.ZodType>;

type Row = { [K in AccountImportColumn]: z.output<(typeof CELLS)[K]> } & { row: number };
type Planned = Row & { place: { id: string; path: string; name: string } };
export type AccountImportError = { row: number; field: string; message: string };

/** Checks the file and, unless a dry run or any row is wrong, creates every account with its role. */
export async function importAccounts(ctx: Ctx, file: Buffer, filename: string, dryRun: boolean) {
  const sheet = await readSheetRows(file, filename, ACCOUNT_IMPORT_COLUMNS);
  if (sheet.length === 0) throw new AppError(400, 'import_file_required');
  if (sheet.length > ACCOUNT_IMPORT_MAX_ROWS)
    throw new AppError(400, 'import_too_many_rows', { max: ACCOUNT_IMPORT_MAX_ROWS });
  const errors: AccountImportError[] = [];
  const fail = (row: number, field: string, message: string) => errors.push({ row, field, message });
  const planned: Planned[] = [];
  const firstRowOf = new Map<string, number>();
  for (const raw of sheet) {
    const before = errors.length;
    const data: Record<string, unknown> = { row: raw.row };
    for (const [column, schema] of Object.entries(CELLS) as [AccountImportColumn, z.ZodType][]) {
      if (isUnstorable(raw[column])) {
        fail(raw.row, column, FIELD_MESSAGES.unstorable_text[ctx.locale]);
        continue;
      }
      const parsed = schema.safeParse(raw[column]);
      if (parsed.success) data[column] = parsed.data;
      else for (const issue of parsed.error.issues) fail(raw.row, column, issueText(issue, ctx.locale));
    }
    const username = typeof data.username === 'string' ? data.username.toLowerCase() : undefined;
    if (username) {
      const first = firstRowOf.get(username);
      if (first !== undefined) fail(raw.row, 'username', say(ctx.locale, 'member_in_file_twice', { row: first }));
      else if (await usernameTaken(ctx.db, username)) fail(raw.row, 'username', say(ctx.locale, 'username_taken'));
      else firstRowOf.set(username, raw.row);
    }
    const place = typeof data.placeCode === 'string' ? await placeFor(ctx, data.placeCode) : undefined;
    if (typeof place === 'string') fail(raw.row, 'placeCode', place);
    if (errors.length === before && place && typeof place !== 'string') planned.push({ ...(data as Row), place });
  }
  if (errors.length > 0) throw new AppError(400, 'import_invalid', {}, [], { rows: errors });
  if (dryRun) return { created: planned.length, dryRun };
  // slow: the passwords are hashed before the transaction, not inside it
  const hashes = await Promise.all(planned.map((p) => hashPassword(p.password)));
  await ctx.db.transaction(async (tx) => {
    for (const [i, p] of planned.entries()) {
      // taken since the check: the whole file stops, as any wrong row would
      if (await usernameTaken(tx, p.username))
        throw new AppError(400, 'import_invalid', {}, [], {
          rows: [{ row: p.row, field: 'username', message: say(ctx.locale, 'username_taken') }],
        });
      const [row] = await tx
        .insert(accounts)
        .values({
          username: p.username,
          displayName: p.displayName,
          passwordHash: hashes[i] as string,
          homePlaceId: p.place.id,
          mustChangePassword: true,
          mobile: p.mobile,
        })
        .returning({ id: accounts.id });
      const id = (row as { id: string }).id;
      await writeAudit(tx, ctx, {
        action: 'account.import',
        entityType: 'account',
        entityId: id,
        placePath: p.place.path,
        after: {
          username: p.username,
          displayName: p.displayName,
          homePlaceId: p.place.id,
          mobile: p.mobile,
          row: p.row,
        },
      });
      await insertGrant(tx, ctx, id, p.place, p.role);
    }
  });
  return { created: planned.length, dryRun };
}

/** The place a row names, or why it cannot be used (one outside the admin's region is unknown). */
async function placeFor(ctx: Ctx, code: string) {
  const byCode = await findLivePlaceByCode(ctx.db, code);
  const place = byCode && (await findVisiblePlace(ctx.db, ctx.actor, byCode.id));
  if (!place) return fieldText({ path: 'placeCode', key: 'place_code_unknown', params: { code } }, ctx.locale);
  if (!canGrantAt(ctx.actor, place.path)) return say(ctx.locale, 'forbidden');
  return place;
}

const say = (locale: Locale, code: keyof typeof ERROR_MESSAGES, params: Record<string, unknown> = {}) =>
  formatMessage(ERROR_MESSAGES[code][locale], params);
