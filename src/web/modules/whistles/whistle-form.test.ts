import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { cleanWords, formatHours, toCloseInput, toDoneInput, toRaiseInput } from './whistle-form';

describe('the raise form', () => {
  it('sends trimmed text, the due time as picked on the deployment’s clock, and each word once', () => {
    const dueAt = dayjs('2026-12-05 18:00'); // 18:00 in Beijing, whatever the browser's zone
    expect(
      toRaiseInput({
        placeId: 'p',
        need: '  需要农技帮助  ',
        sectors: ['agriculture', 'agriculture', 'science'],
        expertise: [' 植保 ', '植保', '', '农技'],
        location: ' 三组稻田 ',
        dueAt,
      }),
    ).toEqual({
      placeId: 'p',
      need: '需要农技帮助',
      sectors: ['agriculture', 'science'],
      expertise: ['植保', '农技'],
      location: '三组稻田',
      dueAt: '2026-12-05T10:00:00.000Z',
      departmentIds: [],
    });
  });

  it('drops words the server would refuse for their length', () => {
    expect(cleanWords(['法律', 'x'.repeat(21)])).toEqual(['法律']);
    expect(cleanWords(undefined)).toEqual([]);
  });
});

describe('the step forms', () => {
  it('record what was done: trimmed, the time only when picked, read on the deployment’s clock', () => {
    expect(toDoneInput({ didWhat: ' 到现场 ' })).toEqual({ didWhat: '到现场' });
    expect(toDoneInput({ didWhat: '到现场', doneAt: dayjs('2026-12-01 10:00') })).toEqual({
      didWhat: '到现场',
      doneAt: '2026-12-01T02:00:00.000Z',
    });
  });
  it('close: the rating, a note only when written', () => {
    expect(toCloseInput({ rating: 5, note: '  ' })).toEqual({ rating: 5 });
    expect(toCloseInput({ rating: 4, note: ' 很及时 ' })).toEqual({ rating: 4, note: '很及时' });
  });
  it.each([
    [3, '3'],
    [1.5, '1.5'],
    [0.04, '0'],
    [26.25, '26.3'],
  ])('shows %s hours as %s', (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });
});
