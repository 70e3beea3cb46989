import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { endOfDay, inThreeMonths, toMeetBody } from './step-form';

describe('the proposal step forms', () => {
  it('send the meeting’s time as picked on the deployment’s clock, whatever the browser’s zone', () => {
    expect(toMeetBody({ metAt: dayjs('2026-12-03 09:00'), metWith: ' 张委员 ', note: ' ' })).toEqual({
      metAt: '2026-12-03T01:00:00.000Z',
      metWith: '张委员',
      note: undefined,
    });
  });
  it('end a due day where the deployment is, and default to three months from its today', () => {
    expect(endOfDay(dayjs('2026-12-31'))).toBe('2026-12-31T15:59:59.999Z');
    // 20:00 UTC on 3 December is already 4 December in Beijing
    expect(inThreeMonths(Date.parse('2026-12-03T20:00:00Z')).format('YYYY-MM-DD')).toBe('2027-03-04');
  });
});
