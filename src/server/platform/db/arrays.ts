import { type SQL, sql } from 'drizzle-orm';

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
