import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toLogInput } from './problem-form';

describe('the contact log form', () => {
  it('sends the time as picked on the deployment’s clock, whatever the browser’s zone', () => {
    const body = toLogInput({ kind: 'visit', happenedAt: dayjs('2026-12-03 19:30'), summary: ' 走访王大妈 ' });
    expect(body).toEqual({ kind: 'visit', happenedAt: '2026-12-03T11:30:00.000Z', summary: '走访王大妈' });
  });
  it('sends the problem only when one is raised', () => {
    const v = {
      kind: 'call' as const,
      happenedAt: dayjs('2026-12-03 09:00'),
      summary: '电话',
      raise: { content: ' 路灯坏了 ' },
    };
    expect(toLogInput(v)).not.toHaveProperty('raise');
    expect(toLogInput({ ...v, isRaising: true, contactId: 'c' })).toMatchObject({
      contactId: 'c',
      raise: { content: '路灯坏了' },
    });
  });
});
