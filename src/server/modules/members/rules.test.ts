import { describe, expect, it } from 'vitest';
import type { MemberPlaceKind, PlaceKind } from '../../../shared/enums';
import { SECTOR_LABELS } from '../../../shared/messages/sectors';
import { passwordProblem } from '../accounts';
import { codeReader, initialPassword, listOf, maskPhone, placeCodeOf, servedPlaceProblem, usernameFor } from './rules';

describe('servedPlaceProblem: which places a member may serve, and how', () => {
  const table: [MemberPlaceKind, PlaceKind, boolean, string | null][] = [
    ['workstation', 'township', true, null],
    ['workstation', 'district', true, null],
    ['workstation', 'community', true, null], // a community may have a workstation of its own
    ['workstation', 'township', false, 'member_workstation_place'],
    ['assigned', 'village', false, null],
    ['assigned', 'community', false, null],
    ['assigned', 'grid', false, null],
    ['assigned', 'township', true, 'member_assigned_place'],
    ['assigned', 'district', true, 'member_assigned_place'],
    ['assigned', 'enterprise', false, 'member_assigned_place'],
  ];
  it.each(table)('%s at a %s (workstation: %s) → %s', (kind, placeKind, hasWorkstation, problem) => {
    expect(servedPlaceProblem(kind, { kind: placeKind, hasWorkstation })).toBe(problem);
  });
});

describe('initialPassword', () => {
  it('keeps the password rules, in three groups of four', () => {
    for (let i = 0; i < 200; i++) {
      const p = initialPassword();
      expect(p).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(passwordProblem(p)).toBeUndefined();
    }
  });
  it('has letters and digits even when the dice say "first of each set" every time', () => {
    expect(initialPassword(() => 0)).toBe('a2aa-a2aa-a2aa');
  });
  it('leaves out characters read one for another (0/o, 1/l/i)', () => {
    const all = Array.from({ length: 300 }, () => initialPassword()).join('');
    expect(all).not.toMatch(/[01oli]/);
  });
});

describe('reading the roster’s cells', () => {
  const sector = codeReader(SECTOR_LABELS);
  it.each([
    ['农业和农村界', 'agriculture'],
    ['農業和農村界', 'agriculture'],
    ['Agriculture and rural affairs', 'agriculture'],
    ['  agriculture ', 'agriculture'],
    ['中国共产党', 'cpc'],
    ['九三學社', 'jiusan'],
    ['农业', undefined],
  ])('a sector cell %s → %s', (cell, code) => {
    expect(sector(cell)).toBe(code);
  });
  it('splits lists on the usual separators', () => {
    expect(listOf('法律、医疗，教育;  规划\n')).toEqual(['法律', '医疗', '教育', '规划']);
    expect(listOf('')).toEqual([]);
  });
  it('reads a place entry’s code, as written or as the export writes it', () => {
    expect(placeCodeOf('nl-sq 石桥村')).toBe('nl-sq');
    expect(placeCodeOf('NL-SQ')).toBe('nl-sq');
  });
  it('names imported accounts by their number', () => {
    expect(usernameFor('QH-2022-007')).toBe('member.qh-2022-007');
  });
  it('masks a phone for lists', () => {
    expect(maskPhone('13800001234')).toBe('138****1234');
  });
});
