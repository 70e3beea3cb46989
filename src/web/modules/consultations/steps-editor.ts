import type { StepPhase } from '../../../shared/enums';
import type { ProcedureStep } from './types';

// The limits the server checks (shared/api/procedures.ts PROCEDURE_LIMITS).
export const STEP_LIMITS = { minSteps: 1, maxSteps: 12, maxName: 30, maxHint: 200 } as const;

/** A step being edited; `key` keeps React's rows stable while steps move. */
export type DraftStep = { key: string; name: string; isRequired: boolean; hint: string; phase: StepPhase };

export type StepsAction =
  | { type: 'add'; key: string }
  | { type: 'remove'; index: number }
  | { type: 'move'; index: number; by: -1 | 1 }
  | { type: 'change'; index: number; patch: Partial<Omit<DraftStep, 'key'>> };

/** The steps editor as a pure function: add at the end, remove, move up or down, change one. */
export function stepsReducer(steps: readonly DraftStep[], action: StepsAction): DraftStep[] {
  switch (action.type) {
    case 'add':
      if (steps.length >= STEP_LIMITS.maxSteps) return [...steps];
      return [...steps, { key: action.key, name: '', isRequired: false, hint: '', phase: 'meeting' }];
    case 'remove':
      return steps.filter((_, i) => i !== action.index);
    case 'move': {
      const to = action.index + action.by;
      const moving = steps[action.index];
      if (!moving || to < 0 || to >= steps.length) return [...steps];
      const next = steps.filter((_, i) => i !== action.index);
      next.splice(to, 0, moving);
      return next;
    }
    case 'change':
      return steps.map((s, i) => (i === action.index ? { ...s, ...action.patch } : s));
  }
}

export const toDraftSteps = (steps: readonly ProcedureStep[], keyOf: (i: number) => string): DraftStep[] =>
  steps.map((s, i) => ({
    key: keyOf(i),
    name: s.name,
    isRequired: s.isRequired,
    hint: s.hint ?? '',
    phase: s.phase ?? 'meeting',
  }));

/** The request's steps: trimmed names, empty hints left out. */
export const toProcedureSteps = (steps: readonly DraftStep[]): ProcedureStep[] =>
  steps.map((s) => {
    const hint = s.hint.trim();
    return { name: s.name.trim(), isRequired: s.isRequired, ...(hint ? { hint } : {}), phase: s.phase };
  });

export type NameIssue = 'empty' | 'tooLong' | 'duplicate';
export type StepIssues = { list?: 'count' | 'noRequired'; names: Record<number, NameIssue> };

/**
 * What the server would refuse: 1–12 steps, names 1–30 characters and all different, one required
 * step held in the meeting (the meeting concludes on its own steps).
 */
export function stepIssues(steps: readonly DraftStep[]): StepIssues {
  const names: Record<number, NameIssue> = {};
  const seen = new Set<string>();
  steps.forEach((s, i) => {
    const name = s.name.trim();
    if (!name) names[i] = 'empty';
    else if (name.length > STEP_LIMITS.maxName) names[i] = 'tooLong';
    else if (seen.has(name)) names[i] = 'duplicate';
    seen.add(name);
  });
  const count = steps.length < STEP_LIMITS.minSteps || steps.length > STEP_LIMITS.maxSteps;
  const hasRequired = steps.some((s) => s.isRequired && s.phase === 'meeting');
  const list = count ? 'count' : hasRequired ? undefined : 'noRequired';
  return list ? { list, names } : { names };
}

export const hasIssues = (issues: StepIssues) => Boolean(issues.list) || Object.keys(issues.names).length > 0;
