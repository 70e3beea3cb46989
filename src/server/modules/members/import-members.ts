// Roster import (委员名册导入): all rows or none. Each row creates a member (account, `member` role,
// first password, profile) or updates the one holding its 委员编号; every problem is reported by
// row and column in the reader's language, and when there is any, nothing is written.
import type { Ctx } from '../../platform/context';
import type { Cipher } from '../../platform/crypto';
import type { DbOrTx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { checkRow, importFacts } from './import-checks';
import { type Credential, newCredential, writeRow } from './import-write';
import { mayKeepRoster } from './policy';
import { type ParsedRosterRow, parseRosterRows, type RowError } from './roster-rows';
import { ROSTER_COLUMNS, readRoster } from './roster-sheet';

/** Rows one import may hold: all are checked and written in one transaction. */
export const IMPORT_MAX_ROWS = 2000;

type Pass = { ctx: Ctx; cipher: Cipher; rows: readonly ParsedRosterRow[]; columns: ReadonlySet<string> };
type Imported = NonNullable<Awaited<ReturnType<typeof writeRow>>>;

/**
 * Imports a roster file: 403 unless the actor keeps a roster, 400 with the rows at fault (nothing
 * written), else how many were created and updated and the new accounts' first passwords. A dry
 * run checks everything and writes nothing.
 */
export async function importMembers(ctx: Ctx, cipher: Cipher, file: Buffer, filename: string, dryRun: boolean) {
  if (!mayKeepRoster(ctx.actor)) throw new AppError(403, 'forbidden');
  const sheet = await readRoster(file, filename);
  if (sheet.rows.length === 0) throw new AppError(400, 'import_file_required');
  if (sheet.rows.length > IMPORT_MAX_ROWS) throw new AppError(400, 'import_too_many_rows', { max: IMPORT_MAX_ROWS });
  const { parsed, errors } = parseRosterRows(sheet.rows, ctx.locale);
  const pass: Pass = { ctx, cipher, rows: parsed, columns: sheet.columns };
  // first the database's side of every row, writing nothing; then, only if all is well, the writes
  const checked = await importPass(ctx.db, pass, errors, null);
  if (errors.length > 0) throw refusal(errors);
  if (dryRun) return { created: checked.created.length, updated: checked.updated, dryRun, accounts: [] };
  // first passwords are hashed before the transaction (slow), for the rows that make accounts
  const credentials = new Map<number, Credential>(
    await Promise.all(checked.created.map(async (row) => [row, await newCredential()] as const)),
  );
  let done: Awaited<ReturnType<typeof importPass>> | undefined;
  await ctx.db
    .transaction(async (tx) => {
      done = await importPass(tx, pass, errors, credentials);
      if (errors.length > 0) throw new Rollback(); // the database changed between the passes
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err;
    });
  if (errors.length > 0 || !done) throw refusal(errors);
  return { created: done.accounts.length, updated: done.updated, dryRun, accounts: done.accounts };
}

class Rollback extends Error {}

// the problems in the sheet's order: by row, then by column
const columnOrder = (field: string) => ROSTER_COLUMNS.findIndex(([key]) => key === field);
const refusal = (rows: RowError[]) =>
  new AppError(400, 'import_invalid', {}, [], {
    rows: [...rows].sort((a, b) => a.row - b.row || columnOrder(a.field) - columnOrder(b.field)),
  });

/**
 * Checks each row against the database and, given credentials, writes it; rows with a problem add
 * to `errors`. Answers the rows that make new members, how many update one, and the accounts made.
 */
async function importPass(db: DbOrTx, pass: Pass, errors: RowError[], credentials: Map<number, Credential> | null) {
  const facts = await importFacts(db, pass.rows);
  const created: number[] = [];
  const accounts: Imported[] = [];
  let updated = 0;
  for (const parsed of pass.rows) {
    const { problems, plan } = await checkRow(db, pass.ctx, facts, pass.columns, parsed);
    for (const p of problems) errors.push({ row: parsed.row, ...p });
    if (!plan) continue;
    if (plan.member) updated++;
    else created.push(plan.row);
    if (!credentials) continue;
    const made = await writeRow(db, pass.ctx, pass.cipher, pass.columns, plan, credentials.get(plan.row));
    if (made) accounts.push(made);
  }
  return { created, updated, accounts };
}
