import { DUTY_GRADES, type DutyGrade } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import { type Assessment, assessMembers } from './assess';
import { canDuty } from './policy';
import { byKindOf, presentClosing, presentRulesRef } from './present';
import { visibleGroup, visibleRegion } from './region';
import { groupsIn, membersIn, membersOfGroup } from './roster';
import { closingOver, latestRuleSets, ruleSetsById, rulesAt } from './rules-store';
import type { DutyRankingInput } from './schemas';
import { DEFAULT_DUTY_RULES, fromTenths, rankOf, yearOf } from './scoring';

/** The members of a region (or of one group) assessed for a year: the ranking and the Excel ledger. */
export async function assessRegion(ctx: Ctx, q: DutyRankingInput) {
  const year = q.year ?? yearOf(new Date());
  const place = await visibleRegion(ctx, q.placeId);
  const group = q.groupId ? await visibleGroup(ctx, q.groupId) : undefined;
  const members = group ? await membersOfGroup(ctx.db, group.id) : await membersIn(ctx.db, place.path);
  const [assessments, sets, closing] = await Promise.all([
    assessMembers(ctx.db, members, year),
    latestRuleSets(ctx.db, year),
    closingOver(ctx.db, place.path, year),
  ]);
  // a closed region counts by the version it was closed with, whatever was saved above it since
  const closedSet = closing ? (await ruleSetsById(ctx.db, [closing.ruleSetId])).get(closing.ruleSetId) : undefined;
  const ruleSet = closedSet ?? rulesAt(sets, place.path);
  return { year, place, group, assessments, ruleSet, closing };
}

const rowOf = (a: Assessment) => ({
  member: { id: a.member.id, displayName: a.member.displayName, place: a.member.place, sector: a.member.sector },
  total: a.total,
  grade: a.grade,
  byKind: byKindOf(a),
  isFrozen: Boolean(a.closing),
});

/** A region's or a group's members ranked by their year's total, with how many fall in each grade. */
export async function loadRanking(ctx: Ctx, q: DutyRankingInput) {
  const r = await assessRegion(ctx, q);
  const gradeCounts = Object.fromEntries(DUTY_GRADES.map((g) => [g, 0])) as Record<DutyGrade, number>;
  for (const a of r.assessments) gradeCounts[a.grade] += 1;
  return {
    year: r.year,
    place: { id: r.place.id, name: r.place.name, kind: r.place.kind },
    group: r.group ? { id: r.group.id, name: r.group.name } : null,
    groups: await groupsIn(ctx.db, r.place.path),
    rules: presentRulesRef(r.ruleSet),
    grades: (r.ruleSet?.rules ?? DEFAULT_DUTY_RULES).grades,
    closing: presentClosing(r.closing),
    rows: rankOf(r.assessments.map(rowOf)).map((row) => ({ ...row, total: fromTenths(row.total) })),
    gradeCounts,
    abilities: { rules: canDuty(ctx.actor, 'rules', r.place.path) },
  };
}
