import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { memberPlaces, places } from '../../platform/db/schema';

/**
 * SQL: the member `account` serves the place at `placePath` — assigned (下沉) to it or a place above
 * it, or it is their own workstation's place (委员工作站). A workstation serves its own place only:
 * else every member of the district's workstation would serve, and be called to, every village.
 */
export const servesPlaceSql = (account: SQL | AnyPgColumn | string, placePath: SQL | AnyPgColumn | string): SQL =>
  sql`exists (select 1 from ${memberPlaces} mp join ${places} sp on sp.id = mp.place_id where mp.account_id = ${account} and case when mp.kind = 'workstation' then sp.path = ${placePath} else starts_with(${placePath}, sp.path) end)`;
