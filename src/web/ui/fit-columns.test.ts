import { describe, expect, it } from 'vitest';
import { fitColumns } from './fit-columns';

describe('fitColumns', () => {
  it('shows extra columns only on wide screens and marks each column by its kind', () => {
    const cols = fitColumns([
      { key: 'code' },
      { key: 'note', fit: 'extra' },
      { key: 'status', fit: 'tag', className: 'mine' },
      { key: 'actions', fit: 'actions' },
    ]);
    expect(cols.map((c) => [c.key, c.className, c.responsive])).toEqual([
      ['code', 'fit-key', undefined],
      ['note', 'fit-extra', ['xxl']],
      ['status', 'mine fit-tag', undefined],
      ['actions', 'fit-actions', undefined],
    ]);
  });
});
