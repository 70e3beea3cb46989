import { dutyRecordPath } from '../../../shared/access/duty';
import { shanghaiDate, shanghaiHour } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { assessMembers } from './assess';
import {
  contactsDue,
  invitationsFrom,
  pendingEntryCount,
  receptionsIn,
  servedPaths,
  trainingsIn,
  whistlesToAnswer,
} from './home-queries';
import { isMember } from './policy';
import { findMember } from './roster';
import { fromTenths, yearOf } from './scoring';

const DAY = 86_400_000;

/**
 * The member's own home (我的履职): today's and the next six days' reception duty, consultations
 * and trainings; the consultations they are invited to; whistles to answer where they serve;
 * contacts due a visit; their score so far this year. 403 unless the viewer is a member.
 */
export async function loadHome(ctx: Ctx, now = new Date()) {
  if (!isMember(ctx.actor)) throw forbidden();
  const member = await findMember(ctx.db, ctx.actor.id);
  if (!member) throw forbidden();
  const today = shanghaiDate(now);
  const from = shanghaiHour(today, 0);
  const week = { from, to: new Date(from.getTime() + 7 * DAY) };
  const isToday = (at: Date) => at.getTime() < from.getTime() + DAY;
  const year = yearOf(now);
  const paths = await servedPaths(ctx.db, member.id, member.placePath);
  const [receptions, invitations, trainings, whistles, contacts, pending, [a]] = await Promise.all([
    receptionsIn(ctx.db, member.id, week),
    invitationsFrom(ctx.db, member.id, from),
    trainingsIn(ctx.db, member.id, paths, week),
    whistlesToAnswer(ctx.db, member.id, paths),
    contactsDue(ctx.db, member.id, now),
    pendingEntryCount(ctx.db, member.id),
    assessMembers(ctx.db, [member], year),
  ]);
  const inWeek = (at: Date) => at >= week.from && at < week.to;
  const items = [
    ...receptions.map((r) => ({
      kind: 'reception' as const,
      id: r.id,
      title: r.place.name,
      place: r.place,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      venue: r.venue,
      path: dutyRecordPath('reception', r.id),
    })),
    ...invitations
      .filter((c) => inWeek(c.startsAt))
      .map((c) => ({
        kind: 'consultation' as const,
        id: c.id,
        title: c.title,
        place: c.place,
        startsAt: c.startsAt,
        endsAt: c.endsAt,
        venue: c.venue,
        path: dutyRecordPath('consultation', c.id),
      })),
    ...trainings.map((t) => ({
      kind: 'training' as const,
      id: t.id,
      title: t.title,
      place: t.place,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      venue: t.venue,
      path: dutyRecordPath('training', t.id),
    })),
  ].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());

  return {
    member: { id: member.id, displayName: member.displayName, place: member.place },
    year,
    today,
    score: { total: fromTenths(a?.total ?? 0), grade: a?.grade ?? 'incompetent', isFrozen: Boolean(a?.closing) },
    week: items.map((i) => ({ ...i, isToday: isToday(i.startsAt) })),
    invitations: invitations.map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      place: c.place,
      startsAt: c.startsAt,
      status: c.status,
      path: dutyRecordPath('consultation', c.id),
    })),
    whistles: whistles.map((w) => ({ ...w, path: dutyRecordPath('whistle', w.id) })),
    dueContacts: contacts.map((c) => ({ ...c, path: `/contacts/${c.id}` })),
    pendingEntries: pending,
  };
}
