import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums';
import { boxesFor, defaultView, filtersOf } from './views';

const roles = (...r: Role[]) => new Set(r);
const query = (q: string) => new URLSearchParams(q);

describe('the boxes and the view each person opens on', () => {
  it.each<[string, Role[], string[], object]>([
    ['a member: their own', ['member'], ['mine'], { box: 'mine' }],
    ['the office: the queue of what awaits review', ['cppcc'], ['all'], { box: 'all', status: 'submitted' }],
    ['a liaison: everything in reach', ['liaison'], ['all'], { box: 'all' }],
    ['a leader: in reach, and what reached them', ['leader'], ['all', 'received'], { box: 'all' }],
    ['a department: what reached it', ['department'], ['received'], { box: 'received' }],
    ['a member in the office: the queue', ['member', 'cppcc'], ['mine', 'all'], { box: 'all', status: 'submitted' }],
  ])('%s', (_, r, boxes, view) => {
    expect(boxesFor(roles(...r))).toEqual(boxes);
    expect(defaultView(roles(...r))).toEqual(view);
  });
});

describe('filtersOf', () => {
  const office = roles('cppcc');
  it('fills in the default view', () => {
    expect(filtersOf(query(''), office)).toMatchObject({ box: 'all', status: 'submitted', page: 1, pageSize: 20 });
    expect(filtersOf(query(''), roles('member'))).toMatchObject({ box: 'mine', status: undefined });
  });
  it('keeps what the URL chose, "any" status included; another box opens on every status', () => {
    expect(filtersOf(query('status=any'), office).status).toBeUndefined();
    expect(filtersOf(query('status=adopted&kind=proposal&year=2026&q=养老&page=3'), office)).toMatchObject({
      box: 'all',
      status: 'adopted',
      kind: 'proposal',
      year: 2026,
      q: '养老',
      page: 3,
    });
    expect(filtersOf(query('box=mine'), roles('member', 'cppcc')).status).toBeUndefined();
  });
  it('drops what the server would refuse', () => {
    expect(filtersOf(query('box=x&status=x&kind=x&year=1999&page=x'), office)).toMatchObject({
      box: 'all',
      status: 'submitted',
      kind: undefined,
      year: undefined,
      page: 1,
    });
  });
});
