import { and, eq, sql } from 'drizzle-orm';
import { SUBMISSION_CHANNELS } from '../../../shared/enums';
import { categories, places, submissions } from '../../platform/db/schema';
import { inboxFilters } from '../submissions';
import { addTo, averageOf, bump, childOf, countWhere, partsOf, type Section, sumOf } from './section';

/** The levels sorting takes a submission to (分办到网格、社区、街道、部门): the statuses that name them. */
const LEVELS = ['grid', 'community', 'township', 'department'] as const;

/** 民意收集: received (by channel, category, level sorted to), sorted, solved, overdue, satisfaction. */
export const submissionFigures: Section = async (db, actor, place, period) => {
  const now = new Date();
  const q = { placeId: place.id ?? undefined, from: period.start, to: period.end, overdue: undefined };
  const where = inboxFilters(actor, q, now, null);
  const rows = await db
    .select({
      child: childOf(places.path, place),
      channel: submissions.channel,
      categoryId: categories.id,
      categoryName: categories.name,
      status: submissions.status,
      n: sql<number>`count(*)::int`,
      sorted: countWhere(inboxFilters(actor, { ...q, sorted: true }, now, null)),
      overdue: countWhere(inboxFilters(actor, { ...q, overdue: true }, now, null)),
      rated: countWhere(inboxFilters(actor, { ...q, rated: true }, now, null)),
      satisfactionSum: sql<number>`coalesce(sum(${submissions.satisfaction}), 0)::int`,
    })
    .from(submissions)
    .innerJoin(places, eq(places.id, submissions.placeId))
    .leftJoin(categories, eq(categories.id, submissions.categoryId))
    .where(and(...where))
    .groupBy(sql`1`, submissions.channel, categories.id, categories.name, submissions.status);

  const children = new Map();
  for (const r of rows)
    addTo(children, r.child, {
      received: r.n,
      sorted: r.sorted,
      solved: r.status === 'solved' ? r.n : 0,
      overdue: r.overdue,
    });
  // averages are not sums: a child's is taken over its own rated rows
  for (const [child, values] of children) {
    const mine = rows.filter((r) => r.child === child);
    values.satisfaction = averageOf(
      sumOf(mine, (r) => r.satisfactionSum),
      sumOf(mine, (r) => r.rated),
    );
  }

  const byChannel = new Map<string, number>();
  const byLevel = new Map<string, number>();
  const byCategory = new Map<string, { label: string; n: number }>();
  for (const r of rows) {
    bump(byChannel, r.channel, r.n);
    bump(byLevel, r.status, r.n);
    if (r.categoryId) {
      const c = byCategory.get(r.categoryId) ?? { label: r.categoryName ?? '', n: 0 };
      byCategory.set(r.categoryId, { ...c, n: c.n + r.n });
    }
  }
  return {
    total: {
      received: sumOf(rows, (r) => r.n),
      sorted: sumOf(rows, (r) => r.sorted),
      solved: sumOf(rows, (r) => (r.status === 'solved' ? r.n : 0)),
      overdue: sumOf(rows, (r) => r.overdue),
      satisfaction: averageOf(
        sumOf(rows, (r) => r.satisfactionSum),
        sumOf(rows, (r) => r.rated),
      ),
    },
    breakdowns: [
      {
        figure: 'received',
        by: 'channel',
        parts: partsOf(SUBMISSION_CHANNELS, byChannel, (channel) => ({ channel })),
      },
      {
        figure: 'received',
        by: 'category',
        parts: [...byCategory]
          .sort((a, b) => b[1].n - a[1].n)
          .map(([id, c]) => ({ key: id, label: c.label, value: c.n, link: { categoryId: id } })),
      },
      { figure: 'sorted', by: 'level', parts: partsOf(LEVELS, byLevel, (status) => ({ status })) },
    ],
    children,
  };
};
