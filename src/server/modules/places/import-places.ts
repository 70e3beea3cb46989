import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { PLACE_KINDS, type PlaceKind } from '../../../shared/enums';
import { FIELD_MESSAGES } from '../../../shared/error-messages';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { lockTree } from '../../platform/db/locks';
import { places } from '../../platform/db/schema';
import { AppError, forbidden } from '../../platform/errors';
import { appErrorBody, zodIssueToField } from '../../platform/http/error-handler';
import { unstorablePaths } from '../../platform/http/input-guard';
import { fieldText, notOneOf } from '../../platform/import-issues';
import { readSheet, type SheetHeaders } from '../../platform/xlsx-read';
import { insertPlace } from './create-place';
import { canPlace } from './policy';
import { findVisiblePlace, type PlaceRow } from './queries';
import { PLACE_KIND_LABELS } from './rules';
import { PlaceCode } from './schemas';

/** Rows one import may hold: all are checked and written in one transaction. */
export const IMPORT_MAX_ROWS = 5000;

/** The columns of an import file; each accepts its Chinese or English header. */
export const IMPORT_COLUMNS = [
  { key: 'name', headers: ['名称', '名稱', 'name'] },
  { key: 'kind', headers: ['类型', '類型', 'kind'] },
  { key: 'parentCode', headers: ['上级编码', '上級編碼', 'parent_code'] },
  { key: 'code', headers: ['编码', '編碼', 'code'] },
  { key: 'brand', headers: ['品牌', 'brand'] },
  { key: 'hasWorkstation', headers: ['委员工作站', '委員工作站', 'has_workstation'] },
  { key: 'hasCouncil', headers: ['协商议事会', '協商議事會', 'has_council'] },
  { key: 'roomAddress', headers: ['议事室地址', '議事室地址', 'room_address'] },
  { key: 'isDemonstration', headers: ['示范点', '示範點', 'is_demonstration'] },
] as const;

const yes = new Set(['是', 'y', 'yes', 'true', '1', '有', '√', '✓']);
const no = new Set(['', '否', 'n', 'no', 'false', '0', '无', '無']);
/** The words a yes/no column offers (its drop-down), as a problem names them. */
export const FLAG_LABELS = [
  { 'zh-CN': '是', 'zh-TW': '是', en: 'yes' },
  { 'zh-CN': '否', 'zh-TW': '否', en: 'no' },
] as const;
const flag = z.string().transform((v, ctx) => {
  const word = v.trim().toLowerCase();
  if (!yes.has(word) && !no.has(word)) ctx.addIssue(notOneOf(v, FLAG_LABELS));
  return yes.has(word);
});

const kindByLabel = new Map<string, PlaceKind>();
for (const k of PLACE_KINDS) {
  kindByLabel.set(k, k);
  for (const label of Object.values(PLACE_KIND_LABELS[k])) kindByLabel.set(label.toLowerCase(), k);
}

/** The kinds a row may name, in words (what the template's drop-down offers). */
export const KIND_CHOICES = PLACE_KINDS.map((k) => PLACE_KIND_LABELS[k]);

const ImportRow = z.object({
  name: z.string().trim().min(1, { message: 'blank' }).max(60),
  kind: z.string().transform((v, ctx) => {
    const kind = kindByLabel.get(v.trim().toLowerCase());
    if (!kind) ctx.addIssue(notOneOf(v, KIND_CHOICES));
    return kind as PlaceKind;
  }),
  parentCode: PlaceCode,
  code: z.union([z.literal('').transform(() => undefined), PlaceCode]),
  brand: z
    .string()
    .trim()
    .max(60)
    .transform((v) => v || null),
  hasWorkstation: flag,
  hasCouncil: flag,
  roomAddress: z.string().trim().max(200),
  isDemonstration: flag,
});

export type ImportRowError = { row: number; field: string; message: string };

const PLACE_SHEET_HEADERS = Object.fromEntries(
  IMPORT_COLUMNS.map((c) => [c.key, c.headers]),
) as unknown as SheetHeaders<(typeof IMPORT_COLUMNS)[number]['key']>;

/**
 * Imports a list of places in one transaction: every row is checked and reported, and when any
 * row is wrong nothing is imported. A row's parent is an existing place or an earlier row, by code.
 */
export async function importPlaces(ctx: Ctx, file: Buffer, filename: string, dryRun: boolean) {
  const { rows } = await readSheet(file, filename, PLACE_SHEET_HEADERS);
  if (rows.length === 0) throw new AppError(400, 'import_file_required');
  if (rows.length > IMPORT_MAX_ROWS) throw new AppError(400, 'import_too_many_rows', { max: IMPORT_MAX_ROWS });
  const errors: ImportRowError[] = [];
  let imported = 0;
  await ctx.db
    .transaction(async (tx) => {
      await lockTree(tx);
      for (const raw of rows) {
        const { row: rowNo, ...cells } = raw;
        const unstorable = unstorablePaths(cells);
        for (const field of unstorable) {
          errors.push({ row: rowNo, field, message: FIELD_MESSAGES.unstorable_text[ctx.locale] });
        }
        if (unstorable.length > 0) continue;
        const parsed = ImportRow.safeParse(cells);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const f = zodIssueToField(`/${issue.path.join('/')}`, issue.code, issue as never, issue.message);
            errors.push({ row: rowNo, field: f.path, message: fieldText(f, ctx.locale) });
          }
          continue;
        }
        const r = parsed.data;
        try {
          const parent = await parentByCode(tx, ctx, r.parentCode);
          if (!parent) {
            const message = fieldText(
              { path: 'parentCode', key: 'place_code_unknown', params: { code: r.parentCode } },
              ctx.locale,
            );
            errors.push({ row: rowNo, field: 'parentCode', message });
            continue;
          }
          const row = await insertPlace(tx, parent, {
            parentId: parent.id,
            kind: r.kind,
            name: r.name,
            code: r.code,
            brand: r.brand,
            hasWorkstation: r.hasWorkstation,
            hasCouncil: r.hasCouncil,
            isDemonstration: r.isDemonstration,
            room: r.roomAddress
              ? { address: r.roomAddress, hasSign: false, hasVenue: false, hasDuties: false, hasMechanism: false }
              : null,
          });
          await writeAudit(tx, ctx, {
            action: 'place.import',
            entityType: 'place',
            entityId: row.id,
            placePath: row.path,
            after: row,
          });
          imported++;
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          const body = appErrorBody(err, ctx.locale);
          errors.push({ row: rowNo, field: String(err.extra.field ?? ''), message: body.message });
        }
      }
      if (errors.length > 0 || dryRun) throw new Rollback();
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err;
    });
  if (errors.length > 0) throw new AppError(400, 'import_invalid', {}, [], { rows: errors });
  return { imported, dryRun };
}

class Rollback extends Error {}

async function parentByCode(tx: DbOrTx, ctx: Ctx, code: string): Promise<PlaceRow | undefined> {
  const [byCode] = await tx.select({ id: places.id }).from(places).where(eq(places.code, code));
  if (!byCode) return undefined;
  const parent = await findVisiblePlace(tx, ctx.actor, byCode.id);
  if (!parent) return undefined;
  if (!canPlace(ctx.actor, 'create_child', parent)) throw forbidden();
  return parent;
}
