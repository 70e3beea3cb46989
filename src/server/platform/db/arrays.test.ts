import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { buildPlace } from '../../testing/factories';
import { startTestApp } from '../../testing/harness';
import { anyOf, arrayLiteral, arrayParam } from './arrays';
import { places } from './schema';

const dialect = new PgDialect();

describe('array parameters', () => {
  it('binds any number of values as one parameter', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const q = dialect.sqlToQuery(anyOf(sql`id`, ids, 'uuid'));
    expect(q.sql).toBe('id = any($1::uuid[])');
    expect(q.params).toHaveLength(1);
    expect(arrayLiteral(['a', 'b'])).toBe('{"a","b"}');
  });

  it('quotes a set of values once and keeps sets that join alike apart', () => {
    const paths = Array.from({ length: 100 }, (_, i) => `/${String(i).padStart(36, '0')}/`);
    expect(arrayLiteral(paths)).toBe(arrayLiteral([...paths])); // kept: the same string again
    expect(arrayLiteral(['a,b'])).toBe('{"a,b"}');
    expect(arrayLiteral(['a', 'b'])).toBe('{"a","b"}');
    expect(arrayLiteral(['a"', 'b'])).toBe('{"a\\"","b"}');
    const many = Array.from({ length: 2_500 }, (_, i) => `v${i}`); // past the kept size: quoted each time, the same
    expect(arrayLiteral(many)).toBe(`{${many.map((v) => `"${v}"`).join(',')}}`);
  });
});

describe('array parameters in the database', async () => {
  const { db } = await startTestApp();
  const unnest = async (values: string[]) => {
    const res = (await db.execute(sql`select unnest(${arrayParam(values, 'text')}) as v`)) as unknown as {
      rows: { v: string }[];
    };
    return res.rows.map((r) => r.v);
  };

  it('keeps every value whole: commas, quotes, backslashes, braces, spaces, NULL as text', async () => {
    const awkward = ['a,b', 'say "hi"', 'back\\slash', '{brace}', ' padded ', 'NULL', '', '社区/网格'];
    expect(await unnest(awkward)).toEqual(awkward);
    expect(await unnest([])).toEqual([]);
  });

  it('matches rows by id, and none for no ids', async () => {
    const a = await buildPlace(db, { kind: 'district' });
    const b = await buildPlace(db, { kind: 'district' });
    await buildPlace(db, { kind: 'district' });
    const ids = async (values: string[]) =>
      (
        await db
          .select({ id: places.id })
          .from(places)
          .where(anyOf(places.id, values, 'uuid'))
      )
        .map((r) => r.id)
        .sort();
    expect(await ids([a.id, b.id])).toEqual([a.id, b.id].sort());
    expect(await ids([])).toEqual([]);
  });
});
