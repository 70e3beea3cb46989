import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums';
import type { Me } from '../../api/types';
import { mayMakeTopic, planDistricts, planReach, raisableSources } from './roles';

const me = (...grants: [Role, 'district' | 'township'][]): Me => ({
  id: 'a',
  username: 'a',
  displayName: 'a',
  locale: null,
  mustChangePassword: false,
  email: null,
  emailNotices: 'each',
  isEmailConfigured: false,
  grants: grants.map(([role, kind], i) => ({ id: `g${i}`, role, place: { id: `${kind}-${i}`, name: kind, kind } })),
});

describe('raisableSources (from the shared SOURCE_ROLES)', () => {
  it.each([
    [me(['liaison', 'township']), ['submission', 'grid_screening']],
    [me(['member', 'township']), ['member']],
    [me(['leader', 'district'], ['member', 'township']), ['member', 'leader']],
    [me(['admin', 'district']), []],
    [null, []],
  ])('%#', (who, sources) => {
    expect(raisableSources(who)).toEqual(sources);
  });
});

describe('mayMakeTopic', () => {
  const liaison = me(['liaison', 'township']);
  const item = (status: 'township' | 'community' | 'received' | 'solved', ...kinds: string[]) => ({
    status,
    events: kinds.map((kind) => ({ kind })),
  });
  it.each([
    ['sorted to the township', liaison, item('township'), true],
    ['sorted to the community', liaison, item('community', 'submitted', 'to_community'), true],
    ['not sorted yet', liaison, item('received'), false],
    ['solved', liaison, item('solved'), false],
    ['already in a topic', liaison, item('township', 'topic'), false],
    ['taken out of its topic again', liaison, item('township', 'topic', 'topic_unlinked'), true],
    ['a member may not', me(['member', 'township']), item('township'), false],
  ] as const)('%s', (_, who, s, allowed) => {
    expect(mayMakeTopic(who, { status: s.status, events: [...s.events] })).toBe(allowed);
  });
});

describe('planDistricts', () => {
  it('lists the districts where one reads topics', () => {
    expect(planDistricts(me(['leader', 'district'], ['liaison', 'township'])).map((p) => p.kind)).toEqual(['district']);
    expect(planDistricts(me(['admin', 'district']))).toEqual([]);
  });

  it('opens a township liaison on nothing to pick, naming their township to say why', () => {
    const reach = planReach(me(['liaison', 'township']));
    expect(reach.place).toBeUndefined();
    expect(reach.choices).toEqual([]);
    expect(reach.place === undefined && reach.reach.map((p) => p.kind)).toEqual(['township']);
  });
});
