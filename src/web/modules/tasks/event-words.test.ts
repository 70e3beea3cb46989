import { describe, expect, it } from 'vitest';
import { eventDetail } from './event-words';
import type { TaskEvent } from './types';

const ev = (kind: TaskEvent['kind'], data: TaskEvent['data']) => ({ kind, data });

describe('eventDetail: a step’s parameters as words', () => {
  it.each([
    ['whom a task was given to', ev('created', { owner: '区住建局' }), { key: 'assigned', owner: '区住建局' }],
    ['the leader it was escalated to', ev('escalated', { leader: '张区长' }), { key: 'escalatedTo', leader: '张区长' }],
    [
      'a milestone ticked',
      ev('milestone_done', { milestone: '登记造册', done: true }),
      { key: 'milestoneDone', milestone: '登记造册' },
    ],
    [
      'a milestone unticked',
      ev('milestone_done', { milestone: '登记造册', done: false }),
      { key: 'milestoneUndone', milestone: '登记造册' },
    ],
    [
      'the fields an edit changed, in the form’s order',
      ev('edited', { fields: ['coUnits', 'title'], title: '加装电梯' }),
      { key: 'edited', fields: ['title', 'coUnits'], changedTo: [] },
    ],
    [
      'the new deadline and owner an edit set',
      ev('edited', {
        fields: ['ownerId', 'dueAt', 'detail'],
        owner: '区住建局',
        dueAt: '2026-06-30T15:59:59.999Z',
      }),
      {
        key: 'edited',
        fields: ['detail', 'ownerId', 'dueAt'],
        changedTo: [
          { field: 'dueAt', dueAt: '2026-06-30T15:59:59.999Z' },
          { field: 'ownerId', owner: '区住建局' },
        ],
      },
    ],
    [
      'a deadline moved',
      ev('edited', { fields: ['dueAt'], dueAt: '2026-06-30T15:59:59.999Z' }),
      { key: 'dueMoved', dueAt: '2026-06-30T15:59:59.999Z' },
    ],
    [
      'the new deadline of a task reopened (回头看)',
      ev('reopened', { from: 'accepted', to: 'in_progress', dueAt: '2026-07-15T15:59:59.999Z' }),
      { key: 'dueMoved', dueAt: '2026-07-15T15:59:59.999Z' },
    ],
  ])('%s', (_, e, detail) => {
    expect(eventDetail(e)).toEqual(detail);
  });

  it.each([
    ['a step with no parameters', ev('urged', null)],
    ['a step whose parameters are empty', ev('escalated', { leader: ' ' })],
    ['a kind that takes none', ev('progress', { owner: '区住建局' })],
    ['an edit that names no field', ev('edited', { title: '加装电梯' })],
    ['a task reopened before reopening took a deadline', ev('reopened', { from: 'accepted', to: 'in_progress' })],
  ])('says nothing more of %s', (_, e) => {
    expect(eventDetail(e)).toBeUndefined();
  });
});
