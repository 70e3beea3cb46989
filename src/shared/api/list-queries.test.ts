// The web holds its list filters as `Wire<…>` of the very schemas the server parses its query
// strings with. That holds only while every coercion names what a client passes for it: a bare
// z.coerce.number() reads as `unknown` on the wire, and hand-written filter types creep back.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { ListAccountsQuery } from './accounts';
import { ListAuditQuery } from './audit';
import type { Wire } from './common';
import type { ListConsultationsQuery } from './consultations';
import type { ListOutcomesQuery, CandidatesQuery as OutcomeCandidatesQuery } from './outcomes';
import type { ListPlacesQuery } from './places';
import { ListSubmissionsQuery } from './submissions';
import { type CandidatesQuery, ListTopicsQuery } from './topics';

/** The fields of T a client could not know the type of. */
type Untyped<T> = { [K in keyof T]-?: unknown extends T[K] ? K : never }[keyof T];

/** What the web's client does with a query: drops what is empty and writes the rest as text. */
const throughQueryString = <T extends z.ZodType>(schema: T, sent: Wire<T>) =>
  schema.parse(
    Object.fromEntries(
      Object.entries(sent as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    ),
  );

describe('list queries on the wire', () => {
  it('type every field a client sends', () => {
    expectTypeOf<Untyped<Wire<typeof ListAccountsQuery>>>().toEqualTypeOf<never>();
    expectTypeOf<Untyped<Wire<typeof ListAuditQuery>>>().toEqualTypeOf<never>();
    expectTypeOf<Untyped<Wire<typeof ListConsultationsQuery>>>().toEqualTypeOf<never>();
    expectTypeOf<Untyped<Wire<typeof ListOutcomesQuery>>>().toEqualTypeOf<never>();
    expectTypeOf<Untyped<Wire<typeof OutcomeCandidatesQuery>>>().toEqualTypeOf<never>();
    expectTypeOf<Untyped<Wire<typeof ListPlacesQuery>>>().toEqualTypeOf<never>();
    expectTypeOf<Untyped<Wire<typeof ListSubmissionsQuery>>>().toEqualTypeOf<never>();
    expectTypeOf<Untyped<Wire<typeof ListTopicsQuery>>>().toEqualTypeOf<never>();
    expectTypeOf<Untyped<Wire<typeof CandidatesQuery>>>().toEqualTypeOf<never>();
  });

  it('send numbers and ISO instants that the server reads back as numbers and Dates', () => {
    expectTypeOf<Wire<typeof ListSubmissionsQuery>['page']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Wire<typeof ListSubmissionsQuery>['from']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<z.output<typeof ListSubmissionsQuery>['from']>().toEqualTypeOf<Date | undefined>();

    const from = '2026-01-01T00:00:00.000Z';
    expect(
      throughQueryString(ListSubmissionsQuery, { page: 2, pageSize: 50, from, overdue: 'true', sort: 'due' }),
    ).toEqual({ page: 2, pageSize: 50, from: new Date(from), overdue: true, sort: 'due' });
    expect(throughQueryString(ListAuditQuery, { action: 'place.', from, to: from })).toEqual({
      action: 'place.',
      from: new Date(from),
      to: new Date(from),
      page: 1,
      pageSize: 30,
      signIns: 'false', // sign-ins are left out unless asked for
    });
    expect(throughQueryString(ListAccountsQuery, { role: 'leader', page: 3 })).toEqual({
      role: 'leader',
      page: 3,
      pageSize: 20,
    });
    expect(throughQueryString(ListTopicsQuery, { status: 'proposed,accepted' })).toEqual({
      status: ['proposed', 'accepted'],
      page: 1,
      pageSize: 20,
    });
  });
});
