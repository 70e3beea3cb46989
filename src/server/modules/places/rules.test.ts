import { describe, expect, it } from 'vitest';
import { PLACE_KINDS, type PlaceKind } from '../../../shared/enums';
import { childPath, mayStandUnder, randomPlaceCode, wouldCycle } from './rules';

describe('which kind may stand under which', () => {
  const cases: [PlaceKind, PlaceKind | null, boolean][] = [
    ['district', null, true],
    ['district', 'district', false],
    ['township', 'district', true],
    ['subdistrict', 'district', true],
    ['township', null, false],
    ['village', 'township', true],
    ['community', 'subdistrict', true],
    ['village', 'district', false],
    ['grid', 'village', true],
    ['grid', 'community', true],
    ['grid', 'township', false], // a grid only under a village/community
    ['grid', 'district', false],
    ['grid', 'grid', false],
    ['enterprise', 'township', true],
    ['enterprise', 'district', true],
    ['park', 'subdistrict', true],
    ['park', 'village', false],
    ['enterprise', 'grid', false],
  ];
  it.each(cases)('%s under %s → %s', (child, parent, allowed) => {
    expect(mayStandUnder(child, parent)).toBe(allowed);
  });

  it('gives every kind exactly one way into the tree from the root', () => {
    const reachable = new Set<PlaceKind>(['district']);
    for (let i = 0; i < 5; i++)
      for (const k of PLACE_KINDS) if ([...reachable].some((p) => mayStandUnder(k, p))) reachable.add(k);
    expect([...reachable].sort()).toEqual([...PLACE_KINDS].sort());
  });
});

describe('paths', () => {
  it('builds child paths from the parent path', () => {
    expect(childPath(null, 'a')).toBe('/a/');
    expect(childPath('/a/', 'b')).toBe('/a/b/');
  });

  it.each([
    ['/a/b/', '/a/b/', true], // under itself
    ['/a/b/', '/a/b/c/', true], // under its own child
    ['/a/b/', '/a/', false],
    ['/a/b/', '/a/x/', false],
  ])('moving %s under %s cycles: %s', (path, newParent, cycles) => {
    expect(wouldCycle(path, newParent)).toBe(cycles);
  });
});

describe('public codes', () => {
  it('are six readable characters without 0/o/1/l/i', () => {
    const code = randomPlaceCode(() => Uint8Array.from([0, 14, 26, 30, 31, 255]));
    expect(code).toMatch(/^[a-z2-9]{6}$/);
    for (let i = 0; i < 50; i++) {
      expect(randomPlaceCode((n) => crypto.getRandomValues(new Uint8Array(n)))).not.toMatch(/[01oli]/);
    }
  });
});
