import { and, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { buildPlace } from '../../testing/factories';
import { startTestApp } from '../../testing/harness';
import {
  depthOf,
  inSubtree,
  inSubtreeOfPlace,
  isAncestorOrSelf,
  isWithin,
  nearestOfKind,
  parentPathOf,
  pathAtDepth,
  pathIds,
} from './place-path';
import { places } from './schema';

const dialect = new PgDialect();

describe('place paths', () => {
  it('treats a place as within itself and its ancestors only', () => {
    expect(isWithin('/d/t1/v1/g1/', '/d/t1/')).toBe(true);
    expect(isWithin('/d/t1/', '/d/t1/')).toBe(true);
    expect(isWithin('/d/t1/', '/d/t1/v1/g1/')).toBe(false);
    // ids that share a prefix are still different places
    expect(isWithin('/d/t10/', '/d/t1/')).toBe(false);
  });

  it('reads ids, depth, parent and the ancestor at a depth', () => {
    expect(pathIds('/d/t1/v1/')).toEqual(['d', 't1', 'v1']);
    expect(depthOf('/d/')).toBe(1);
    expect(depthOf('/d/t1/v1/')).toBe(3);
    expect(parentPathOf('/d/t1/v1/')).toBe('/d/t1/');
    expect(parentPathOf('/d/')).toBeNull();
    expect(pathAtDepth('/d/t1/v1/g1/', 1)).toBe('/d/');
    expect(pathAtDepth('/d/t1/v1/g1/', 2)).toBe('/d/t1/');
  });

  it('matches nothing without roots and escapes LIKE wildcards', () => {
    expect(dialect.sqlToQuery(inSubtree(sql`path`, [])).sql).toBe('false');
    const q = dialect.sqlToQuery(inSubtree(sql`path`, ['/a_b/', '/c%/']));
    expect(q.params).toEqual(['/a\\_b/%', '/c\\%/%']);
    expect(dialect.sqlToQuery(inSubtree(sql`path`, '/a_b/')).params).toEqual(['/a\\_b/%']);
  });
});

describe('place paths in the database', async () => {
  const { db } = await startTestApp();

  it('finds a subtree by root path or place id, the ancestors, and the nearest place of a kind', async () => {
    const district = await buildPlace(db, { kind: 'district' });
    const township = await buildPlace(db, { kind: 'township', parent: district });
    const village = await buildPlace(db, { kind: 'village', parent: township });
    const grid = await buildPlace(db, { kind: 'grid', parent: village });
    const other = await buildPlace(db, { kind: 'township', parent: district });

    const under = async (cond: ReturnType<typeof inSubtree>) =>
      (
        await db
          .select({ id: places.id })
          .from(places)
          .where(and(cond, inSubtree(places.path, district.path)))
      )
        .map((r) => r.id)
        .sort();
    expect(await under(inSubtree(places.path, township.path))).toEqual([township.id, village.id, grid.id].sort());
    // past eight roots the prefixes are compared by hash: the same places, roots of any depth
    const strangers = Array.from({ length: 9 }, (_, i) => `/00000000-0000-4000-8000-00000000000${i}/`);
    expect(await under(inSubtree(places.path, [...strangers, village.path, other.path]))).toEqual(
      [village.id, grid.id, other.id].sort(),
    );
    expect(await under(inSubtree(places.path, strangers))).toEqual([]);
    expect(await under(inSubtreeOfPlace(places.path, village.id))).toEqual([village.id, grid.id].sort());
    expect(await under(isAncestorOrSelf(places.path, grid.path))).toEqual(
      [district.id, township.id, village.id, grid.id].sort(),
    );
    expect(await under(isAncestorOrSelf(places.path, other.path))).toEqual([district.id, other.id].sort());

    expect((await nearestOfKind(db, grid.path, ['township', 'village']))?.id).toBe(village.id);
    expect((await nearestOfKind(db, grid.path, ['district']))?.id).toBe(district.id);
    expect((await nearestOfKind(db, grid.path, ['grid']))?.id).toBe(grid.id);
    expect(await nearestOfKind(db, other.path, ['village'])).toBeUndefined();
  });
});
