import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { nextCode } from '../../platform/db/codes';
import { topics } from '../../platform/db/schema';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { attachSubmissions } from './link-submissions';
import { canRaiseTopic } from './policy';
import type { CreateTopicInput } from './schemas';

/**
 * Raises a topic (议题) for a council: 群众出题 and 网格筛题 from submissions by a liaison,
 * 委员荐题 by a member, 党委政府点题 by a leader. The place must have a council (409). The topic,
 * its code, its links and the residents' timeline steps are written in one transaction.
 */
export async function createTopic(ctx: Ctx, input: CreateTopicInput) {
  const place = await findVisiblePlace(ctx.db, ctx.actor, input.placeId);
  if (!place || place.archivedAt) throw notFound();
  if (!canRaiseTopic(ctx.actor, input.source, place.path)) throw forbidden();
  if (!place.hasCouncil) throw conflict('topic_place_no_council', { place: place.name });

  return ctx.db.transaction(async (tx) => {
    const code = await nextCode(tx, 'YT');
    const [created] = await tx
      .insert(topics)
      .values({
        code,
        placeId: place.id,
        title: input.title,
        description: input.description,
        source: input.source,
        urgency: input.urgency,
        proposedById: ctx.actor.id,
      })
      .returning({ id: topics.id });
    const id = created?.id as string;
    const linked = await attachSubmissions(
      tx,
      ctx,
      { id, code, title: input.title, placePath: place.path },
      input.submissionIds,
    );
    await writeAudit(tx, ctx, {
      action: 'topic.create',
      entityType: 'topic',
      entityId: id,
      placePath: place.path,
      after: { code, title: input.title, source: input.source, urgency: input.urgency, submissionIds: linked },
    });
    return id;
  });
}
