import { describe, expect, it } from 'vitest';
import type { Role, TopicSource, TopicStatus, TopicUrgency } from '../../../shared/enums';
import type { Actor } from '../../platform/auth/actor';
import { canRaiseTopic, canTopic, type TopicPermission, topicAbilities } from './policy';

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

describe('canTopic: role × place × permission', () => {
  const table: [string, Actor, TopicPermission, string, boolean][] = [
    ['township liaison keeps its topics', actor(['liaison', TOWN_A]), 'manage', TOWN_A, true],
    ['township liaison keeps a village topic beneath', actor(['liaison', TOWN_A]), 'manage', VILLAGE_A, true],
    ['village liaison does not reach the township', actor(['liaison', VILLAGE_A]), 'read', TOWN_A, false],
    ['liaison does not reach another township', actor(['liaison', TOWN_A]), 'read', TOWN_B, false],
    ['liaison screens', actor(['liaison', TOWN_A]), 'screen', TOWN_A, true],
    ['leader screens', actor(['leader', DISTRICT]), 'screen', TOWN_A, true],
    ['member reads', actor(['member', TOWN_A]), 'read', TOWN_A, true],
    ['member does not screen', actor(['member', TOWN_A]), 'screen', TOWN_A, false],
    ['member does not keep topics', actor(['member', TOWN_A]), 'manage', TOWN_A, false],
    ['leader does not keep topics', actor(['leader', DISTRICT]), 'manage', TOWN_A, false],
    ['district liaison proposes to the plan', actor(['liaison', DISTRICT]), 'plan_propose', DISTRICT, true],
    ['district liaison does not decide the plan', actor(['liaison', DISTRICT]), 'plan_decide', DISTRICT, false],
    ['district leader decides the plan', actor(['leader', DISTRICT]), 'plan_decide', DISTRICT, true],
    ['township leader does not decide the district plan', actor(['leader', TOWN_A]), 'plan_decide', DISTRICT, false],
    ['admin does not read topics', actor(['admin', DISTRICT]), 'read', TOWN_A, false],
    ['department does not read topics', actor(['department', DISTRICT]), 'read', TOWN_A, false],
    ['the CPPCC office keeps a village topic in reach', actor(['cppcc', DISTRICT]), 'manage', VILLAGE_A, true],
    ['the CPPCC office screens', actor(['cppcc', TOWN_A]), 'screen', TOWN_A, true],
    ['a township CPPCC office does not reach another', actor(['cppcc', TOWN_A]), 'read', TOWN_B, false],
    ['the CPPCC office proposes to the plan', actor(['cppcc', DISTRICT]), 'plan_propose', DISTRICT, true],
    ['the CPPCC office does not decide the plan', actor(['cppcc', DISTRICT]), 'plan_decide', DISTRICT, false],
  ];
  it.each(table)('%s', (_, a, permission, path, allowed) => {
    expect(canTopic(a, permission, { placePath: path })).toBe(allowed);
  });
});

describe('canRaiseTopic: who raises from which source', () => {
  const table: [Role, TopicSource, boolean][] = [
    ['liaison', 'submission', true], // 群众出题
    ['liaison', 'grid_screening', true], // 网格筛题
    ['liaison', 'member', false],
    ['liaison', 'leader', false],
    ['member', 'member', true], // 委员荐题
    ['member', 'submission', false],
    ['leader', 'leader', true], // 党委政府点题
    ['leader', 'grid_screening', false],
    ['admin', 'leader', false],
    ['cppcc', 'submission', true], // the CPPCC office raises topics as liaisons do
    ['cppcc', 'grid_screening', true],
    ['cppcc', 'member', false],
    ['cppcc', 'leader', false],
  ];
  it.each(table)('%s raises from %s: %s', (role, source, allowed) => {
    expect(canRaiseTopic(actor([role, TOWN_A]), source, VILLAGE_A)).toBe(allowed);
  });
  it('only within reach', () => {
    expect(canRaiseTopic(actor(['liaison', TOWN_A]), 'submission', TOWN_B)).toBe(false);
  });
});

describe('topicAbilities: role × status', () => {
  const at = (status: TopicStatus, urgency: TopicUrgency = 'minor') => ({ placePath: TOWN_A, status, urgency });
  const liaison = actor(['liaison', TOWN_A]);
  const table: [string, Actor, ReturnType<typeof at>, string | null, Record<string, boolean>][] = [
    [
      'liaison, proposed',
      liaison,
      at('proposed'),
      DISTRICT,
      { screen: true, edit: true, withdraw: true, reopen: false, schedule: false, proposeToPlan: false },
    ],
    ['liaison, proposed and urgent: schedule at once', liaison, at('proposed', 'urgent'), DISTRICT, { schedule: true }],
    [
      'liaison, accepted (no reach at the district)',
      liaison,
      at('accepted'),
      DISTRICT,
      { screen: false, edit: true, withdraw: true, reopen: false, schedule: true, proposeToPlan: false },
    ],
    [
      'liaison, rejected',
      liaison,
      at('rejected'),
      DISTRICT,
      { screen: false, edit: false, withdraw: false, reopen: true, schedule: false },
    ],
    ['liaison, concluded: a follow-up', liaison, at('concluded'), DISTRICT, { edit: false, schedule: true }],
    [
      'district leader, accepted',
      actor(['leader', DISTRICT]),
      at('accepted'),
      DISTRICT,
      { screen: false, edit: false, withdraw: false, schedule: false, proposeToPlan: true },
    ],
    [
      'district leader, proposed: screen, not plan',
      actor(['leader', DISTRICT]),
      at('proposed'),
      DISTRICT,
      { screen: true, proposeToPlan: false },
    ],
    ['no district above: no plan', actor(['leader', DISTRICT]), at('accepted'), null, { proposeToPlan: false }],
    [
      'the district CPPCC office, accepted: keeps, schedules and plans like a liaison',
      actor(['cppcc', DISTRICT]),
      at('accepted'),
      DISTRICT,
      { screen: false, edit: true, withdraw: true, reopen: false, schedule: true, proposeToPlan: true },
    ],
    [
      'member reads only',
      actor(['member', TOWN_A]),
      at('proposed'),
      DISTRICT,
      { screen: false, edit: false, withdraw: false, reopen: false, schedule: false, proposeToPlan: false },
    ],
  ];
  it.each(table)('%s', (_, a, topic, district, expected) => {
    expect(topicAbilities(a, topic, district)).toMatchObject(expected);
  });
});
