import { describe, expect, it } from 'vitest';
import type { GroupPosition, MemberGroupKind, PlaceKind } from '../../../shared/enums';
import {
  type Composition,
  compositionIssues,
  compositionOf,
  kindFieldIssues,
  mayKeepAt,
  mayPair,
  positionConflict,
} from './rules';

describe('kindFieldIssues: each kind takes its own fields', () => {
  const table: [MemberGroupKind, Record<string, unknown>, string[]][] = [
    ['committee', {}, []],
    [
      'committee',
      { sector: 'economy', councilPlaceId: 'p', pairedGroupId: 'g' },
      ['sector', 'councilPlaceId', 'pairedGroupId'],
    ],
    ['sector', {}, ['sector:required']],
    ['sector', { sector: 'economy' }, []],
    ['council', {}, ['councilPlaceId:required']],
    ['council', { councilPlaceId: 'p', sector: 'arts' }, ['sector']],
    ['activity', { pairedGroupId: 'g' }, ['pairedGroupId']],
    ['district_group', {}, []],
    ['district_group', { pairedGroupId: 'g' }, []],
    ['local_group', { pairedGroupId: 'g', councilPlaceId: 'p' }, ['councilPlaceId']],
  ];
  it.each(table)('%s %j → %j', (kind, input, expected) => {
    const issues = kindFieldIssues(kind, input).map((i) => (i.key === 'required' ? `${i.path}:required` : i.path));
    expect(issues).toEqual(expected);
  });

  it('leaves required fields as they are on a change', () => {
    expect(kindFieldIssues('sector', {}, true)).toEqual([]);
    expect(kindFieldIssues('council', { sector: 'arts' }, true)).toEqual([{ path: 'sector', key: 'invalid_value' }]);
  });
});

describe('mayKeepAt: where each kind is kept', () => {
  const table: [MemberGroupKind, PlaceKind, boolean][] = [
    ['activity', 'village', true],
    ['activity', 'community', true],
    ['activity', 'township', false],
    ['activity', 'grid', false],
    ['district_group', 'district', true],
    ['district_group', 'township', false],
    ['local_group', 'township', true],
    ['local_group', 'subdistrict', true],
    ['local_group', 'district', false],
    ['committee', 'district', true],
    ['committee', 'township', true],
    ['council', 'village', true],
    ['sector', 'park', true],
  ];
  it.each(table)('%s at a %s: %s', (kind, place, allowed) => expect(mayKeepAt(kind, place)).toBe(allowed));
});

describe('mayPair: 区直组 ↔ 镇街组 only', () => {
  const table: [MemberGroupKind, MemberGroupKind, boolean][] = [
    ['district_group', 'local_group', true],
    ['local_group', 'district_group', true],
    ['district_group', 'district_group', false],
    ['local_group', 'local_group', false],
    ['committee', 'local_group', false],
    ['district_group', 'committee', false],
  ];
  it.each(table)('%s with %s: %s', (a, b, allowed) => expect(mayPair(a, b)).toBe(allowed));
});

describe('a 1+2+N activity group: one lead, at most two liaisons', () => {
  const c = (lead: number, liaison: number, member = 0): Composition => ({ lead, liaison, member });

  it('counts positions', () => {
    expect(compositionOf(['lead', 'member', 'liaison', 'member'])).toEqual(c(1, 1, 2));
  });

  const issues: [Composition, string[]][] = [
    [c(0, 0), ['no_lead']],
    [c(1, 0), []],
    [c(1, 2, 5), []],
    [c(2, 3), ['too_many_leads', 'too_many_liaisons']],
  ];
  it.each(issues)('%j lacks or has too many: %j', (comp, expected) => {
    expect(compositionIssues('activity', comp)).toEqual(expected);
    expect(compositionIssues('committee', comp)).toEqual([]);
  });

  const moves: [Composition, GroupPosition | null, GroupPosition, string | null][] = [
    [c(0, 0), null, 'lead', null],
    [c(1, 0), null, 'lead', 'member_group_lead_taken'],
    [c(1, 1), null, 'liaison', null],
    [c(1, 2), null, 'liaison', 'member_group_liaisons_full'],
    [c(1, 2), null, 'member', null],
    [c(1, 2), 'liaison', 'liaison', null],
    [c(1, 1), 'lead', 'liaison', null],
    [c(1, 1), 'member', 'lead', 'member_group_lead_taken'],
  ];
  it.each(moves)('%j: %s → %s gives %s', (comp, from, to, expected) => {
    expect(positionConflict('activity', comp, from, to)).toBe(expected);
    expect(positionConflict('committee', comp, from, to)).toBeNull();
  });
});
