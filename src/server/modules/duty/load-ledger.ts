import type { Ctx } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { assessMembers } from './assess';
import { entriesOf, presentEntry } from './entries';
import { accessTo, isMember, mayReview } from './policy';
import { presentClosing, presentKinds, presentLine, presentRulesRef } from './present';
import { findMember, presentMember } from './roster';
import { closingOver } from './rules-store';
import { fromTenths, yearOf } from './scoring';

/** The member, as the viewer may see their ledger: 404 unseen, 403 to others of the region. */
export async function visibleMember(ctx: Ctx, memberId: string) {
  const member = await findMember(ctx.db, memberId);
  if (!member) throw notFound();
  const access = accessTo(ctx.actor, member.placePath, member.id);
  if (access === 'unseen') throw notFound();
  if (access === 'forbidden') throw forbidden();
  return member;
}

/**
 * A member's year (履职台账): every line by the record behind it with its points, each kind summed
 * and capped, the total and grade — a closed year's from its snapshot — and their manual entries.
 */
export async function loadLedger(ctx: Ctx, memberId: string, year = yearOf(new Date())) {
  const member = await visibleMember(ctx, memberId);
  const [[a], manual, closedOver] = await Promise.all([
    assessMembers(ctx.db, [member], year),
    entriesOf(ctx.db, member.id, year),
    closingOver(ctx.db, member.placePath, year),
  ]);
  if (!a) throw notFound();
  const isOpen = !a.closing && !closedOver;
  return {
    member: presentMember(member),
    year,
    rules: presentRulesRef(a.ruleSet),
    closing: presentClosing(a.closing),
    kinds: presentKinds(a.kinds),
    total: fromTenths(a.total),
    grade: a.grade,
    entries: a.lines.map(presentLine),
    manualEntries: manual.map((e) => presentEntry(ctx.actor, e, isOpen)),
    abilities: {
      ask: isOpen && ctx.actor.id === member.id && isMember(ctx.actor),
      review: isOpen && mayReview(ctx.actor, { memberId: member.id, placePath: member.placePath }),
    },
  };
}
