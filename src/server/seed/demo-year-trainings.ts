// Last year's trainings in the demo's history (专题培训, 以会代训): who was told, who came, and the
// writing course's handout among its materials.
import { randomBytes, randomUUID } from 'node:crypto';
import { seedDemoMaterial } from '../modules/trainings';
import { notifications, trainingAttendance, trainingInvitees, trainings } from '../platform/db/schema';
import { renderGongwen } from '../platform/docx/gongwen';
import type { YearScene } from './demo-year';
import { momentIn } from './demo-year-plan';
import { HANDOUT, TRAININGS } from './demo-year-texts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Last year's training sessions: members homed within each session's place told (培训通知, read) and
 * attending all but the sessions their year missed (王海燕 none); the writing course's handout (a
 * Word file) among its materials when the demo has a data directory to keep it in.
 */
export async function seedYearTrainings(s: YearScene) {
  const sessions = TRAININGS.map((t) => ({
    ...t,
    id: randomUUID(),
    p: s.place(t.at),
    startsAt: momentIn(s.window, t.f, 14),
  }));
  const told: (typeof notifications.$inferInsert)[] = [];
  const invitees: (typeof trainingInvitees.$inferInsert)[] = [];
  const came: (typeof trainingAttendance.$inferInsert)[] = [];
  for (const { m, d } of s.members) {
    const open = sessions.filter((t) => m.home.path.startsWith(t.p.path));
    for (const [k, t] of open.entries()) {
      const scheduled = new Date(t.startsAt.getTime() - 10 * DAY);
      invitees.push({ trainingId: t.id, accountId: m.id, invitedAt: scheduled });
      told.push({
        accountId: m.id,
        kind: 'training_scheduled',
        params: { title: t.title, actor: '区政协办公室', startsAt: t.startsAt.toISOString() },
        entityType: 'training',
        entityId: t.id,
        dedupeKey: `training:${t.id}`,
        readAt: new Date(scheduled.getTime() + DAY),
        createdAt: scheduled,
      });
      if ((k + m.index) % open.length >= d.trainingsMissed)
        came.push({
          trainingId: t.id,
          accountId: m.id,
          attendedAt: new Date(t.startsAt.getTime() - (5 + (m.index % 20)) * 60_000),
          method: t.kind === 'course' ? 'qr' : 'ticked',
        });
    }
  }
  await s.tx.insert(trainings).values(
    sessions.map((t) => ({
      id: t.id,
      placeId: t.p.id,
      kind: t.kind,
      title: t.title,
      description: t.description,
      venue: t.venue,
      startsAt: t.startsAt,
      endsAt: new Date(t.startsAt.getTime() + (t.hours / 10) * HOUR),
      hours: t.hours,
      checkinToken: randomBytes(18).toString('base64url'),
      createdById: s.office.id,
      createdAt: new Date(t.startsAt.getTime() - 12 * DAY),
      updatedAt: t.startsAt,
    })),
  );
  await s.tx.insert(trainingInvitees).values(invitees);
  await s.tx.insert(notifications).values(told);
  if (came.length > 0) await s.tx.insert(trainingAttendance).values(came);
  const course = sessions.find((t) => t.title === HANDOUT.training);
  if (s.dataDir && course)
    await seedDemoMaterial(s.tx, s.dataDir, {
      trainingId: course.id,
      fileName: HANDOUT.fileName,
      data: await renderGongwen({
        masthead: '青禾区政协办公室',
        title: HANDOUT.title,
        blocks: HANDOUT.sections.flatMap(([heading, text]) => [
          { kind: 'heading1' as const, text: heading },
          { kind: 'paragraph' as const, text },
        ]),
        issuer: '青禾区政协办公室',
        date: new Date(course.startsAt.getTime() - 3 * DAY),
      }),
      uploadedById: s.office.id,
      at: new Date(course.startsAt.getTime() - 3 * DAY),
    });
}
