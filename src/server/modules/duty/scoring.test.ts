import { describe, expect, it } from 'vitest';
import { DutyRules } from '../../../shared/api/duty';
import { DUTY_KINDS, type DutyGrade, type DutyKind } from '../../../shared/enums';
import type { DutyRulesInput } from './schemas';
import {
  DEFAULT_DUTY_RULES,
  gradeOf,
  kindScore,
  linePoints,
  rankOf,
  type ScoredLine,
  scoreYear,
  toTenths,
  yearOf,
  yearWindow,
} from './scoring';

const rules = (kinds: Partial<DutyRulesInput['kinds']> = {}, grades?: DutyRulesInput['grades']): DutyRulesInput => ({
  kinds: { ...DEFAULT_DUTY_RULES.kinds, ...kinds },
  grades: grades ?? DEFAULT_DUTY_RULES.grades,
});
const line = (kind: DutyKind, amount: number | null = null): ScoredLine => ({ kind, amount });
const times = (n: number, l: ScoredLine) => Array.from({ length: n }, () => l);

describe('the default rules', () => {
  it('are rules the contract accepts, with a rule for every kind', () => {
    expect(DutyRules.parse(DEFAULT_DUTY_RULES)).toEqual(DEFAULT_DUTY_RULES);
    expect(Object.keys(DEFAULT_DUTY_RULES.kinds).sort()).toEqual([...DUTY_KINDS].sort());
  });
});

describe('linePoints (tenths)', () => {
  it.each<[string, Partial<DutyRulesInput['kinds']>, ScoredLine, number]>([
    ['a consultation attended earns its points', {}, line('consultation_attended'), 50],
    ['points with a decimal', { opinion_given: { points: 1.5, cap: null } }, line('opinion_given'), 15],
    ['an absence deducts', {}, line('consultation_absent'), -50],
    ['a reception day missed deducts', { reception_absent: { points: 2.5, cap: 10 } }, line('reception_absent'), -25],
    ['a kind worth nothing', { contact_logged: { points: 0, cap: null } }, line('contact_logged'), 0],
    [
      'a deduction of nothing is no deduction',
      { consultation_absent: { points: 0, cap: null } },
      line('consultation_absent'),
      0,
    ],
    ['training: per hour, 1.5 h at 1 point', {}, line('training_attended', 15), 15],
    [
      'training: 2 h at 1.5 points',
      { training_attended: { points: 1.5, cap: null } },
      line('training_attended', 20),
      30,
    ],
    // 0.3 × 1.5 h = 0.45 → 0.5 (tenths round half up)
    [
      'training: rounded to the tenth, half up',
      { training_attended: { points: 0.3, cap: null } },
      line('training_attended', 15),
      5,
    ],
    // 0.3 × 1.2 h = 0.36 → 0.4
    [
      'training: 0.36 rounds to 0.4',
      { training_attended: { points: 0.3, cap: null } },
      line('training_attended', 12),
      4,
    ],
    // 0.2 × 1.2 h = 0.24 → 0.2
    [
      'training: 0.24 rounds to 0.2',
      { training_attended: { points: 0.2, cap: null } },
      line('training_attended', 12),
      2,
    ],
    ['training without hours earns nothing', {}, line('training_attended', null), 0],
    ['manual: the points approved', {}, line('manual', 30), 30],
    ['manual: no more than the kind’s points per entry', {}, line('manual', 80), 50],
  ])('%s', (_, kinds, l, expected) => {
    expect(linePoints(rules(kinds), l)).toBe(expected);
  });
});

describe('kindScore: summed, then held to the cap', () => {
  it.each<[string, Partial<DutyRulesInput['kinds']>, DutyKind, ScoredLine[], { raw: number; points: number }]>([
    ['under the cap', {}, 'consultation_attended', times(3, line('consultation_attended')), { raw: 150, points: 150 }],
    [
      'exactly at the cap',
      {},
      'consultation_attended',
      times(6, line('consultation_attended')),
      { raw: 300, points: 300 },
    ],
    ['over the cap', {}, 'consultation_attended', times(9, line('consultation_attended')), { raw: 450, points: 300 }],
    [
      'no cap',
      { contact_logged: { points: 1, cap: null } },
      'contact_logged',
      times(40, line('contact_logged')),
      { raw: 400, points: 400 },
    ],
    [
      'a cap of nothing',
      { topic_recommended: { points: 3, cap: 0 } },
      'topic_recommended',
      times(2, line('topic_recommended')),
      { raw: 60, points: 0 },
    ],
    [
      'deductions held to their cap',
      {},
      'reception_absent',
      times(7, line('reception_absent')),
      { raw: -280, points: -200 },
    ],
    [
      'deductions under their cap',
      {},
      'reception_absent',
      times(2, line('reception_absent')),
      { raw: -80, points: -80 },
    ],
    ['none of the kind', {}, 'whistle_answered', [line('contact_logged')], { raw: 0, points: 0 }],
    [
      'training hours summed, then capped',
      {},
      'training_attended',
      times(3, line('training_attended', 40)),
      { raw: 120, points: 100 },
    ],
    [
      'manual entries each limited, then capped',
      {},
      'manual',
      [line('manual', 80), line('manual', 40), line('manual', 30)],
      { raw: 120, points: 100 },
    ],
  ])('%s', (_, kinds, kind, lines, expected) => {
    expect(kindScore(rules(kinds), kind, lines)).toMatchObject(expected);
  });

  it('counts only its own kind’s lines', () => {
    const s = kindScore(rules(), 'opinion_given', [
      line('opinion_given'),
      line('contact_logged'),
      line('opinion_given'),
    ]);
    expect(s).toEqual({ kind: 'opinion_given', count: 2, raw: 40, points: 40, cap: 100 });
  });
});

