// A set of members' year assessed at once: their ledger lines (one statement), the rules that apply
// to each (the version nearest above their home place, or the defaults), and — for a closed year —
// the snapshot taken then, which wins over anything the records say now.
import type { DutyGrade } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { type LedgerRow, ledgerRows } from './ledger-sql';
import type { MemberRow } from './roster';
import {
  type Closing,
  latestRuleSets,
  type RuleSet,
  ruleSetsById,
  rulesAt,
  type SnapshotResult,
  snapshotKinds,
  snapshotsOf,
} from './rules-store';
import type { DutyRulesInput } from './schemas';
import { DEFAULT_DUTY_RULES, type KindScore, linePoints, scoreYear } from './scoring';

export type Assessment = {
  member: MemberRow;
  /** the version counted by; undefined: the defaults */
  ruleSet: RuleSet | undefined;
  rules: DutyRulesInput;
  /** the closing whose snapshot these results are, for a closed year */
  closing: Closing | undefined;
  kinds: KindScore[];
  total: number;
  grade: DutyGrade;
  /** the year's lines, each with its points (tenths, signed) by these rules */
  lines: (LedgerRow & { points: number })[];
};

/** Assesses each member's `year` (points in tenths), in the members' order. */
export async function assessMembers(db: DbOrTx, members: readonly MemberRow[], year: number): Promise<Assessment[]> {
  const ids = members.map((m) => m.id);
  // one after another: a transaction's client runs one query at a time (closing a year assesses in one)
  const lines = await ledgerRows(db, ids, year);
  const sets = await latestRuleSets(db, year);
  const snapshots = await snapshotsOf(db, year, ids);
  const frozenSets = await ruleSetsById(
    db,
    [...snapshots.values()].map((s) => s.result.ruleSetId),
  );
  const linesOf = new Map<string, LedgerRow[]>();
  for (const l of lines) linesOf.set(l.memberId, [...(linesOf.get(l.memberId) ?? []), l]);

  return members.map((member) => {
    const own = linesOf.get(member.id) ?? [];
    const snapshot = snapshots.get(member.id);
    const ruleSet = snapshot ? frozenSets.get(snapshot.result.ruleSetId) : rulesAt(sets, member.placePath);
    const rules = ruleSet?.rules ?? DEFAULT_DUTY_RULES;
    const withPoints = own.map((l) => ({ ...l, points: linePoints(rules, l) }));
    const score = snapshot ? frozenScore(snapshot.result, rules) : scoreYear(rules, own);
    return { member, ruleSet, rules, closing: snapshot?.closing, ...score, lines: withPoints };
  });
}

const frozenScore = (result: SnapshotResult, rules: DutyRulesInput) => ({
  kinds: snapshotKinds(result, rules),
  total: result.total,
  grade: result.grade,
});

/**
 * What a closing keeps of an assessment (tenths), with the version that counted it: the member's
 * own (kept beneath, or by an earlier closing), else the closing's.
 */
export const snapshotOf = (a: Assessment, fallbackRuleSetId: string): SnapshotResult => ({
  memberId: a.member.id,
  ruleSetId: a.ruleSet?.id ?? fallbackRuleSetId,
  total: a.total,
  grade: a.grade,
  kinds: Object.fromEntries(
    a.kinds.map((k) => [k.kind, { count: k.count, raw: k.raw, points: k.points }]),
  ) as SnapshotResult['kinds'],
});
