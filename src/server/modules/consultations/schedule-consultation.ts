import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { nextCode } from '../../platform/db/codes';
import { isWithin } from '../../platform/db/place-path';
import { consultationSteps, consultations, councils } from '../../platform/db/schema';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { DEFAULT_PROCEDURE_KEY, findBuiltInProcedure, findOfferedProcedure } from '../procedures';
import { findVisibleTopic, startTopicConsultation } from '../topics';
import { auditConsultation } from './access';
import { organiserAt } from './organisers';
import { canConsultation } from './policy';
import { timeIssue } from './rules';
import type { ScheduleInput } from './schemas';
import { newToken } from './tokens';

/** 400 with the field when the times do not fit the form. */
export function checkTimes(form: ScheduleInput['form'], startsAt: Date, endsAt: Date | null) {
  const issue = timeIssue(form, startsAt, endsAt);
  if (issue)
    throw new AppError(400, issue.code, {}, [
      { path: issue.path, key: issue.code === 'consultation_online_needs_end' ? 'required' : 'invalid' },
    ]);
}

const placeIssue = () =>
  new AppError(400, 'consultation_place_not_council', {}, [{ path: 'placeId', key: 'invalid_value' }]);

/** The procedure to walk (the one chosen, else the council's, else 六步议事) and the council's usual venue. */
async function councilDefaults(ctx: Ctx, placeId: string, placePath: string, chosenId: string | null | undefined) {
  const [council] = await ctx.db.select().from(councils).where(eq(councils.placeId, placeId));
  const defaultVenue = council?.defaultVenue ?? null;
  if (chosenId) {
    const chosen = await findOfferedProcedure(ctx.db, chosenId, placePath);
    if (!chosen) throw new AppError(400, 'procedure_not_offered', {}, [{ path: 'procedureId', key: 'invalid_value' }]);
    return { procedure: chosen, defaultVenue };
  }
  const own = council?.procedureId ? await findOfferedProcedure(ctx.db, council.procedureId, placePath) : undefined;
  const procedure = own ?? (await findBuiltInProcedure(ctx.db, DEFAULT_PROCEDURE_KEY));
  if (!procedure) throw new Error('built-in procedures missing');
  return { procedure, defaultVenue };
}

/**
 * Schedules a consultation (安排协商) on a topic under a council at the topic's place or beneath it;
 * the topic goes into consultation and the procedure's steps are copied, so later edits of the
 * template do not rewrite this consultation's history. An organising 专委会 is optional.
 */
export async function scheduleConsultation(ctx: Ctx, input: ScheduleInput) {
  const topic = await findVisibleTopic(ctx.db, ctx.actor, input.topicId);
  if (!topic) throw notFound();
  const place = await findVisiblePlace(ctx.db, ctx.actor, input.placeId);
  if (!place) throw notFound();
  if (!canConsultation(ctx.actor, 'manage', { placePath: place.path })) throw forbidden();
  if (!place.hasCouncil || place.archivedAt || !isWithin(place.path, topic.placePath)) throw placeIssue();
  const endsAt = input.endsAt ?? null;
  checkTimes(input.form, input.startsAt, endsAt);
  const { procedure, defaultVenue } = await councilDefaults(ctx, place.id, place.path, input.procedureId);
  const venue = input.venue ?? (input.form === 'online' ? null : defaultVenue);
  const groupId = input.groupId ? await organiserAt(ctx.db, input.groupId, place.path) : null;

  return ctx.db.transaction(async (tx) => {
    await startTopicConsultation(tx, topic.id); // 409 topic_not_ready unless screened in (or urgent)
    const code = await nextCode(tx, 'XS');
    const [row] = await tx
      .insert(consultations)
      .values({
        code,
        topicId: topic.id,
        placeId: place.id,
        title: input.title,
        form: input.form,
        venue,
        startsAt: input.startsAt,
        endsAt,
        procedureName: procedure.name,
        preStudy: input.preStudy ?? null,
        signInToken: newToken(),
        publicToken: input.form === 'online' ? newToken() : null,
        groupId,
        createdById: ctx.actor.id,
      })
      .returning({ id: consultations.id });
    if (!row) throw new Error('consultation not inserted');
    await tx.insert(consultationSteps).values(
      procedure.steps.map((s, i) => ({
        consultationId: row.id,
        position: i + 1,
        name: s.name,
        isRequired: s.isRequired,
        phase: s.phase ?? 'meeting',
      })),
    );
    await auditConsultation(tx, ctx, { id: row.id, placePath: place.path }, 'schedule', {
      after: {
        code,
        topicId: topic.id,
        title: input.title,
        form: input.form,
        startsAt: input.startsAt,
        endsAt,
        groupId,
      },
    });
    return row.id;
  });
}
