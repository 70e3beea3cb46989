import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A text[] literal of bound values: `array[$1, $2]::text[]`. A JavaScript array in a drizzle sql
 * template becomes a row of parameters, which PostgreSQL cannot cast to an array.
 */
export const textArray = (values: readonly string[]): SQL =>
  values.length
    ? sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`'{}'::text[]`;

/** The literals made lately, by their values: a province leader's hundred district paths are quoted once, not per statement. */
const literals = new Map<string, string>();
const KEPT_LITERALS = 512;
const KEPT_VALUES = 2_000;

/** `{"a","b"}`: PostgreSQL's array literal of `values`, each quoted (a comma or brace in one stays in it). */
export function arrayLiteral(values: readonly string[]) {
  if (values.length > KEPT_VALUES) return quoted(values);
  const key = JSON.stringify(values);
  let literal = literals.get(key);
  if (literal === undefined) {
    literal = quoted(values);
    if (literals.size >= KEPT_LITERALS) literals.clear();
    literals.set(key, literal);
  }
  return literal;
}

const quoted = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/**
 * The same values as ONE bound parameter: `$1::uuid[]`. A hundred district ids or paths cost drizzle
 * a hundred parameter chunks to build and check for every statement (a third of the province
 * dashboard's CPU in Node, measured); one literal costs one, and the plan sees the same constant array.
 */
export const arrayParam = (values: readonly string[], type: 'text' | 'uuid'): SQL =>
  sql`${arrayLiteral(values)}::${sql.raw(type)}[]`;

/** SQL: `column` is one of `values`, bound as one array parameter (arrayParam); false for none. */
export const anyOf = (column: AnyPgColumn | SQL, values: readonly string[], type: 'text' | 'uuid'): SQL =>
  sql`${column} = any(${arrayParam(values, type)})`;
