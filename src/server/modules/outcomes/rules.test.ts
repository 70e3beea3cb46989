import { describe, expect, it } from 'vitest';
import { OUTCOME_STATUSES, type OutcomeStatus, type PlaceKind } from '../../../shared/enums';
import {
  addresseeOf,
  docNumberOf,
  leaderAddressee,
  nextOutcomeStatus,
  OUTCOME_TRANSITIONS,
  type OutcomeEvent,
  reviewDueFrom,
} from './rules';

describe('the outcome state machine', () => {
  const table: [OutcomeStatus, OutcomeEvent, OutcomeStatus | null][] = [
    ['draft', 'edit', 'draft'],
    ['draft', 'send', 'sent'],
    ['draft', 'reply', null], // nobody has it yet
    ['draft', 'last_reply', null],
    ['draft', 'instruct', null],
    ['sent', 'edit', null], // what was sent stays as it was sent
    ['sent', 'send', 'sent'], // more recipients later
    ['sent', 'reply', 'sent'],
    ['sent', 'last_reply', 'answered'],
    ['sent', 'instruct', 'sent'],
    ['answered', 'edit', null],
    ['answered', 'send', 'sent'], // a new recipient reopens it until they reply
    ['answered', 'reply', 'answered'],
    ['answered', 'instruct', 'answered'],
  ];
  it.each(table)('%s + %s → %s', (status, event, next) => {
    expect(nextOutcomeStatus(status, event)).toBe(next);
  });

  it('leads every allowed event to a status that exists', () => {
    for (const status of OUTCOME_STATUSES) {
      for (const next of Object.values(OUTCOME_TRANSITIONS[status])) expect(OUTCOME_STATUSES).toContain(next);
    }
  });
});

describe('the Word file’s numbering and addressees', () => {
  it('numbers the document from the place and the code', () => {
    expect(docNumberOf('东湖街道', 'CG-2026-0003')).toBe('东湖协〔2026〕3号');
    expect(docNumberOf('东湖街道', 'odd')).toBeUndefined();
  });

  it.each([
    ['青禾区', 'district', '青禾区委、区政府'],
    ['临江县', 'district', '临江县委、县政府'],
    ['南岭镇', 'township', '南岭镇党委、镇政府'],
    ['东湖街道', 'subdistrict', '东湖街道党工委、办事处'],
    ['石桥村', 'village', '石桥村党支部、村委会'],
    ['桃园社区', 'community', '桃园社区党委、居委会'],
    ['高新园区', 'park', '高新园区'],
  ] as [string, PlaceKind, string][])('addresses leaders at %s (%s) as %s', (name, kind, addressee) => {
    expect(leaderAddressee(name, kind)).toBe(addressee);
  });

  it('names each addressee once, leaders as 党委政府 and departments by name', () => {
    const leader = {
      role: 'leader' as const,
      displayName: '李书记',
      placeName: '青禾区',
      placeKind: 'district' as const,
    };
    const dept = {
      role: 'department' as const,
      displayName: '区医保局',
      placeName: '青禾区',
      placeKind: 'district' as const,
    };
    expect(addresseeOf([dept, leader, { ...leader, displayName: '张区长' }])).toBe('青禾区委、区政府、区医保局');
    expect(addresseeOf([])).toBeUndefined();
  });
});

describe('reviewDueFrom: 回头看 three months on', () => {
  it.each([
    ['2026-03-10T02:00:00.000Z', '2026-06-10T02:00:00.000Z'],
    ['2026-11-30T09:30:00.000Z', '2027-02-28T09:30:00.000Z'], // no 30 February: the month's last day
    ['2027-11-30T09:30:00.000Z', '2028-02-29T09:30:00.000Z'], // a leap year
    ['2026-12-31T23:00:00.000Z', '2027-03-31T23:00:00.000Z'],
  ])('%s → %s', (from, to) => {
    expect(reviewDueFrom(new Date(from)).toISOString()).toBe(to);
  });
});
