import { describe, expect, it } from 'vitest';
import { isTrackingCodeShaped, normalizeTrackingCode, trackingCodeCandidates } from './tracking-code';

describe('normalizeTrackingCode', () => {
  it.each([
    ['ABCD EFGH JKMN', 'ABCDEFGHJKMN'],
    ['abcd-efgh-jkmn', 'ABCDEFGHJKMN'],
    ['  AbCd.EfGh_JkMn  ', 'ABCDEFGHJKMN'],
    ['ＡＢＣＤ　ＥＦＧＨ　ＪＫＭＮ', 'ABCDEFGHJKMN'], // full-width letters and the ideographic space
    ['ａｂｃｄ－２３４５－６７８９', 'ABCD23456789'],
    ['ABCD—2345、6789', 'ABCD23456789'],
  ])('%s → %s', (typed, stored) => {
    expect(normalizeTrackingCode(typed)).toBe(stored);
  });
});

describe('trackingCodeCandidates', () => {
  it('is the code itself when it is clean', () => {
    expect(trackingCodeCandidates('abcd efgh jkmn')).toEqual(['ABCDEFGHJKMN']);
  });

  it('reads O and 0 as D or Q, and 1, I and l as J, T or 7', () => {
    expect(trackingCodeCandidates('0BCDEFGHJKMN')).toEqual(['DBCDEFGHJKMN', 'QBCDEFGHJKMN']);
    expect(trackingCodeCandidates('oBCDEFGHJKMN')).toEqual(['DBCDEFGHJKMN', 'QBCDEFGHJKMN']);
    for (const one of ['1', 'I', 'i', 'l', 'L', '１', 'Ｉ'])
      expect(trackingCodeCandidates(`ABCDEFGHJKM${one}`)).toEqual(['ABCDEFGHJKMJ', 'ABCDEFGHJKMT', 'ABCDEFGHJKM7']);
  });

  it('gives up on more than three uncertain characters rather than guess widely', () => {
    expect(trackingCodeCandidates('0O1IABCDEFGH')).toEqual([]);
    expect(trackingCodeCandidates('0O1ABCDEFGHJ')).toHaveLength(2 * 2 * 3);
  });

  it('finds nothing for what cannot be a code: too short, too long, other characters', () => {
    expect(trackingCodeCandidates('ABCDEFGHJKM')).toEqual([]);
    expect(trackingCodeCandidates('ABCDEFGHJKMNP')).toEqual([]);
    expect(trackingCodeCandidates('ABCDEFGHJKM桃')).toEqual([]);
    expect(trackingCodeCandidates('')).toEqual([]);
    expect(isTrackingCodeShaped('ABCD EFGH JKM?')).toBe(false);
    expect(isTrackingCodeShaped('abcd efgh jkm0')).toBe(true);
  });
});
