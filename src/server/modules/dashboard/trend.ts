import { and, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { DEPLOYMENT_TIME_ZONE } from '../../../shared/time-zone';
import type { Actor } from '../../platform/auth/actor';
import { shanghaiHour } from '../../platform/calendar';
import type { DbOrTx } from '../../platform/db';
import { places, submissions } from '../../platform/db/schema';
import { inboxFilters } from '../submissions';
import { type Period, trendMonths } from './period';
import type { DashboardPlace } from './section';
import { rolledTrend } from './submissions-rolled';
import { deliberationTrend } from './trend-deliberation';

const monthOf = (column: PgColumn) => sql<string>`to_char(${column} at time zone ${DEPLOYMENT_TIME_ZONE}, 'YYYY-MM')`;

/** Month by month over the period (at least six months), each figure counted by its list's own filters. */
export async function trendOf(db: DbOrTx, actor: Actor, place: DashboardPlace, period: Period) {
  const months = trendMonths(period);
  const start = shanghaiHour(`${months[0]}-01`, 0);
  const end = period.end;
  const now = new Date();
  const inbox = { placeId: place.id ?? undefined, from: start, to: end, overdue: undefined };
  const grouped = (column: PgColumn, from: SQL[], extra?: SQL) =>
    ({
      month: monthOf(column),
      n: sql<number>`count(*)::int`,
      where: and(...from, ...(extra ? [extra] : [])),
    }) as const;
  const received = grouped(submissions.createdAt, inboxFilters(actor, inbox, now, null));
  const solved = grouped(
    submissions.createdAt,
    inboxFilters(actor, inbox, now, null),
    eq(submissions.status, 'solved'),
  );
  // whole months from the rollups where they may stand for the inbox, the rest live
  const firstMonth = months[0] ?? '';
  const [rolled, deliberation] = await Promise.all([
    rolledTrend(db, actor, place, period, firstMonth, now),
    deliberationTrend(db, actor, place, period, firstMonth, now),
  ]);
  const liveSpans = rolled ? rolled.edges : [{ start, end }];
  const live = (where: SQL | undefined) =>
    liveSpans.map((span) =>
      db
        .select({ month: received.month, n: received.n })
        .from(submissions)
        .innerJoin(places, eq(places.id, submissions.placeId))
        .where(and(where, gte(submissions.createdAt, span.start), lt(submissions.createdAt, span.end)))
        .groupBy(sql`1`),
    );
  const [rs, ss] = await Promise.all([
    Promise.all(live(received.where)).then((x) => x.flat()),
    Promise.all(live(solved.where)).then((x) => x.flat()),
  ]);
  const withRolled = (rows: { month: string; n: number }[], byMonth: Map<string, number> | undefined) => [
    ...rows,
    ...[...(byMonth ?? [])].map(([month, n]) => ({ month, n })),
  ];
  const r = withRolled(rs, rolled?.received);
  const s = withRolled(ss, rolled?.solved);
  const series = (
    key: 'received' | 'solved' | 'topics' | 'consultations' | 'outcomesSent',
    rows: { month: string; n: number }[],
  ) => {
    const by = new Map<string, number>();
    for (const row of rows) by.set(row.month, (by.get(row.month) ?? 0) + row.n);
    return { key, values: months.map((m) => by.get(m) ?? 0) };
  };
  return {
    months,
    series: [
      series('received', r),
      series('solved', s),
      series('topics', deliberation.topics),
      series('consultations', deliberation.consultations),
      series('outcomesSent', deliberation.outcomesSent),
    ],
  };
}
