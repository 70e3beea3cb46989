import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../../db/migrations/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.sql'));

describe('migrations', () => {
  it('are there to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  // PostgreSQL refuses a value added by ALTER TYPE … ADD VALUE until its transaction commits, and a
  // restore replays every migration and loads the archive's rows in one transaction: an added value
  // would make every restore of a later archive fail. A migration recreates the type instead.
  it.each(files)('%s never adds a value to an existing enum type', (file) => {
    const sql = readFileSync(new URL(file, dir), 'utf8');
    expect(sql).not.toMatch(/ALTER\s+TYPE\s+\S+\s+ADD\s+VALUE/i);
  });
});
