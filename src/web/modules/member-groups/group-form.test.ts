import { describe, expect, it } from 'vitest';
import { fieldsOf, mayKeepAt, pairKindOf, toCreateInput, toUpdateInput } from './group-form';
import type { GroupDetail } from './types';

const group = (over: Partial<GroupDetail> = {}): GroupDetail => ({
  id: 'g1',
  name: '南岭镇组',
  kind: 'local_group',
  place: { id: 'p1', name: '南岭镇', kind: 'township' },
  sector: null,
  councilPlace: null,
  pairedGroup: { id: 'g2', name: '区直第一组' },
  memberCount: 0,
  leads: [],
  archivedAt: null,
  members: [],
  composition: { lead: 0, liaison: 0, member: 0, issues: [] },
  consultationYears: [],
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  abilities: { manage: true },
  ...over,
});

describe('the group form', () => {
  it('shows each kind its own field and pairs 区直组 with 镇街组', () => {
    expect(fieldsOf('sector')).toEqual({ sector: true, councilPlace: false, pairedGroup: false });
    expect(fieldsOf('council')).toEqual({ sector: false, councilPlace: true, pairedGroup: false });
    expect(fieldsOf('district_group')).toEqual({ sector: false, councilPlace: false, pairedGroup: true });
    expect(fieldsOf('committee')).toEqual({ sector: false, councilPlace: false, pairedGroup: false });
    expect([pairKindOf('district_group'), pairKindOf('local_group'), pairKindOf('committee')]).toEqual([
      'local_group',
      'district_group',
      undefined,
    ]);
  });

  it('offers the places each kind may be kept at', () => {
    expect(mayKeepAt('activity', 'community')).toBe(true);
    expect(mayKeepAt('activity', 'township')).toBe(false);
    expect(mayKeepAt('local_group', 'subdistrict')).toBe(true);
    expect(mayKeepAt('district_group', 'township')).toBe(false);
    expect(mayKeepAt('committee', 'grid')).toBe(true);
  });

  it('sends only the fields the kind takes, trimmed', () => {
    expect(
      toCreateInput({ kind: 'committee', name: ' 提案委员会 ', placeId: 'p', sector: 'economy', pairedGroupId: 'g' }),
    ).toEqual({ kind: 'committee', name: '提案委员会', placeId: 'p' });
    expect(toCreateInput({ kind: 'sector', name: '经济界别组', placeId: 'p', sector: 'economy' })).toEqual({
      kind: 'sector',
      name: '经济界别组',
      placeId: 'p',
      sector: 'economy',
    });
  });

  it('sends only what changed, a cleared pair as null', () => {
    expect(toUpdateInput({ kind: 'local_group', name: '南岭镇组', pairedGroupId: 'g2' }, group())).toEqual({});
    expect(toUpdateInput({ kind: 'local_group', name: '南岭镇组 ', pairedGroupId: undefined }, group())).toEqual({
      pairedGroupId: null,
    });
    expect(toUpdateInput({ kind: 'local_group', name: '镇街一组', pairedGroupId: 'g3' }, group())).toEqual({
      name: '镇街一组',
      pairedGroupId: 'g3',
    });
    const sector = group({ kind: 'sector', sector: 'economy', pairedGroup: null });
    expect(toUpdateInput({ kind: 'sector', name: '南岭镇组', sector: 'arts' }, sector)).toEqual({ sector: 'arts' });
  });
});
