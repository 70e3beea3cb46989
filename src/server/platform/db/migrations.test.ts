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

  // Drizzle applies only the migrations stamped later than the last one a database holds: a later
  // migration stamped earlier (two branches generating side by side) is skipped on every database
  // that already ran the one before it.
  it('are stamped in the order they run', () => {
    const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', dir), 'utf8')) as {
      entries: { idx: number; when: number; tag: string }[];
    };
    expect(journal.entries.map((e) => e.tag)).toEqual(files.map((f) => f.replace(/\.sql$/, '')).sort());
    for (const [i, e] of journal.entries.entries())
      if (i > 0) expect(e.when, e.tag).toBeGreaterThan(journal.entries[i - 1]?.when ?? 0);
  });
});
