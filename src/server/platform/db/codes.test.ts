import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/harness';
import { nextCode, nextCodes } from './codes';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});

describe('readable codes', () => {
  it('numbers a bulk load on from the codes taken one by one, and one by one on from it', async () => {
    // a prefix of its own: the worker's database is shared with other files
    const prefix = `T${randomBytes(3).toString('hex').toUpperCase()}`;
    const at = new Date(2031, 5, 1);
    expect(await nextCode(t.db, prefix, at)).toBe(`${prefix}-2031-0001`);
    expect(await nextCodes(t.db, prefix, at, 3)).toEqual([
      `${prefix}-2031-0002`,
      `${prefix}-2031-0003`,
      `${prefix}-2031-0004`,
    ]);
    expect(await nextCode(t.db, prefix, at)).toBe(`${prefix}-2031-0005`);
    expect(await nextCodes(t.db, prefix, new Date(2032, 0, 15), 2)).toEqual([
      `${prefix}-2032-0001`,
      `${prefix}-2032-0002`,
    ]);
    expect(await nextCodes(t.db, prefix, at, 0)).toEqual([]);
  });
});
