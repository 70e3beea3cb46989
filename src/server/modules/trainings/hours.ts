// 学时统计: each member's training in a year — sessions invited to, attended, missed — and their
// credit hours, for the members in the viewer's reach; as a list and as an Excel sheet.

import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { TRAINING_ROLES } from '../../../shared/access/trainings';
import { ROLES } from '../../../shared/enums';
import { TRAINING_HOURS_WORDS } from '../../../shared/messages/trainings';
import { reaches, reachOf } from '../../platform/auth/actor';
import type { Ctx } from '../../platform/context';
import { escapeLike } from '../../platform/db/like';
import { isWithin } from '../../platform/db/place-path';
import { accounts, places, trainingAttendance, trainingInvitees, trainings } from '../../platform/db/schema';
import { forbidden, notFound } from '../../platform/errors';
import { guardSheet } from '../../platform/xlsx-export';
import { findPlace, memberWithin, trainingYear } from './queries';
import { fromTenths } from './rules';
import type { TrainingHoursInput } from './schemas';

/** Sessions of the year that count: held (not cancelled). */
const countsIn = (year: number) => sql`${trainingYear} = ${year} and ${trainings.archivedAt} is null`;
const invited = sql`exists (select 1 from ${trainingInvitees} ti where ti.training_id = ${trainings.id} and ti.account_id = ${accounts.id})`;
const attended = sql`exists (select 1 from ${trainingAttendance} ta where ta.training_id = ${trainings.id} and ta.account_id = ${accounts.id})`;

/** The roots whose members the table lists: the viewer's reach, or a place of it (404 outside it, 403 to those who do not read training). */
async function rootsOf(ctx: Ctx, placeId: string | undefined) {
  const roots = reachOf(ctx.actor, TRAINING_ROLES.read);
  if (!placeId) {
    if (roots.length === 0) throw forbidden();
    return roots;
  }
  const place = await findPlace(ctx.db, placeId);
  if (!place || !reaches(ctx.actor, ROLES, place.path)) throw notFound();
  if (!roots.some((r) => isWithin(place.path, r))) throw forbidden();
  return [place.path];
}

/** Each member of the reach with their year: invited, attended, missed (invited to a session over, absent), hours. */
export async function trainingHours(ctx: Ctx, q: TrainingHoursInput, now = new Date()) {
  const roots = await rootsOf(ctx, q.placeId);
  const count = (extra: SQL) =>
    sql<number>`(select count(*)::int from ${trainings} where ${countsIn(q.year)} and ${extra})`;
  const where: SQL[] = [eq(accounts.isDisabled, false), memberWithin(roots)];
  if (q.q) where.push(sql`${accounts.displayName} ilike ${`%${escapeLike(q.q)}%`}`);
  const rows = await ctx.db
    .select({
      member: { id: accounts.id, displayName: accounts.displayName },
      place: { id: places.id, name: places.name, kind: places.kind },
      invited: count(invited),
      attended: count(attended),
      missed: count(sql`${invited} and not ${attended} and ${trainings.endsAt} < ${now.toISOString()}::timestamptz`),
      hoursTenths: sql<number>`(select coalesce(sum(${trainings.hours}), 0)::int from ${trainings} where ${countsIn(q.year)} and ${attended})`,
    })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.homePlaceId))
    .where(and(...where))
    .orderBy(asc(places.path), asc(accounts.displayName), asc(accounts.id));
  const items = rows.map(({ hoursTenths, ...r }) => ({ ...r, hours: fromTenths(hoursTenths) }));
  const [sessions] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(trainings)
    .innerJoin(places, eq(places.id, trainings.placeId))
    .where(
      and(
        countsIn(q.year),
        sql`(${sql.join(
          roots.map((r) => sql`${places.path} like ${`${escapeLike(r)}%`}`),
          sql` or `,
        )})`,
      ),
    );
  return {
    year: q.year,
    items,
    totals: {
      sessions: sessions?.n ?? 0,
      members: items.length,
      personTimes: items.reduce((n, i) => n + i.attended, 0),
      hours: fromTenths(rows.reduce((n, r) => n + r.hoursTenths, 0)),
    },
  };
}

/** The same table as an Excel sheet, in the reader's language: one row per member, then the totals. */
export async function trainingHoursSheet(ctx: Ctx, q: TrainingHoursInput) {
  const table = await trainingHours(ctx, q);
  const w = TRAINING_HOURS_WORDS[ctx.locale];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(w.sheet(q.year));
  ws.columns = [
    { header: w.member, width: 18 },
    { header: w.place, width: 18 },
    { header: w.invited, width: 12 },
    { header: w.attended, width: 12 },
    { header: w.missed, width: 12 },
    { header: w.hours, width: 12 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const i of table.items)
    ws.addRow([i.member.displayName, i.place.name, i.invited, i.attended, i.missed, i.hours]);
  const total = ws.addRow([w.total, '', '', table.totals.personTimes, '', table.totals.hours]);
  total.font = { bold: true };
  guardSheet(ws); // members' and places' names are people's text
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), fileName: w.fileName(q.year) };
}
