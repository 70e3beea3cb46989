import { describe, expect, it } from 'vitest';
import type { OutcomeStatus, Role } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { canEvaluation, type EvaluationAction, type EvaluationScope, evaluationAbilities } from './policy';

const actor = (...grants: [Role, string][]): Actor => ({
  id: 'a',
  username: 'a',
  displayName: 'a',
  homePlacePath: grants[0]?.[1] ?? '/',
  grants: grants.map(([role, placePath], i) => ({ id: `g${i}`, role, placePath, placeId: placePath, placeName: '' })),
});

const DISTRICT = '/d/';
const TOWN_A = '/d/ta/';
const VILLAGE_A = '/d/ta/va/';
const TOWN_B = '/d/tb/';
const at = (placePath: string, tookPart = false, status: OutcomeStatus = 'sent'): EvaluationScope => ({
  placePath,
  tookPart,
  status,
});

describe('canEvaluation: role × place × act', () => {
  const table: [string, Actor, EvaluationAction, EvaluationScope, boolean][] = [
    ['district leader grades a township outcome', actor(['leader', DISTRICT]), 'lead', at(TOWN_A), true],
    ['township leader grades its own', actor(['leader', TOWN_A]), 'lead', at(TOWN_A), true],
    ['village leader cannot grade the township’s', actor(['leader', VILLAGE_A]), 'lead', at(TOWN_A), false],
    ['leader of another township cannot', actor(['leader', TOWN_B]), 'lead', at(TOWN_A), false],
    ['liaison does not grade', actor(['liaison', TOWN_A]), 'lead', at(TOWN_A), false],
    ['member who took part reviews', actor(['member', TOWN_A]), 'review', at(TOWN_A, true), true],
    ['member from elsewhere who took part reviews', actor(['member', TOWN_B]), 'review', at(TOWN_A, true), true],
    ['member who did not take part cannot', actor(['member', TOWN_A]), 'review', at(TOWN_A), false],
    ['a leader who took part is no member', actor(['leader', TOWN_A]), 'review', at(TOWN_A, true), false],
    ['liaison opens the residents’ link', actor(['liaison', TOWN_A]), 'open_link', at(VILLAGE_A), true],
    ['village liaison cannot for the township', actor(['liaison', VILLAGE_A]), 'open_link', at(TOWN_A), false],
    ['member cannot open the link', actor(['member', TOWN_A]), 'open_link', at(TOWN_A, true), false],
    ['leader cannot open the link', actor(['leader', DISTRICT]), 'open_link', at(TOWN_A), false],
    ['liaison hides resident comments', actor(['liaison', DISTRICT]), 'moderate', at(TOWN_A), true],
    ['department does not', actor(['department', DISTRICT]), 'moderate', at(TOWN_A), false],
    ['admin does nothing', actor(['admin', DISTRICT]), 'lead', at(TOWN_A), false],
    ['the CPPCC office opens the residents’ link', actor(['cppcc', DISTRICT]), 'open_link', at(VILLAGE_A), true],
    ['the CPPCC office hides resident comments', actor(['cppcc', TOWN_A]), 'moderate', at(VILLAGE_A), true],
    ['the CPPCC office does not grade', actor(['cppcc', DISTRICT]), 'lead', at(TOWN_A), false],
    ['the CPPCC office elsewhere does not', actor(['cppcc', TOWN_B]), 'open_link', at(TOWN_A), false],
  ];
  it.each(table)('%s', (_n, a, action, o, allowed) => expect(canEvaluation(a, action, o)).toBe(allowed));
});

describe('evaluationAbilities follow the status', () => {
  const everyone = actor(['leader', TOWN_A], ['member', TOWN_A], ['liaison', TOWN_A]);
  it('gives nothing but moderation on a draft', () => {
    expect(evaluationAbilities(everyone, { ...at(TOWN_A, true, 'draft'), hasLink: false })).toEqual({
      leader: false,
      member: false,
      openLink: false,
      moderate: true,
    });
  });
  it.each(['sent', 'answered', 'carrying_out', 'carried_out'] as const)('gives everything on %s', (status) => {
    expect(evaluationAbilities(everyone, { ...at(TOWN_A, true, status), hasLink: false })).toEqual({
      leader: true,
      member: true,
      openLink: true,
      moderate: true,
    });
  });
  it('opens the link only once', () => {
    expect(evaluationAbilities(everyone, { ...at(TOWN_A, true), hasLink: true }).openLink).toBe(false);
  });
});
