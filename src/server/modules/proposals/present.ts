import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor';
import { handlingAbilities } from './policy';
import type { HandlingRow, HandlingSummaryRow } from './queries';
import { handlingStatusOf } from './rules';
import type { HandlingStep } from './schemas';

/** A handling in a list: its proposal, unit, proposer and where it stands. */
export function presentHandlingSummary(h: HandlingSummaryRow) {
  return {
    id: h.id,
    proposal: h.proposal,
    place: h.place,
    unit: h.unit,
    proposer: h.proposer,
    proposerAccount: h.proposerId && h.proposerName ? { id: h.proposerId, displayName: h.proposerName } : null,
    year: h.year,
    dueAt: h.dueAt,
    status: handlingStatusOf(h),
    replyCategory: h.replyCategory,
    repliedAt: h.repliedAt,
    metAt: h.metAt,
    satisfaction: h.satisfaction,
    rehandleCount: h.rehandleCount,
    isOverdue: h.isOverdue,
    createdAt: h.createdAt,
  };
}

/** One handling: the proposal's text, the reply, meeting and rating, its steps and what the actor may do. */
export function presentHandlingDetail(
  actor: Actor,
  h: HandlingRow,
  steps: z.output<typeof HandlingStep>[],
  createdBy: { id: string; displayName: string } | null,
) {
  return {
    ...presentHandlingSummary(h),
    proposal: h.proposal,
    reply: h.reply,
    metWith: h.metWith,
    meetingNote: h.meetingNote,
    satisfactionNote: h.satisfactionNote,
    satisfactionAt: h.satisfactionAt,
    createdBy,
    updatedAt: h.updatedAt,
    steps,
    abilities: handlingAbilities(actor, h),
  };
}
