import { eq } from 'drizzle-orm';
import type { AuditVerb } from '../../../shared/messages/audit';
import { type AuditEntry, writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { procedures } from '../../platform/db/schema';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { canKeepProcedures } from './policy';
import { findProcedure, isProcedureVisible } from './queries';
import { procedureStepIssues, type StepIssue } from './rules';
import type { CreateProcedureInput, UpdateProcedureInput } from './schemas';

type Steps = CreateProcedureInput['steps'];

const toFieldKey = (code: string) => (code === 'procedure_no_required_step' ? 'required' : 'invalid');

/** The checks the schema cannot make (unique names, a required step), as a 400 with fields. */
function checkSteps(steps: Steps) {
  const issues: StepIssue[] = procedureStepIssues(steps);
  const [first] = issues;
  if (!first) return;
  const fields = issues.map((i) => ({ path: i.path.join('.'), key: toFieldKey(i.code) as 'required' | 'invalid' }));
  throw new AppError(400, first.code, {}, fields);
}

const audit = (placePath: string | null, id: string, what: AuditVerb<'procedure'>, after?: unknown): AuditEntry => ({
  action: `procedure.${what}`,
  entityType: 'procedure',
  entityId: id,
  placePath,
  after,
});

/** Defines a place's own procedure (议事规程), offered at that place and beneath it. */
export async function createProcedure(ctx: Ctx, input: CreateProcedureInput) {
  const place = await findVisiblePlace(ctx.db, ctx.actor, input.placeId);
  if (!place) throw notFound();
  if (!canKeepProcedures(ctx.actor, place.path)) throw forbidden();
  checkSteps(input.steps);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(procedures)
      .values({ placeId: place.id, name: input.name, description: input.description ?? null, steps: input.steps })
      .returning({ id: procedures.id });
    if (!row) throw new Error('procedure not inserted');
    await writeAudit(tx, ctx, audit(place.path, row.id, 'create', input));
    return row.id;
  });
}

/** A procedure the actor may change: visible (else 404), not built in (409), theirs to keep (403). */
async function editable(ctx: Ctx, id: string) {
  const row = await findProcedure(ctx.db, id);
  if (!row || !isProcedureVisible(ctx.actor, row)) throw notFound();
  if (row.builtInKey || row.placePath === null) throw conflict('procedure_built_in');
  if (!canKeepProcedures(ctx.actor, row.placePath)) throw forbidden();
  return { ...row, placePath: row.placePath };
}

/** Renames a procedure or changes its steps; consultations already scheduled keep their copy. */
export async function updateProcedure(ctx: Ctx, id: string, input: UpdateProcedureInput) {
  const row = await editable(ctx, id);
  if (input.steps) checkSteps(input.steps);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(procedures)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.steps ? { steps: input.steps } : {}),
        updatedAt: new Date(),
      })
      .where(eq(procedures.id, id));
    await writeAudit(tx, ctx, { ...audit(row.placePath, id, 'update', input), before: row });
  });
}

/** Archives (no longer offered for new consultations) or restores a procedure. */
export async function setProcedureArchived(ctx: Ctx, id: string, archived: boolean) {
  const row = await editable(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(procedures)
      .set({ archivedAt: archived ? (row.archivedAt ?? new Date()) : null, updatedAt: new Date() })
      .where(eq(procedures.id, id));
    await writeAudit(tx, ctx, audit(row.placePath, id, archived ? 'archive' : 'restore'));
  });
}
