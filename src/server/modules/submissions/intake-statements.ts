// The two statements every resident's submission runs. They are built once per database handle
// and prepared (named), so that neither drizzle nor PostgreSQL parses them again for each request:
// on a small server, building and parsing them cost more than running them.
import { and, eq, isNull, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db';
import { isAncestorOrSelf } from '../../platform/db/place-path';
import { places, submissionEvents, submissions } from '../../platform/db/schema';

const p = sql.placeholder;

const submissionValues = {
  trackingCode: p('trackingCode'),
  placeId: p('placeId'),
  scannedPlaceId: p('scannedPlaceId'),
  categoryId: p('categoryId'),
  channel: p('channel'),
  content: p('content'),
  searchText: p('searchText'),
  searchGrams: p('searchGrams'),
  searchTerms: p('searchTerms'),
  searchTermsVersion: p('searchTermsVersion'),
  contactName: p('contactName'),
  phoneCipher: p('phoneCipher'),
  phoneMasked: p('phoneMasked'),
  // bare, as ISO strings: drizzle would hand a null to the column's Date encoder
  consentAt: sql`${p('consentAt')}`,
  dueAt: sql`${p('dueAt')}`,
  idempotencyKey: p('idempotencyKey'),
  idempotencyHash: p('idempotencyHash'),
  createdById: p('createdById'),
  // 委员会客厅 and members' work: the member addressed, the reception day or contact it was taken at
  addressedMemberId: p('addressedMemberId'),
  receptionSlotId: p('receptionSlotId'),
  contactLogId: p('contactLogId'),
};

/** What the filing statement takes: the submission's columns, who recorded it, the step's data. */
export type FilingParams = Record<keyof typeof submissionValues | 'createdByName' | 'data', unknown>;

function prepare(db: DbOrTx) {
  // the place a QR code opens; the place the resident chose, if it lies at most two levels beneath
  const chosen = alias(places, 'chosen');
  const place = db
    .select({ id: places.id, code: places.code, path: places.path, chosenId: chosen.id })
    .from(places)
    .leftJoin(
      chosen,
      and(
        eq(chosen.id, p('chosenId')),
        ne(chosen.id, places.id),
        isAncestorOrSelf(places.path, chosen.path),
        lte(chosen.depth, sql`${places.depth} + 2`),
        isNull(chosen.archivedAt),
      ),
    )
    .where(and(eq(places.code, p('code')), isNull(places.archivedAt)))
    .prepare('intake_place');

  // with submitted as (insert … on conflict do nothing returning id) insert into submission_events
  // select … from submitted: the first step exists exactly when the submission does
  const submitted = db
    .$with('submitted')
    .as(
      db
        .insert(submissions)
        .values(submissionValues)
        .onConflictDoNothing({ target: submissions.idempotencyKey })
        .returning({ id: submissions.id }),
    );
  const file = db
    .with(submitted)
    .insert(submissionEvents)
    .select((qb) =>
      qb
        .select({
          // insert … select names every column: this is the id column's default
          id: sql`nextval(pg_get_serial_sequence('submission_events', 'id'))`.as('id'),
          submissionId: submitted.id,
          at: sql`now()`.as('at'),
          actorId: sql`${p('createdById')}::uuid`.as('actor_id'),
          actorName: sql`${p('createdByName')}::text`.as('actor_name'),
          kind: sql`'submitted'`.as('kind'),
          note: sql`null`.as('note'),
          isPublic: sql`true`.as('is_public'),
          data: sql`${p('data')}::jsonb`.as('data'),
        })
        .from(submitted),
    )
    .returning({ id: submissionEvents.submissionId })
    .prepare('intake_file');

  return { place, file };
}

const prepared = new WeakMap<DbOrTx, ReturnType<typeof prepare>>();

/** The statements for `db`: prepared on first use (a transaction gets its own). */
export function intakeStatements(db: DbOrTx) {
  const known = prepared.get(db);
  if (known) return known;
  const made = prepare(db);
  prepared.set(db, made);
  return made;
}
