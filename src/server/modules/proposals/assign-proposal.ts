import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { DbOrTx, Tx } from '../../platform/db';
import { memberWritings, outcomes, proposalHandlings } from '../../platform/db/schema';
import { conflict, type FieldError, forbidden, invalid, invalidField, notFound } from '../../platform/errors';
import { findVisibleWriting } from '../writings';
import { proposerCandidates, unitCandidates } from './candidates';
import { canAssign, canAssignWriting } from './policy';
import { assignedUnits, findVisibleProposal, type ProposalKey, type ProposalRow } from './queries';
import { monthsLater, shanghaiYear } from './rules';
import type { AssignInput, AssignWritingInput } from './schemas';
import { stepAudit } from './steps';

type Proposer = { id: string | null; name: string };

/** The proposer as the handlings name them: a member's account (400 if not one), or a name. */
async function proposerOf(tx: DbOrTx, o: ProposalRow, input: AssignInput): Promise<Proposer> {
  if (!input.proposerId) {
    if (!input.proposer) throw invalid([{ path: 'proposer', key: 'required' }]);
    return { id: null, name: input.proposer };
  }
  const [member] = await proposerCandidates(tx, o, { ids: [input.proposerId], limit: 1 });
  if (!member) throw invalid([{ path: 'proposerId', key: 'invalid_value' }]);
  return { id: member.id, name: input.proposer ?? member.displayName };
}

/**
 * Each unit once, a department serving the proposal's place, not handling it yet, due after now;
 * else 400 naming the entry.
 */
async function checkUnits(
  tx: DbOrTx,
  p: { placePath: string; key: ProposalKey },
  units: AssignInput['units'],
  now: Date,
) {
  const ids = units.map((u) => u.unitId);
  const found = new Set((await unitCandidates(tx, p, { ids, limit: ids.length })).map((u) => u.id));
  const fields: FieldError[] = [];
  units.forEach((u, i) => {
    if (!found.has(u.unitId) || ids.indexOf(u.unitId) !== i)
      fields.push({ path: `units.${i}.unitId`, key: 'invalid_value' });
    if (u.dueAt && u.dueAt <= now) fields.push({ path: `units.${i}.dueAt`, key: 'not_in_past' });
  });
  if (fields.length > 0) throw invalid(fields);
  const assigned = await assignedUnits(tx, p.key);
  const taken = units.findIndex((u) => assigned.has(u.unitId));
  if (taken >= 0) {
    const unit = assigned.get(units[taken]?.unitId ?? '');
    throw invalidField(`units.${taken}.unitId`, 'proposal_unit_assigned', { unit });
  }
}

/** Writes one handling per unit, due in three months and counted in this year unless said, each with its audit event. */
async function insertHandlings(
  tx: Tx,
  ctx: Ctx,
  p: { placePath: string; key: ProposalKey },
  units: AssignInput['units'],
  proposer: Proposer,
  now: Date,
) {
  const rows = await tx
    .insert(proposalHandlings)
    .values(
      units.map((u) => ({
        ...p.key,
        unitId: u.unitId,
        proposer: proposer.name,
        proposerId: proposer.id,
        year: u.year ?? shanghaiYear(now),
        dueAt: u.dueAt ?? monthsLater(now),
        createdById: ctx.actor.id,
      })),
    )
    .returning({
      id: proposalHandlings.id,
      unitId: proposalHandlings.unitId,
      year: proposalHandlings.year,
      dueAt: proposalHandlings.dueAt,
    });
  for (const h of rows)
    await writeAudit(
      tx,
      ctx,
      stepAudit(
        'proposal.assign',
        { id: h.id, placePath: p.placePath },
        {
          round: 1,
          dueAt: h.dueAt.toISOString(),
          year: h.year,
          ...p.key,
          unitId: h.unitId,
          proposer: proposer.name,
          proposerId: proposer.id,
        },
      ),
    );
}

/**
 * Assigns a proposal (提案) to handling units (交办承办单位): one handling each, due in three months
 * and counted in this year unless said otherwise, naming the proposer.
 */
export async function assignProposal(ctx: Ctx, outcomeId: string, input: AssignInput) {
  await ctx.db.transaction(async (tx) => {
    await tx.select({ id: outcomes.id }).from(outcomes).where(eq(outcomes.id, outcomeId)).for('update');
    const o = await findVisibleProposal(tx, ctx.actor, outcomeId);
    if (!o) throw notFound();
    if (!canAssign(ctx.actor, o)) throw forbidden();
    if (o.type !== 'proposal') throw conflict('proposal_not_proposal');
    if (o.status === 'draft') throw conflict('proposal_draft');
    const now = new Date();
    const proposer = await proposerOf(tx, o, input);
    const p = { placePath: o.placePath, key: { outcomeId } };
    await checkUnits(tx, p, input.units, now);
    await insertHandlings(tx, ctx, p, input.units, proposer, now);
  });
}

/**
 * Assigns a member's own proposal (委员提案) the CPPCC office adopted and forwarded to handling
 * units, as any proposal: its author is its proposer. 404 unseen, 403 to all but the office in
 * reach, 409 unless a forwarded proposal.
 */
export async function assignWritingProposal(ctx: Ctx, writingId: string, input: AssignWritingInput) {
  await ctx.db.transaction(async (tx) => {
    await tx
      .select({ id: memberWritings.id })
      .from(memberWritings)
      .where(eq(memberWritings.id, writingId))
      .for('update');
    const w = await findVisibleWriting(tx, ctx.actor, writingId);
    if (!w) throw notFound();
    if (!canAssignWriting(ctx.actor, w)) throw forbidden();
    if (w.kind !== 'proposal') throw conflict('proposal_writing_not_proposal');
    if (w.status !== 'forwarded') throw conflict('proposal_not_forwarded');
    const now = new Date();
    const p = { placePath: w.placePath, key: { writingId } };
    await checkUnits(tx, p, input.units, now);
    await insertHandlings(tx, ctx, p, input.units, { id: w.authorId, name: w.authorName }, now);
  });
}
