import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { isValidHours, recentYears, toCreateInput, toUpdateInput } from './training-form';

const values = {
  kind: 'course' as const,
  title: '  履职能力培训 ',
  description: '  ',
  venue: ' 委员之家 ',
  startsAt: dayjs('2026-12-10 09:00'),
  endsAt: dayjs('2026-12-10 12:00'),
  hours: 3,
};

describe('the session form', () => {
  it('sends a new session trimmed, with ISO instants and each member once', () => {
    expect(toCreateInput({ ...values, placeId: 'p', inviteAll: true, memberIds: ['a', 'a', 'b'] })).toEqual({
      placeId: 'p',
      kind: 'course',
      title: '履职能力培训',
      description: null,
      venue: '委员之家',
      startsAt: '2026-12-10T01:00:00.000Z',
      endsAt: '2026-12-10T04:00:00.000Z',
      hours: 3,
      inviteAll: true,
      memberIds: ['a', 'b'],
    });
  });
  it('sends an edit without the place or the invitation', () => {
    expect(toUpdateInput({ ...values, description: ' 学习章程 ' })).toMatchObject({
      title: '履职能力培训',
      description: '学习章程',
    });
    expect(Object.keys(toUpdateInput(values))).not.toContain('placeId');
  });
  it.each([
    [1.5, true],
    [0.5, true],
    [100, true],
    [0.4, false],
    [1.25, false],
    [101, false],
    [null, false],
  ])('credit hours %s: %s', (h, ok) => {
    expect(isValidHours(h)).toBe(ok);
  });
  it('offers this year and the four before it', () => {
    expect(recentYears(new Date('2026-12-03T00:00:00Z'))).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
