// Test factories for the duty ledger: the records other modules write (consultations and their
// participants, topics, submissions, contacts, reception days, whistles, writings, trainings),
// inserted directly so the ledger is tested on its own; and a scene of people around a district.
import { randomBytes } from 'node:crypto';
import type { ContactKind, DutyEntryStatus, ReceptionStatus, Role, SubmissionChannel } from '../../../shared/enums';
import type { Db } from '../../platform/db';
import {
  accounts,
  consultations,
  contactLogs,
  dutyManualEntries,
  grants,
  memberContacts,
  memberProfiles,
  memberWritings,
  opinions,
  participants,
  receptionSlots,
  submissions,
  topics,
  trainingAttendance,
  trainings,
  whistleResponses,
  whistles,
} from '../../platform/db/schema';
import { type BuiltPlace, buildAccount, buildTree } from '../../testing/factories';
import type { TestApp } from '../../testing/harness';

export { fieldsOf, inDays, NO_SUCH, noticesOf } from '../tasks/testing';

const uniq = () => randomBytes(5).toString('hex');
const HOUR = 3_600_000;
/** An instant in Beijing time: `at(2025, 3, 10, 9)` is 09:00 on 10 March 2025 there. */
export const at = (y: number, m: number, d: number, h = 9) => new Date(Date.UTC(y, m - 1, d, h - 8));

/** A member account (a member grant at its home place) that never signs in, with a profile unless told. */
export async function insertMember(db: Db, place: BuiltPlace, opts: { name?: string; profile?: boolean } = {}) {
  const [a] = await db
    .insert(accounts)
    .values({
      username: `m-${uniq()}`,
      displayName: opts.name ?? `委员${uniq()}`,
      passwordHash: 'x',
      homePlaceId: place.id,
    })
    .returning({ id: accounts.id });
  const id = a?.id as string;
  await db.insert(grants).values({ accountId: id, placeId: place.id, role: 'member' satisfies Role });
  if (opts.profile !== false)
    await db.insert(memberProfiles).values({
      accountId: id,
      memberNo: `W${uniq()}`,
      sector: 'agriculture',
      party: 'non_party',
      termStart: 2022,
      termEnd: 2027,
      employer: '青禾农业合作社',
      position: '理事长',
    });
  return id;
}

export async function insertTopic(
  db: Db,
  o: {
    placeId: string;
    proposedById?: string;
    source?: 'member' | 'leader';
    status?: 'proposed' | 'withdrawn';
    createdAt?: Date;
  },
) {
  const [row] = await db
    .insert(topics)
    .values({
      code: `YT-T-${uniq()}`,
      placeId: o.placeId,
      title: '老旧小区加装电梯',
      description: '居民反映上下楼难',
      source: o.source ?? 'member',
      status: o.status ?? 'proposed',
      proposedById: o.proposedById ?? null,
      createdAt: o.createdAt ?? new Date(),
    })
    .returning({ id: topics.id, code: topics.code, title: topics.title });
  return row as { id: string; code: string; title: string };
}

/** A consultation on a new topic; concluded unless told. */
export async function insertConsultation(
  db: Db,
  o: { placeId: string; startsAt: Date; status?: 'scheduled' | 'in_progress' | 'concluded' | 'cancelled' },
) {
  const topic = await insertTopic(db, { placeId: o.placeId, source: 'leader' });
  const [row] = await db
    .insert(consultations)
    .values({
      code: `XS-T-${uniq()}`,
      topicId: topic.id,
      placeId: o.placeId,
      title: '停车难协商',
      form: 'meeting',
      startsAt: o.startsAt,
      status: o.status ?? 'concluded',
      signInToken: uniq(),
    })
    .returning({ id: consultations.id, code: consultations.code, title: consultations.title });
  return row as { id: string; code: string; title: string };
}

/** An invited participant (attended when `attendedAt` is given), with `opinions` opinions voiced. */
export async function insertParticipant(
  db: Db,
  o: { consultationId: string; accountId: string; attendedAt?: Date; isInvited?: boolean; opinions?: number },
) {
  const [row] = await db
    .insert(participants)
    .values({
      consultationId: o.consultationId,
      accountId: o.accountId,
      name: '委员',
      kind: 'member',
      isInvited: o.isInvited ?? true,
      attendedAt: o.attendedAt ?? null,
    })
    .returning({ id: participants.id });
  const id = row?.id as string;
  for (let i = 0; i < (o.opinions ?? 0); i++)
    await db.insert(opinions).values({
      consultationId: o.consultationId,
      participantId: id,
      speakerName: '委员',
      stance: 'suggestion',
      text: '建议分时段停车',
    });
  return id;
}

export async function insertSubmission(
  db: Db,
  o: { placeId: string; createdById: string; channel?: SubmissionChannel; createdAt?: Date },
) {
  const [row] = await db
    .insert(submissions)
    .values({
      trackingCode: `T${uniq()}`,
      placeId: o.placeId,
      scannedPlaceId: o.placeId,
      channel: o.channel ?? 'reception_day',
      content: '路灯不亮，晚上出行不便',
      searchText: '路灯不亮',
      searchGrams: ['路灯'],
      createdById: o.createdById,
      createdAt: o.createdAt ?? new Date(),
    })
    .returning({ id: submissions.id, trackingCode: submissions.trackingCode });
  return row as { id: string; trackingCode: string };
}

