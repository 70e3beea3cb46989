import { describe, expect, it } from 'vitest';
import { groupByConsultation } from './group';

const held = (code: string) => ({ code, title: `协商 ${code}`, heldAt: '2026-05-03T06:00:00.000Z' });

describe('groupByConsultation', () => {
  it('puts the items of one consultation under it, keeping the order they came in', () => {
    expect(
      groupByConsultation([
        { number: 1, text: '村道每周清扫两次', consultation: held('XS-2') },
        { number: 1, text: '增设停车位30个', consultation: held('XS-1') },
        { number: 2, text: '错峰充电', consultation: held('XS-1') },
      ]),
    ).toEqual([
      { ...held('XS-2'), items: [{ number: 1, text: '村道每周清扫两次' }] },
      {
        ...held('XS-1'),
        items: [
          { number: 1, text: '增设停车位30个' },
          { number: 2, text: '错峰充电' },
        ],
      },
    ]);
  });

  it('has no groups without items', () => {
    expect(groupByConsultation([])).toEqual([]);
  });
});
