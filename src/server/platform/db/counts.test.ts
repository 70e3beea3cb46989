import { describe, expect, it } from 'vitest';
import { countsByStatus } from './counts';

describe('countsByStatus', () => {
  it('names every status, zero where no row counted it', () => {
    expect(countsByStatus(['open', 'closed', 'archived'] as const, [{ status: 'closed', n: 3 }])).toEqual({
      open: 0,
      closed: 3,
      archived: 0,
    });
  });
});