export async function insertContact(
  db: Db,
  o: {
    memberId: string;
    placeId: string;
    name?: string;
    kind?: ContactKind;
    visitEveryDays?: number;
    createdAt?: Date;
  },
) {
  const [row] = await db
    .insert(memberContacts)
    .values({
      memberId: o.memberId,
      placeId: o.placeId,
      kind: o.kind ?? 'household',
      name: o.name ?? '李大爷家',
      visitEveryDays: o.visitEveryDays ?? 90,
      createdAt: o.createdAt ?? new Date(),
    })
    .returning({ id: memberContacts.id });
  return row?.id as string;
}

export async function insertContactLog(
  db: Db,
  o: { memberId: string; placeId: string; contactId?: string; happenedAt: Date },
) {
  const [row] = await db
    .insert(contactLogs)
    .values({
      memberId: o.memberId,
      contactId: o.contactId ?? null,
      placeId: o.placeId,
      kind: 'visit',
      happenedAt: o.happenedAt,
      summary: '走访了解养老服务需求',
    })
    .returning({ id: contactLogs.id });
  return row?.id as string;
}

export async function insertReception(
  db: Db,
  o: { memberId: string; placeId: string; startsAt: Date; status?: ReceptionStatus },
) {
  const [row] = await db
    .insert(receptionSlots)
    .values({
      memberId: o.memberId,
      placeId: o.placeId,
      startsAt: o.startsAt,
      endsAt: new Date(o.startsAt.getTime() + 3 * HOUR),
      venue: '党群服务中心',
      status: o.status ?? 'held',
    })
    .returning({ id: receptionSlots.id });
  return row?.id as string;
}

export async function insertWhistle(
  db: Db,
  o: { placeId: string; raisedById: string; status?: 'open' | 'closed' | 'withdrawn'; dueAt?: Date },
) {
  const [row] = await db
    .insert(whistles)
    .values({
      code: `CS-T-${uniq()}`,
      placeId: o.placeId,
      raisedById: o.raisedById,
      need: '需要懂法律的委员协助调解邻里纠纷',
      location: '桃园社区三组',
      dueAt: o.dueAt ?? new Date(Date.now() + 7 * 24 * HOUR),
      status: o.status ?? 'open',
    })
    .returning({ id: whistles.id, code: whistles.code });
  return row as { id: string; code: string };
}

export async function insertWhistleResponse(db: Db, o: { whistleId: string; responderId: string; answeredAt: Date }) {
  await db.insert(whistleResponses).values({ ...o, didWhat: '到场调解' });
}

export async function insertWriting(
  db: Db,
  o: {
    authorId: string;
    placeId: string;
    kind?: 'public_opinion' | 'proposal';
    status?: 'draft' | 'submitted' | 'adopted';
    submittedAt?: Date;
    adoptedAt?: Date;
  },
) {
  const [row] = await db
    .insert(memberWritings)
    .values({
      code: `SQ-T-${uniq()}`,
      kind: o.kind ?? 'public_opinion',
      authorId: o.authorId,
      placeId: o.placeId,
      title: '关于农村养老服务的建议',
      body: '……',
      status: o.status ?? 'submitted',
      submittedAt: o.submittedAt ?? null,
      adoptedAt: o.adoptedAt ?? null,
    })
    .returning({ id: memberWritings.id, code: memberWritings.code });
  return row as { id: string; code: string };
}

/** A training of `hours` (one decimal) at a place, and its attendance by `attendees`. */
export async function insertTraining(
  db: Db,
  o: { placeId: string; startsAt: Date; hours?: number; attendees?: string[]; archived?: boolean },
) {
  const [row] = await db
    .insert(trainings)
    .values({
      placeId: o.placeId,
      kind: 'course',
      title: '基层协商能力专题培训',
      venue: '区委党校',
      startsAt: o.startsAt,
      endsAt: new Date(o.startsAt.getTime() + 2 * HOUR),
      hours: Math.round((o.hours ?? 2) * 10),
      checkinToken: uniq(),
      archivedAt: o.archived ? new Date() : null,
    })
    .returning({ id: trainings.id });
  const id = row?.id as string;
  for (const accountId of o.attendees ?? [])
    await db.insert(trainingAttendance).values({ trainingId: id, accountId, method: 'qr' });
  return id;
}

export async function insertManualEntry(
  db: Db,
  o: { memberId: string; happenedAt: Date; year: number; status?: DutyEntryStatus; points?: number },
) {
  const [row] = await db
    .insert(dutyManualEntries)
    .values({
      memberId: o.memberId,
      year: o.year,
      happenedAt: o.happenedAt,
      description: '参加区政协专题调研',
      evidence: '调研报告第3期',
      points: Math.round((o.points ?? 3) * 10),
      status: o.status ?? 'approved',
    })
    .returning({ id: dutyManualEntries.id });
  return row?.id as string;
}

/**
 * A district with two townships: the district's CPPCC office, leader and administrator; township
 * A's liaison and a member who signs in; a member of village A; township B's office, liaison and
 * member. Every test file builds its own, so nothing is shared.
 */
export async function dutyScene(t: TestApp) {
  const tree = await buildTree(t.db);
  const sign = (role: Role, place: BuiltPlace) => buildAccount(t.app, t.db, { role, place });
  const [cppcc, leader, admin, liaison, member, cppccB, liaisonB, memberB] = await Promise.all([
    sign('cppcc', tree.district),
    sign('leader', tree.district),
    sign('admin', tree.district),
    sign('liaison', tree.townA),
    sign('member', tree.townA),
    sign('cppcc', tree.townB),
    sign('liaison', tree.townB),
    sign('member', tree.townB),
  ]);
  const villageMember = await insertMember(t.db, tree.villageA, { name: '村里的委员' });
  return { tree, cppcc, leader, admin, liaison, member, cppccB, liaisonB, memberB, villageMember };
}
export type DutyScene = Awaited<ReturnType<typeof dutyScene>>;
