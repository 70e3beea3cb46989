import { randomBytes, randomUUID } from 'node:crypto';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { lockTree } from '../../platform/db/locks';
import { places } from '../../platform/db/schema';
import { AppError, forbidden, invalidField, notFound } from '../../platform/errors';
import { canPlace } from './policy';
import { codeTaken, findVisiblePlace, type PlaceRow, siblingNameTaken } from './queries';
import { childPath, mayStandUnder, PLACE_KIND_LABELS, randomPlaceCode } from './rules';
import type { CreatePlaceInput } from './schemas';

/** Creates a place under a parent the actor administers; names are unique among siblings. */
export async function createPlace(ctx: Ctx, input: CreatePlaceInput) {
  return ctx.db.transaction(async (tx) => {
    await lockTree(tx);
    const parent = await findVisiblePlace(tx, ctx.actor, input.parentId);
    if (!parent) throw notFound();
    if (!canPlace(ctx.actor, 'create_child', parent)) throw forbidden();
    const row = await insertPlace(tx, parent, input);
    await writeAudit(tx, ctx, {
      action: 'place.create',
      entityType: 'place',
      entityId: row.id,
      placePath: row.path,
      after: row,
    });
    return row;
  });
}

/** Validates and inserts one place under `parent`; shared by create and import. */
export async function insertPlace(tx: DbOrTx, parent: PlaceRow, input: CreatePlaceInput) {
  if (parent.archivedAt) throw invalidField('parentId', 'place_archived');
  if (!mayStandUnder(input.kind, parent.kind)) throw kindNotAllowed(input.kind, parent.kind);
  if (await siblingNameTaken(tx, parent.id, input.name)) throw invalidField('name', 'place_name_taken');
  if (input.code && (await codeTaken(tx, input.code))) throw invalidField('code', 'place_code_taken');
  const id = randomUUID();
  const [row] = await tx
    .insert(places)
    .values({
      id,
      parentId: parent.id,
      path: childPath(parent.path, id),
      depth: parent.depth + 1,
      kind: input.kind,
      name: input.name,
      code: input.code ?? (await freshCode(tx)),
      ...attributeColumns(input),
    })
    .returning();
  return row as PlaceRow;
}

export const kindNotAllowed = (child: PlaceRow['kind'], parent: PlaceRow['kind'] | null) =>
  new AppError(
    400,
    'place_kind_not_allowed',
    {
      child: PLACE_KIND_LABELS[child],
      parent: PLACE_KIND_LABELS[parent ?? 'root'],
    },
    [],
    { field: 'kind' },
  );

type Attributes = Partial<
  Pick<CreatePlaceInput, 'hasWorkstation' | 'hasCouncil' | 'room' | 'brand' | 'isDemonstration'>
>;

/** The place's optional attributes as columns; `room: null` clears the room. */
export function attributeColumns(a: Attributes) {
  const cols: Partial<typeof places.$inferInsert> = {};
  if (a.hasWorkstation !== undefined) cols.hasWorkstation = a.hasWorkstation;
  if (a.hasCouncil !== undefined) cols.hasCouncil = a.hasCouncil;
  if (a.brand !== undefined) cols.brand = a.brand;
  if (a.isDemonstration !== undefined) cols.isDemonstration = a.isDemonstration;
  if (a.room !== undefined) {
    cols.hasRoom = a.room !== null;
    cols.roomAddress = a.room?.address ?? null;
    cols.roomHasSign = a.room?.hasSign ?? false;
    cols.roomHasVenue = a.room?.hasVenue ?? false;
    cols.roomHasDuties = a.room?.hasDuties ?? false;
    cols.roomHasMechanism = a.room?.hasMechanism ?? false;
  }
  return cols;
}

export async function freshCode(db: DbOrTx) {
  for (;;) {
    const code = randomPlaceCode((n) => randomBytes(n));
    if (!(await codeTaken(db, code))) return code;
  }
}
