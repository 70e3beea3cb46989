import { describe, expect, it } from 'vitest';
import { type DraftStep, hasIssues, stepIssues, stepsReducer, toDraftSteps, toProcedureSteps } from './steps-editor';

const step = (name: string, isRequired = false, hint = '', phase: DraftStep['phase'] = 'meeting'): DraftStep => ({
  key: name,
  name,
  isRequired,
  hint,
  phase,
});
const names = (steps: DraftStep[]) => steps.map((s) => s.name);
const three = [step('说'), step('商', true), step('办')];

describe('stepsReducer', () => {
  it.each([
    ['adds an empty step at the end', { type: 'add', key: 'k' } as const, ['说', '商', '办', '']],
    ['removes one', { type: 'remove', index: 1 } as const, ['说', '办']],
    ['moves one up', { type: 'move', index: 2, by: -1 } as const, ['说', '办', '商']],
    ['moves one down', { type: 'move', index: 0, by: 1 } as const, ['商', '说', '办']],
    ['does not move the first up', { type: 'move', index: 0, by: -1 } as const, ['说', '商', '办']],
    ['does not move the last down', { type: 'move', index: 2, by: 1 } as const, ['说', '商', '办']],
    ['renames one', { type: 'change', index: 2, patch: { name: '评' } } as const, ['说', '商', '评']],
  ])('%s', (_, action, expected) => {
    expect(names(stepsReducer(three, action))).toEqual(expected);
  });

  it('keeps each step’s key as it moves, and stops adding at twelve', () => {
    expect(stepsReducer(three, { type: 'move', index: 1, by: 1 }).map((s) => s.key)).toEqual(['说', '办', '商']);
    const twelve = Array.from({ length: 12 }, (_, i) => step(`步骤${i}`));
    expect(stepsReducer(twelve, { type: 'add', key: 'x' })).toHaveLength(12);
  });

  it('marks a step as held after the meeting, and adds new steps to the meeting', () => {
    const next = stepsReducer(three, { type: 'change', index: 2, patch: { phase: 'after' } });
    expect(next.map((s) => s.phase)).toEqual(['meeting', 'meeting', 'after']);
    expect(stepsReducer(next, { type: 'add', key: 'k' }).at(-1)?.phase).toBe('meeting');
  });

  it('changes the required mark without touching the others', () => {
    const next = stepsReducer(three, { type: 'change', index: 0, patch: { isRequired: true } });
    expect(next.map((s) => s.isRequired)).toEqual([true, true, false]);
    expect(three[0]?.isRequired).toBe(false);
  });
});

describe('stepIssues', () => {
  it.each([
    ['a good list', three, { names: {} }],
    ['no steps', [], { list: 'count', names: {} }],
    ['thirteen steps', Array.from({ length: 13 }, (_, i) => step(`s${i}`, true)), { list: 'count', names: {} }],
    ['no required step', [step('说'), step('商')], { list: 'noRequired', names: {} }],
    [
      'only a step after the meeting required',
      [step('商'), step('办', true, '', 'after')],
      { list: 'noRequired', names: {} },
    ],
    ['a required step in the meeting and one after', [step('商', true), step('办', true, '', 'after')], { names: {} }],
    ['an empty name', [step('说', true), step('  ')], { names: { 1: 'empty' } }],
    ['a long name', [step('说', true), step('字'.repeat(31))], { names: { 1: 'tooLong' } }],
    ['a repeated name', [step('说', true), step('商'), step(' 商 ')], { names: { 2: 'duplicate' } }],
  ])('%s', (_, steps, expected) => {
    expect(stepIssues(steps)).toEqual(expected);
  });

  it('tells whether there is anything to fix', () => {
    expect(hasIssues(stepIssues(three))).toBe(false);
    expect(hasIssues(stepIssues([step('说')]))).toBe(true);
  });
});

describe('toProcedureSteps / toDraftSteps', () => {
  it('trims names, leaves out empty hints, and round-trips', () => {
    const steps = toProcedureSteps([
      step(' 说事 ', false, '  '),
      step('商事', true, ' 邀请相关方 '),
      step('办事', false, '', 'after'),
    ]);
    expect(steps).toEqual([
      { name: '说事', isRequired: false, phase: 'meeting' },
      { name: '商事', isRequired: true, hint: '邀请相关方', phase: 'meeting' },
      { name: '办事', isRequired: false, phase: 'after' },
    ]);
    expect(toProcedureSteps(toDraftSteps(steps, (i) => String(i)))).toEqual(steps);
    // a step stored before steps had a phase is held in the meeting
    expect(toDraftSteps([{ name: '议', isRequired: true }], String)[0]?.phase).toBe('meeting');
  });
});
