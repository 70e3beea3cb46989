import { describe, expect, it } from 'vitest';
import {
  SCREENING_CRITERIA,
  type ScreeningCriterion,
  TOPIC_STATUSES,
  type TopicStatus,
  type TopicUrgency,
} from '../../../shared/enums';
import {
  isEditable,
  isPlannable,
  needsSubmissions,
  nextTopicStatus,
  releaseAction,
  screeningProblem,
  type TopicAction,
} from './rules';

describe('the topic status machine', () => {
  const table: [TopicAction, TopicStatus, TopicUrgency, TopicStatus | null][] = [
    ['accept', 'proposed', 'minor', 'accepted'],
    ['reject', 'proposed', 'major', 'rejected'],
    ['accept', 'accepted', 'minor', null], // screened once
    ['reject', 'in_consultation', 'minor', null],
    ['withdraw', 'proposed', 'minor', 'withdrawn'],
    ['withdraw', 'accepted', 'minor', 'withdrawn'],
    ['withdraw', 'in_consultation', 'minor', null], // a meeting is under way
    ['reopen', 'rejected', 'minor', 'proposed'],
    ['reopen', 'withdrawn', 'minor', 'proposed'],
    ['reopen', 'accepted', 'minor', null],
    ['schedule', 'accepted', 'minor', 'in_consultation'],
    ['schedule', 'proposed', 'minor', null], // screen first …
    ['schedule', 'proposed', 'major', null],
    ['schedule', 'proposed', 'urgent', 'in_consultation'], // … except 急事快议
    ['schedule', 'rejected', 'urgent', null], // urgency does not undo a rejection
    ['schedule', 'concluded', 'minor', 'in_consultation'], // a follow-up meeting
    ['schedule', 'withdrawn', 'urgent', null],
    ['conclude', 'in_consultation', 'minor', 'concluded'],
    ['conclude', 'concluded', 'minor', 'concluded'],
    ['conclude', 'accepted', 'minor', null],
    ['release', 'in_consultation', 'minor', 'accepted'], // its consultation was cancelled
    ['release', 'in_consultation', 'urgent', 'accepted'],
    ['release', 'concluded', 'minor', null],
    ['release', 'accepted', 'minor', null],
    ['release', 'proposed', 'urgent', null],
    ['unschedule', 'in_consultation', 'urgent', 'proposed'], // unscreened 急事快议 goes back to screening
    ['unschedule', 'accepted', 'urgent', null],
    ['unschedule', 'concluded', 'minor', null],
  ];
  it.each(table)('%s from %s (%s) → %s', (action, status, urgency, next) => {
    expect(nextTopicStatus(action, status, urgency)).toBe(next);
  });

  it.each([
    [true, true, 'conclude'],
    [true, false, 'conclude'],
    [false, true, 'release'],
    [false, false, 'unschedule'],
  ] as const)(
    'releases a topic whose last live consultation was cancelled (concluded before: %s, screened: %s) by %s',
    (hasConcluded, screened, action) => {
      expect(releaseAction({ hasConcluded, screened })).toBe(action);
    },
  );

  it('lets wording and submissions change only while the topic is being shaped', () => {
    expect(TOPIC_STATUSES.filter(isEditable)).toEqual(['proposed', 'accepted']);
  });

  it('plans topics that passed screening', () => {
    expect(TOPIC_STATUSES.filter(isPlannable)).toEqual(['accepted', 'in_consultation', 'concluded']);
  });

  it('asks submissions of topics raised from them', () => {
    expect(needsSubmissions('submission')).toBe(true);
    expect(needsSubmissions('grid_screening')).toBe(true);
    expect(needsSubmissions('member')).toBe(false);
    expect(needsSubmissions('leader')).toBe(false);
  });
});

const met = (n: number) =>
  Object.fromEntries(SCREENING_CRITERIA.map((c, i) => [c, i < n])) as Record<ScreeningCriterion, boolean>;

describe('the screening rule', () => {
  const table: [string, number, 'accept' | 'reject', string | undefined, string | null][] = [
    ['all six met, accepted without a word', 6, 'accept', undefined, null],
    ['four met is enough', 4, 'accept', undefined, null],
    ['three met needs a reason to go ahead', 3, 'accept', undefined, 'weak_accept_needs_reason'],
    ['none met, explained', 0, 'accept', '区委点题，须尽快协商', null],
    ['a blank reason is no reason', 2, 'accept', '   ', 'weak_accept_needs_reason'],
    ['a rejection always says why', 6, 'reject', undefined, 'reject_needs_reason'],
    ['a rejection with a reason', 1, 'reject', '不属于政协协商范围', null],
  ];
  it.each(table)('%s', (_, n, decision, reason, problem) => {
    expect(screeningProblem({ criteria: met(n), decision, reason })).toBe(problem);
  });
});
