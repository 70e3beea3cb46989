import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { endOfDay, pickerDay, toCreateInput, toUpdateInput } from './task-form';
import type { TaskDetail } from './types';

const OUTCOME = '3f2b8a3c-1d2e-4f5a-9b8c-7d6e5f4a3b2c';
const OWNER = '9a8b7c6d-1d2e-4f5a-9b8c-7d6e5f4a3b2c';
const day = (s: string) => dayjs(s);

describe('toCreateInput', () => {
  it('sends the deadline as the end of the day picked, and trims what was typed', () => {
    const input = toCreateInput(OUTCOME, {
      title: '  办理不动产证  ',
      detail: '   ',
      ownerId: OWNER,
      coUnits: [' 区自然资源局 ', '区自然资源局', '', '街道办'],
      dueAt: day('2026-06-30'),
    });
    expect(input).toEqual({
      outcomeId: OUTCOME,
      consensusItemId: undefined,
      title: '办理不动产证',
      detail: undefined,
      ownerId: OWNER,
      coUnits: ['区自然资源局', '街道办'],
      dueAt: endOfDay(day('2026-06-30')),
      milestones: [],
    });
    // the end of that day in Beijing, whatever the zone the browser (and this test) runs in
    expect(input.dueAt).toBe('2026-06-30T15:59:59.999Z');
  });

  it('keeps milestone rows with anything in them and drops empty ones', () => {
    const input = toCreateInput(OUTCOME, {
      title: '办理不动产证',
      ownerId: OWNER,
      dueAt: day('2026-12-31'),
      consensusItemId: '',
      milestones: [
        { title: '登记造册', dueAt: day('2026-06-30') },
        { title: '  ', dueAt: null },
        { title: '逐户办证' },
        { dueAt: day('2026-09-30') },
      ],
    });
    expect(input.consensusItemId).toBeUndefined();
    expect(input.milestones).toEqual([
      { title: '登记造册', dueAt: endOfDay(day('2026-06-30')) },
      { title: '逐户办证', dueAt: undefined },
      // a date without a title goes to the server, which names the field that wants one
      { title: '', dueAt: endOfDay(day('2026-09-30')) },
    ]);
  });
});

describe('toUpdateInput', () => {
  const task = {
    title: '办理不动产证',
    detail: null,
    owner: { id: OWNER, displayName: '区住建局' },
    coUnits: ['街道办'],
    dueAt: endOfDay(day('2026-06-30')),
  } as TaskDetail;
  const same = { title: task.title, ownerId: OWNER, coUnits: ['街道办'], dueAt: day('2026-06-30') };

  it('sends nothing when nothing changed', () => {
    expect(toUpdateInput(task, same)).toEqual({});
    // the server may keep another hour of the same day (a task set by the demo at noon)
    expect(toUpdateInput({ ...task, dueAt: '2026-06-30T12:00:00+08:00' }, same)).toEqual({});
  });

  it('shows a stored deadline as its day in Beijing, also just after midnight there', () => {
    expect(pickerDay('2026-06-30T15:59:59.999Z').format('YYYY-MM-DD')).toBe('2026-06-30');
    expect(pickerDay('2026-06-30T16:30:00Z').format('YYYY-MM-DD')).toBe('2026-07-01');
    // picked again unchanged, the day sends nothing
    expect(
      toUpdateInput({ ...task, dueAt: '2026-06-30T16:30:00Z' }, { ...same, dueAt: pickerDay('2026-06-30T16:30:00Z') }),
    ).toEqual({});
  });

  it('sends only the fields that changed', () => {
    expect(toUpdateInput(task, { ...same, dueAt: day('2026-07-15'), coUnits: ['街道办', '社区'] })).toEqual({
      dueAt: endOfDay(day('2026-07-15')),
      coUnits: ['街道办', '社区'],
    });
    expect(toUpdateInput(task, { ...same, detail: '逐户上门' })).toEqual({ detail: '逐户上门' });
  });
});
