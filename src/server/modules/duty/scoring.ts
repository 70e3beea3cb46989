// 履职量化考核: how a member's year of records becomes points and a grade. Pure functions over the
// rules and the ledger's lines; points are kept in tenths (integers) so sums never drift.
import { isDeduction } from '../../../shared/access/duty';
import { DUTY_KINDS, type DutyGrade, type DutyKind } from '../../../shared/enums';
import { shanghaiDate, shanghaiHour } from '../../platform/calendar';
import type { DutyRulesInput } from './schemas';

/** Points as people write them (one decimal) ↔ tenths. */
export const toTenths = (points: number) => Math.round(points * 10);
export const fromTenths = (tenths: number) => tenths / 10;

/**
 * The defaults a region counts by until its CPPCC office saves its own (考核细则): per record,
 * capped per kind; absences deducted; training by the hour; ≥85 优秀, ≥60 称职, ≥45 基本称职.
 */
export const DEFAULT_DUTY_RULES: DutyRulesInput = {
  kinds: {
    consultation_attended: { points: 5, cap: 30 },
    opinion_given: { points: 2, cap: 10 },
    consultation_absent: { points: 5, cap: 20 },
    topic_recommended: { points: 3, cap: 15 },
    submission_entered: { points: 1, cap: 10 },
    contact_logged: { points: 1, cap: 12 },
    reception_held: { points: 4, cap: 20 },
    reception_absent: { points: 4, cap: 20 },
    whistle_answered: { points: 5, cap: 20 },
    public_opinion_written: { points: 3, cap: 15 },
    public_opinion_adopted: { points: 5, cap: 20 },
    proposal_written: { points: 5, cap: 15 },
    training_attended: { points: 1, cap: 10 },
    manual: { points: 5, cap: 10 },
  },
  grades: { excellent: 85, competent: 60, basically_competent: 45 },
};

/** A ledger line as scoring needs it; `amount`: a training's hours, a manual entry's points asked (tenths). */
export type ScoredLine = { kind: DutyKind; amount: number | null };

/**
 * The points (tenths, signed) one record earns: the kind's points; per hour for training, rounded
 * to the tenth (half up); a manual entry's approved points up to the kind's points; an absence
 * deducts. The dashboard's tally (tally-sql.ts) counts training and manual lines the same way in
 * SQL: change both together (its test compares the two).
 */
export function linePoints(rules: DutyRulesInput, line: ScoredLine): number {
  const per = toTenths(rules.kinds[line.kind].points);
  if (line.kind === 'training_attended') return Math.round((per * (line.amount ?? 0)) / 10);
  if (line.kind === 'manual') return Math.min(line.amount ?? 0, per);
  return isDeduction(line.kind) ? 0 - per : per;
}

export type KindScore = { kind: DutyKind; count: number; raw: number; points: number; cap: number | null };

/** A kind's lines summed (tenths) and held to its cap: no more than the cap added, or deducted. */
export function kindScore(rules: DutyRulesInput, kind: DutyKind, lines: readonly ScoredLine[]): KindScore {
  const own = lines.filter((l) => l.kind === kind);
  const raw = own.reduce((sum, l) => sum + linePoints(rules, l), 0);
  const capRule = rules.kinds[kind].cap;
  const cap = capRule === null ? null : toTenths(capRule);
  const points = cap === null || Math.abs(raw) <= cap ? raw : Math.sign(raw) * cap;
  return { kind, count: own.length, raw, points, cap };
}

/** The least total of each grade, highest first; below them all, 不称职. */
export function gradeOf(totalTenths: number, grades: DutyRulesInput['grades']): DutyGrade {
  if (totalTenths >= toTenths(grades.excellent)) return 'excellent';
  if (totalTenths >= toTenths(grades.competent)) return 'competent';
  if (totalTenths >= toTenths(grades.basically_competent)) return 'basically_competent';
  return 'incompetent';
}

export type YearScore = { kinds: KindScore[]; total: number; grade: DutyGrade };

/** A member's year: every kind capped, the total of them (tenths), and the grade it earns. */
export function scoreYear(rules: DutyRulesInput, lines: readonly ScoredLine[]): YearScore {
  const kinds = DUTY_KINDS.map((k) => kindScore(rules, k, lines));
  const total = kinds.reduce((sum, k) => sum + k.points, 0);
  return { kinds, total, grade: gradeOf(total, rules.grades) };
}

/** Ranks by total, highest first; equal totals share a rank (1, 2, 2, 4). */
export function rankOf<T extends { total: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.total - a.total);
  return sorted.map((r, i) => {
    const first = sorted.findIndex((s) => s.total === r.total);
    return { ...r, rank: (first === -1 ? i : first) + 1 };
  });
}

/** A year counts in the deployment's calendar: from its 1 January 00:00 to the next one's. */
export const yearWindow = (year: number) => ({
  from: shanghaiHour(`${year}-01-01`, 0),
  to: shanghaiHour(`${year + 1}-01-01`, 0),
});

/** The year an instant falls in, in the deployment's calendar. */
export const yearOf = (at: Date) => Number(shanghaiDate(at).slice(0, 4));
