import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROCEDURES, meetingOccurrences, procedureStepIssues } from './rules';

describe('fixed meeting dates', () => {
  const table: [string, Parameters<typeof meetingOccurrences>, string[]][] = [
    [
      '逢十说事 from the 1st',
      ['tens', null, '2026-03-01'],
      ['2026-03-10', '2026-03-20', '2026-03-30', '2026-04-10', '2026-04-20', '2026-04-30'],
    ],
    [
      '逢十说事 counts today',
      ['tens', null, '2026-03-20'],
      ['2026-03-20', '2026-03-30', '2026-04-10', '2026-04-20', '2026-04-30', '2026-05-10'],
    ],
    [
      '逢十说事 in February (28 days): the 28th stands in for the 30th',
      ['tens', null, '2026-02-11'],
      ['2026-02-20', '2026-02-28', '2026-03-10', '2026-03-20', '2026-03-30', '2026-04-10'],
    ],
    [
      '逢十说事 in a leap February: the 29th',
      ['tens', null, '2028-02-21'],
      ['2028-02-29', '2028-03-10', '2028-03-20', '2028-03-30', '2028-04-10', '2028-04-20'],
    ],
    [
      '逢十说事 at a month end of 31 days: the 31st is no meeting day',
      ['tens', null, '2026-01-31'],
      ['2026-02-10', '2026-02-20', '2026-02-28', '2026-03-10', '2026-03-20', '2026-03-30'],
    ],
    [
      '逢十说事 across the year end',
      ['tens', null, '2026-12-25'],
      ['2026-12-30', '2027-01-10', '2027-01-20', '2027-01-30', '2027-02-10', '2027-02-20'],
    ],
    [
      '月月谈 on the 15th, today past it',
      ['monthly', 15, '2026-11-16'],
      ['2026-12-15', '2027-01-15', '2027-02-15', '2027-03-15', '2027-04-15', '2027-05-15'],
    ],
    [
      '月月谈 on the 28th, through February',
      ['monthly', 28, '2026-01-28'],
      ['2026-01-28', '2026-02-28', '2026-03-28', '2026-04-28', '2026-05-28', '2026-06-28'],
    ],
    ['月月谈 without a day', ['monthly', null, '2026-01-01'], []],
    ['no rule', ['none', null, '2026-01-01'], []],
  ];
  it.each(table)('%s', (_name, args, expected) => {
    expect(meetingOccurrences(...args)).toEqual(expected);
  });
});

describe('procedure steps', () => {
  type Step = { name: string; isRequired: boolean; phase?: 'meeting' | 'after' };
  const step = (name: string, isRequired = false, phase?: Step['phase']): Step =>
    phase ? { name, isRequired, phase } : { name, isRequired };
  const table: [string, Step[], string[]][] = [
    ['one required step', [step('议事', true)], []],
    ['none', [], ['procedure_step_count']],
    ['thirteen', Array.from({ length: 13 }, (_, i) => step(`第${i + 1}步`, true)), ['procedure_step_count']],
    ['a blank name', [step('  ', true)], ['procedure_step_name_length']],
    ['a name of 31 characters', [step('长'.repeat(31), true)], ['procedure_step_name_length']],
    ['the same name twice', [step('说事', true), step(' 说事')], ['procedure_step_duplicate']],
    ['nothing required', [step('说事'), step('商事')], ['procedure_no_required_step']],
    [
      'only a step after the meeting required',
      [step('商事', false, 'meeting'), step('办事', true, 'after')],
      ['procedure_no_required_step'],
    ],
    ['a required meeting step and a required after-step', [step('商事', true), step('办事', true, 'after')], []],
  ];
  it.each(table)('%s', (_name, steps, codes) => {
    expect(procedureStepIssues(steps).map((i) => i.code)).toEqual(codes);
  });

  it('holds for every built-in procedure', () => {
    for (const p of BUILT_IN_PROCEDURES) expect(procedureStepIssues(p.steps)).toEqual([]);
    expect(BUILT_IN_PROCEDURES.find((p) => p.key === 'four_step')?.steps.map((s) => s.name)).toEqual([
      '网格巡查听民意',
      '调查研究定议题',
      '民主协商议民事',
      '多方共治抓管理',
    ]);
  });

  it('holds the built-ins’ follow-through steps after the meeting', () => {
    const after = BUILT_IN_PROCEDURES.flatMap((p) =>
      p.steps.filter((s) => 'phase' in s && s.phase === 'after').map((s) => s.name),
    );
    expect(after).toEqual(['跟踪落实', '成果转化', '评议反馈', '多方共治抓管理', '办事', '评事']);
  });
});
