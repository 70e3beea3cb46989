import { describe, expect, it } from 'vitest';
import { changeTaskParams, parseTaskParams } from './task-params';

const ID = '3f2b8a3c-1d2e-4f5a-9b8c-7d6e5f4a3b2c';
const parse = (query: string, mine = false) => parseTaskParams(new URLSearchParams(query), mine);

describe('parseTaskParams', () => {
  it('opens on the tasks still open, first page of 20', () => {
    expect(parse('')).toEqual({
      view: 'open',
      q: undefined,
      flag: undefined,
      status: undefined,
      placeId: undefined,
      ownerId: undefined,
      mine: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('reads the filters a bookmarked board carries', () => {
    expect(
      parse(`view=overdue&q=%20不动产证%20&placeId=${ID}&ownerId=${ID}&flag=red&status=in_progress&page=3&pageSize=50`),
    ).toEqual({
      view: 'overdue',
      q: '不动产证',
      flag: 'red',
      status: 'in_progress',
      placeId: ID,
      ownerId: ID,
      mine: undefined,
      page: 3,
      pageSize: 50,
    });
  });

  it('leaves out what the server would refuse', () => {
    const f = parse('view=late&flag=blue&status=gone&placeId=42&ownerId=x&page=-2&pageSize=500&q=%20%20');
    expect(f).toMatchObject({
      view: 'open',
      flag: undefined,
      status: undefined,
      placeId: undefined,
      ownerId: undefined,
    });
    expect(f).toMatchObject({ page: 1, pageSize: 100, q: undefined });
  });

  it('asks for one’s own tasks on 我的任务, whatever the URL says', () => {
    expect(parse('mine=false', true).mine).toBe('true');
    expect(parse('mine=true', false).mine).toBeUndefined();
  });
});

describe('changeTaskParams', () => {
  const change = (query: string, changes: Parameters<typeof changeTaskParams>[1]) =>
    changeTaskParams(new URLSearchParams(query), changes).toString();

  it('goes back to the first page when a filter changes', () => {
    expect(change('view=overdue&page=4', { ownerId: ID })).toBe(`view=overdue&ownerId=${ID}`);
  });

  it('keeps the page when the page is what changed', () => {
    expect(change('view=stalled', { page: 2, pageSize: 50 })).toBe('view=stalled&page=2&pageSize=50');
  });

  it('drops cleared filters, the default view and the first page', () => {
    expect(change(`view=overdue&q=路灯&ownerId=${ID}`, { view: 'open', q: '', ownerId: undefined })).toBe('');
    expect(change('view=closed', { page: 1 })).toBe('view=closed');
  });
});