describe('gradeOf: the least total of each grade', () => {
  const grades = { excellent: 85, competent: 60, basically_competent: 45.5 };
  it.each<[number, DutyGrade]>([
    [1000, 'excellent'],
    [850, 'excellent'],
    [849, 'competent'],
    [600, 'competent'],
    [599, 'basically_competent'],
    [455, 'basically_competent'],
    [454, 'incompetent'],
    [0, 'incompetent'],
    [-30, 'incompetent'],
  ])('%i tenths → %s', (total, grade) => {
    expect(gradeOf(total, grades)).toBe(grade);
  });
});

describe('scoreYear', () => {
  it('adds every kind after its cap, deductions included, and grades the total', () => {
    const lines = [
      ...times(8, line('consultation_attended')), // 40 → capped at 30
      ...times(3, line('opinion_given')), // 6
      line('consultation_absent'), // −5
      ...times(2, line('reception_held')), // 8
      ...times(15, line('contact_logged')), // 15 → 12
      line('whistle_answered'), // 5
      ...times(2, line('public_opinion_written')), // 6
      line('public_opinion_adopted'), // 5
      line('proposal_written'), // 5
      line('training_attended', 35), // 3.5
      line('manual', 25), // 2.5
    ];
    const s = scoreYear(rules(), lines);
    expect(s.total).toBe(300 + 60 - 50 + 80 + 120 + 50 + 60 + 50 + 50 + 35 + 25);
    expect(s.total).toBe(780);
    expect(s.grade).toBe('competent');
    expect(s.kinds.map((k) => k.kind)).toEqual([...DUTY_KINDS]);
    expect(s.kinds.find((k) => k.kind === 'consultation_attended')).toMatchObject({ count: 8, raw: 400, points: 300 });
  });

  it('a year of nothing is 0 and 不称职', () => {
    expect(scoreYear(rules(), [])).toMatchObject({ total: 0, grade: 'incompetent' });
  });

  it('may fall below zero on deductions alone', () => {
    expect(scoreYear(rules(), times(3, line('consultation_absent'))).total).toBe(-150);
  });

  it('points in tenths never drift: ten 0.1s are exactly 1', () => {
    const s = scoreYear(rules({ contact_logged: { points: 0.1, cap: null } }), times(10, line('contact_logged')));
    expect(s.total).toBe(10);
    expect(toTenths(0.1 + 0.2)).toBe(3);
  });
});

describe('rankOf', () => {
  it('ranks by total, highest first; equal totals share a rank', () => {
    const rows = [
      { id: 'a', total: 10 },
      { id: 'b', total: 50 },
      { id: 'c', total: 30 },
      { id: 'd', total: 50 },
      { id: 'e', total: 30 },
    ];
    expect(rankOf(rows).map((r) => `${r.id}${r.rank}`)).toEqual(['b1', 'd1', 'c3', 'e3', 'a5']);
  });
});

describe('the year in the deployment’s calendar', () => {
  it.each<[string, number]>([
    ['2025-12-31T15:59:59.999Z', 2025], // 23:59:59 on 31 December in Beijing
    ['2025-12-31T16:00:00.000Z', 2026], // midnight on 1 January in Beijing
    ['2026-06-30T12:00:00.000Z', 2026],
  ])('%s falls in %i', (iso, year) => {
    expect(yearOf(new Date(iso))).toBe(year);
  });
  it('a year runs from its 1 January to the next, Beijing time', () => {
    expect(yearWindow(2026)).toEqual({
      from: new Date('2025-12-31T16:00:00.000Z'),
      to: new Date('2026-12-31T16:00:00.000Z'),
    });
  });
});

describe('DutyRules: what the contract refuses', () => {
  const valid = DEFAULT_DUTY_RULES;
  const issues = (v: unknown) => {
    const r = DutyRules.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  it.each<[string, unknown, string[]]>([
    ['the defaults', valid, []],
    [
      'two decimals',
      { ...valid, kinds: { ...valid.kinds, opinion_given: { points: 1.25, cap: null } } },
      ['kinds.opinion_given.points'],
    ],
    [
      'negative points',
      { ...valid, kinds: { ...valid.kinds, opinion_given: { points: -1, cap: null } } },
      ['kinds.opinion_given.points'],
    ],
    ['a negative cap', { ...valid, kinds: { ...valid.kinds, manual: { points: 1, cap: -5 } } }, ['kinds.manual.cap']],
    ['a kind left out', { ...valid, kinds: { ...valid.kinds, manual: undefined } }, ['kinds.manual']],
    ['a kind unknown', { ...valid, kinds: { ...valid.kinds, bribery: { points: 1, cap: null } } }, ['kinds']],
    [
      'grades out of order',
      { ...valid, grades: { excellent: 60, competent: 60, basically_competent: 45 } },
      ['grades.excellent'],
    ],
    [
      'a lower grade above',
      { ...valid, grades: { excellent: 85, competent: 40, basically_competent: 45 } },
      ['grades.competent'],
    ],
  ])('%s', (_, v, paths) => {
    expect(issues(v)).toEqual(paths);
  });
});
