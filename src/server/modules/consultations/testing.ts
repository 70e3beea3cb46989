// Test factories for consultations; other modules' tests (online, outcomes) import them too.
import { eq } from 'drizzle-orm';
import type { ConsultationForm, ConsultationStatus, TopicStatus, TopicUrgency } from '../../../shared/enums';
import type { Db } from '../../platform/db';
import { nextCode } from '../../platform/db/codes';
import { consensusItems, consultationSteps, consultations, places, topics } from '../../platform/db/schema';
import type { Agent } from '../../testing/harness';
import { BUILT_IN_PROCEDURES } from '../procedures';
import { newToken } from './tokens';

type PlaceLike = { id: string; name?: string };

/** Gives the place a council (协商议事会). */
export async function withCouncil(db: Db, place: PlaceLike) {
  await db.update(places).set({ hasCouncil: true }).where(eq(places.id, place.id));
}

/** A topic row at `place`, inserted directly (default: accepted, minor). */
export async function makeTopic(
  db: Db,
  place: PlaceLike,
  opts: { status?: TopicStatus; urgency?: TopicUrgency; title?: string; description?: string } = {},
) {
  const code = await nextCode(db, 'YT');
  const title = opts.title ?? `议题 ${code}`;
  const [row] = await db
    .insert(topics)
    .values({
      code,
      placeId: place.id,
      title,
      description: opts.description ?? '小区停车难，居民希望增设停车位。',
      source: 'leader',
      urgency: opts.urgency ?? 'minor',
      status: opts.status ?? 'accepted',
    })
    .returning({ id: topics.id });
  if (!row) throw new Error('topic not inserted');
  return { id: row.id, code, title };
}

export type BuiltConsultation = {
  topicId: string;
  consultationId: string;
  code: string;
  signInToken: string;
  publicToken: string | null;
};

/**
 * A topic and a consultation on it at `place` (given a council), inserted directly with the
 * 六步议事 steps and, optionally, numbered consensus items. Online ones get a public token and,
 * by default, are open from an hour ago for a week.
 */
export async function buildConsultation(
  db: Db,
  opts: {
    place: PlaceLike;
    topicStatus?: TopicStatus;
    form?: ConsultationForm;
    status?: ConsultationStatus;
    startsAt?: Date;
    endsAt?: Date | null;
    consensus?: string[];
    title?: string;
    createdById?: string;
  },
): Promise<BuiltConsultation> {
  await withCouncil(db, opts.place);
  const status = opts.status ?? 'scheduled';
  const topic = await makeTopic(db, opts.place, {
    status: opts.topicStatus ?? (status === 'concluded' ? 'concluded' : 'in_consultation'),
  });
  const form = opts.form ?? 'meeting';
  const startsAt = opts.startsAt ?? (form === 'online' ? new Date(Date.now() - 3600_000) : new Date());
  const endsAt =
    opts.endsAt !== undefined ? opts.endsAt : form === 'online' ? new Date(startsAt.getTime() + 7 * 86400_000) : null;
  const code = await nextCode(db, 'XS');
  const signInToken = newToken();
  const publicToken = form === 'online' ? newToken() : null;
  const sixSteps = BUILT_IN_PROCEDURES[0];
  const [row] = await db
    .insert(consultations)
    .values({
      code,
      topicId: topic.id,
      placeId: opts.place.id,
      title: opts.title ?? `关于${topic.title}的协商`,
      form,
      venue: form === 'online' ? null : '村委会议室',
      startsAt,
      endsAt,
      status,
      procedureName: sixSteps.name,
      signInToken,
      publicToken,
      concludedAt: status === 'concluded' ? new Date() : null,
      createdById: opts.createdById ?? null,
    })
    .returning({ id: consultations.id });
  if (!row) throw new Error('consultation not inserted');
  await db
    .insert(consultationSteps)
    .values(sixSteps.steps.map((s, i) => ({ consultationId: row.id, position: i + 1, ...s })));
  const consensus = opts.consensus ?? [];
  if (consensus.length > 0)
    await db
      .insert(consensusItems)
      .values(consensus.map((text, i) => ({ consultationId: row.id, number: i + 1, text })));
  return { topicId: topic.id, consultationId: row.id, code, signInToken, publicToken };
}

/** Schedules through the real endpoint (POST /api/consultations) and returns the response. */
export function scheduleConsultation(
  agent: Agent,
  opts: {
    topicId: string;
    placeId: string;
    form?: ConsultationForm;
    title?: string;
    venue?: string;
    startsAt?: Date;
    endsAt?: Date;
    preStudy?: string;
    procedureId?: string;
  },
) {
  const startsAt = opts.startsAt ?? new Date(Date.now() + 3600_000);
  const form = opts.form ?? 'meeting';
  const endsAt = opts.endsAt ?? (form === 'online' ? new Date(startsAt.getTime() + 7 * 86400_000) : undefined);
  return agent.post('/api/consultations', {
    topicId: opts.topicId,
    placeId: opts.placeId,
    title: opts.title ?? '关于小区停车难的协商议事',
    form,
    venue: opts.venue ?? '村委会议室',
    startsAt: startsAt.toISOString(),
    ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
    ...(opts.preStudy ? { preStudy: opts.preStudy } : {}),
    ...(opts.procedureId ? { procedureId: opts.procedureId } : {}),
  });
}
