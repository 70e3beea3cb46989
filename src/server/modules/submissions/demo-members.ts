// Demo submissions from members' work (委员履职): taken down on reception days and from contacts,
// or addressed by residents to a member (委员会客厅).
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SubmissionChannel } from '../../../shared/enums';
import type { DbOrTx } from '../../platform/db';
import { categories, submissionEvents, submissions } from '../../platform/db/schema';
import { indexText } from '../../platform/text';
import { tellAddressedMember } from './addressed';
import type { SubmissionLinks } from './intake';
import { DEFAULT_DEADLINE_DAYS, dueAtFor, trackingCode } from './rules';

type MemberWork = {
  placeId: string;
  channel: SubmissionChannel;
  content: string;
  category?: string;
  at: Date;
  /** the member who took it down (a reception day, a contact), or none (a resident's own) */
  createdBy?: { id: string; name: string };
  links: SubmissionLinks;
};

/**
 * A demo submission from members' work (委员履职), dated when it was raised: taken down on a
 * reception day or from a contact, or addressed by a resident to a member (委员会客厅, who is told).
 * Still to be sorted. The categories are the district's demo ones, by name.
 */
export async function seedDemoMemberSubmission(tx: DbOrTx, s: MemberWork) {
  const [category] = s.category
    ? await tx.select({ id: categories.id }).from(categories).where(eq(categories.name, s.category)).limit(1)
    : [];
  const [row] = await tx
    .insert(submissions)
    .values({
      trackingCode: trackingCode((n) => randomBytes(n)),
      placeId: s.placeId,
      scannedPlaceId: s.placeId,
      categoryId: category?.id ?? null,
      channel: s.channel,
      content: s.content,
      ...indexText(s.content),
      status: 'received',
      dueAt: dueAtFor('received', s.at, DEFAULT_DEADLINE_DAYS),
      createdById: s.createdBy?.id ?? null,
      addressedMemberId: s.links.addressedMemberId ?? null,
      receptionSlotId: s.links.receptionSlotId ?? null,
      contactLogId: s.links.contactLogId ?? null,
      createdAt: s.at,
      updatedAt: s.at,
    })
    .returning({ id: submissions.id, trackingCode: submissions.trackingCode });
  const id = row?.id as string;
  await tx.insert(submissionEvents).values({
    submissionId: id,
    kind: 'submitted',
    isPublic: true,
    actorId: s.createdBy?.id ?? null,
    actorName: s.createdBy?.name ?? null,
    data: { channel: s.channel },
    at: s.at,
  });
  if (s.links.addressedMemberId)
    await tellAddressedMember(tx, s.links.addressedMemberId, {
      id,
      trackingCode: row?.trackingCode ?? '',
      content: s.content,
    });
  return id;
}
