// The year's consultations (协商议事) for the demo's history: each on its topic, walked through the
// six steps, concluded with two consensus items; members invited by where they serve — most came,
// some missed one, some spoke — and two residents' representatives at each. Topics members
// recommended (委员荐题) are the consultations' topics where they fit, and screened out otherwise.
import { randomBytes, randomUUID } from 'node:crypto';
import { nextCodes } from '../platform/db/codes';
import {
  consensusItems,
  consultationSteps,
  consultations,
  opinions,
  participants,
  topics,
} from '../platform/db/schema';
import type { YearMember, YearPlace, YearScene } from './demo-year';
import { momentIn, spread } from './demo-year-plan';
import { CONSULTATIONS, OPINIONS, SCREENED_OUT } from './demo-year-texts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALL_MET = {
  small_scope: true,
  precise_aim: true,
  broad_relevance: true,
  leadership_priority: true,
  public_expectation: true,
  cppcc_capable: true,
};
const STEPS = ['收集议题', '确定议题', '调研论证', '协商议事', '形成共识'];
const RESIDENTS = ['张桂芳', '李建国', '王秀英', '刘德明', '陈玉兰', '杨志刚', '黄美华', '周永福'];

/** How near a place is to a member: 0 where they serve, 1 beneath it or above them, 2–3 elsewhere. */
function affinity(m: YearMember, p: YearPlace) {
  if (m.served.some((s) => s.id === p.id)) return 0;
  if (m.served.some((s) => p.path.startsWith(s.path)) || m.home.path.startsWith(p.path)) return 1;
  return m.home.depth === 1 ? 2 : 3;
}

/** The consultations a member is invited to: the nearest, then a turn round the year so members differ. */
function invitedTo(m: YearMember, held: YearPlace[], n: number) {
  return held
    .map((p, i) => ({ i, rank: affinity(m, p) * 100 + ((i + m.index * 5) % held.length) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, n)
    .map((x) => x.i)
    .sort((a, b) => a - b);
}

/** Writes the year's consultations, their topics, steps, participants, opinions and consensus. */
export async function seedYearConsultations(s: YearScene) {
  const texts = CONSULTATIONS.filter((_, i) => i % 2 === (s.isThisYear ? 1 : 0));
  const held = texts.map((t) => s.place(t.at));
  const when = spread(texts.length).map((f, i) => momentIn(s.window, f, texts[i]?.form === 'on_site' ? 14 : 9));
  const codes = await nextCodes(s.tx, 'XS', when[0] as Date, texts.length);
  const topicCodes = await nextCodes(s.tx, 'YT', when[0] as Date, texts.length);

  // who recommended each topic: members due a recommendation, where they serve
  const recommenders = s.members.flatMap(({ m, d }) => Array.from({ length: d.topics }, () => m));
  const proposerOf = held.map((p) => {
    const k = recommenders.findIndex((m) => affinity(m, p) <= 1);
    return k === -1 ? undefined : recommenders.splice(k, 1)[0];
  });

  const consultationRows = texts.map((t, i) => {
    const startsAt = when[i] as Date;
    const p = held[i] as YearPlace;
    const keeper = s.keeperOf(p);
    const proposer = proposerOf[i];
    const topicId = randomUUID();
    const topic = {
      id: topicId,
      code: topicCodes[i] as string,
      placeId: p.id,
      title: t.topic,
      description: `${p.name}群众和委员反映：${t.topic}，需相关各方坐下来商量。`,
      source: proposer ? ('member' as const) : p.depth <= 2 ? ('leader' as const) : ('submission' as const),
      urgency: 'minor' as const,
      status: 'concluded' as const,
      screening: ALL_MET,
      screeningReason: '群众关注度高，各方愿意协商。',
      screenedById: keeper,
      screenedAt: new Date(Math.max(startsAt.getTime() - 18 * DAY, s.window.from.getTime() + HOUR)),
      proposedById: proposer?.id ?? keeper,
      // raised within the year, so a recommendation counts in the year of its consultation
      createdAt: new Date(Math.max(startsAt.getTime() - 20 * DAY, s.window.from.getTime())),
      updatedAt: startsAt,
    };
    const endsAt = new Date(startsAt.getTime() + 2 * HOUR);
    return {
      topic,
      row: {
        id: randomUUID(),
        code: codes[i] as string,
        topicId,
        placeId: p.id,
        title: t.title,
        form: t.form,
        venue: t.form === 'online' ? null : (p.venue ?? `${p.name}协商议事室`),
        startsAt,
        endsAt,
        status: 'concluded' as const,
        procedureName: '六步议事',
        summary: t.consensus.join('；'),
        signInToken: randomBytes(16).toString('base64url'),
        concludedAt: endsAt,
        groupId: p.depth === 1 ? (s.committees[i % Math.max(s.committees.length, 1)] ?? null) : null,
        createdById: keeper,
        createdAt: topic.screenedAt,
        updatedAt: endsAt,
      },
      consensus: t.consensus,
    };
  });
  // the topics no consultation took up: screened out, with the reason (a recommendation still counts)
  const screenedOut = recommenders.map((m, k) => {
    const text = SCREENED_OUT[(k + (s.isThisYear ? 3 : 0)) % SCREENED_OUT.length] as (typeof SCREENED_OUT)[number];
    const at = momentIn(s.window, spread(recommenders.length, 0.3)[k] as number, 10);
    const p = m.served[0] as YearPlace;
    return { m, text, at, p };
  });
  const rejectedCodes = await nextCodes(s.tx, 'YT', when[0] as Date, screenedOut.length);
  await s.tx.insert(topics).values([
    ...consultationRows.map((c) => c.topic),
    ...screenedOut.map(({ m, text, at, p }, k) => ({
      code: rejectedCodes[k] as string,
      placeId: p.id,
      title: text.title,
      description: `${m.name.replace(/委员$/, '')}委员在走访中了解到：${text.title}，建议作为协商议题。`,
      source: 'member' as const,
      status: 'rejected' as const,
      screeningReason: text.reason,
      screenedById: s.keeperOf(p),
      screenedAt: new Date(at.getTime() + 3 * DAY),
      proposedById: m.id,
      createdAt: at,
      updatedAt: new Date(at.getTime() + 3 * DAY),
    })),
  ]);
  await s.tx.insert(consultations).values(consultationRows.map((c) => c.row));
  await s.tx.insert(consultationSteps).values(
    consultationRows.flatMap(({ row }) => [
      ...STEPS.map((name, k) => ({
        consultationId: row.id,
        position: k + 1,
        name,
        isRequired: k % 2 === 1 || k === 4,
        completedAt: new Date(row.startsAt.getTime() + (k - 2) * 20 * 60_000),
        completedById: row.createdById,
      })),
      { consultationId: row.id, position: 6, name: '跟踪落实', isRequired: false, phase: 'after' as const },
    ]),
  );
  await s.tx
    .insert(consensusItems)
    .values(
      consultationRows.flatMap(({ row, consensus }) =>
        consensus.map((text, k) => ({ consultationId: row.id, number: k + 1, text, createdAt: row.endsAt })),
      ),
    );
  await seedParticipants(
    s,
    consultationRows.map((c) => c.row),
    held,
  );
}

type Held = { id: string; startsAt: Date; createdById: string };

/** Members invited by nearness (some absent, some speaking), and two residents' representatives each. */
async function seedParticipants(s: YearScene, rows: Held[], held: YearPlace[]) {
  const people: (typeof participants.$inferInsert)[] = [];
  const said: (typeof opinions.$inferInsert)[] = [];
  for (const { m, d } of s.members) {
    const picked = invitedTo(m, held, d.attended + d.absent);
    const missed = new Set(spread(d.absent, 0.2).map((f) => picked[Math.floor(f * picked.length)]));
    const came = picked.filter((i) => !missed.has(i));
    // the last ones attended are where they spoke
    const spoke = new Set(came.slice(Math.max(came.length - d.opinions, 0)));
    for (const i of picked) {
      const c = rows[i] as Held;
      const isAbsent = missed.has(i);
      const id = randomUUID();
      people.push({
        id,
        consultationId: c.id,
        accountId: m.id,
        name: m.name.replace(/委员$/, ''),
        affiliation: '区政协委员',
        kind: 'member',
        attendedAt: isAbsent ? null : new Date(c.startsAt.getTime() - (10 + (m.index % 9)) * 60_000),
        attendanceMethod: isAbsent ? null : 'qr',
        createdAt: new Date(c.startsAt.getTime() - 7 * DAY),
      });
      if (spoke.has(i)) {
        const o = OPINIONS[(i + m.index) % OPINIONS.length] as (typeof OPINIONS)[number];
        said.push({
          consultationId: c.id,
          participantId: id,
          speakerName: m.name.replace(/委员$/, ''),
          stance: o.stance,
          text: o.text,
          recordedById: c.createdById,
          createdAt: new Date(c.startsAt.getTime() + (30 + (m.index % 12) * 5) * 60_000),
        });
      }
    }
  }
  for (const [i, c] of rows.entries())
    for (const k of [0, 1])
      people.push({
        consultationId: c.id,
        name: RESIDENTS[(i * 2 + k) % RESIDENTS.length] as string,
        affiliation: '群众代表',
        kind: 'resident_rep',
        attendedAt: new Date(c.startsAt.getTime() - (5 + k) * 60_000),
        attendanceMethod: 'ticked',
        createdAt: new Date(c.startsAt.getTime() - 7 * DAY),
      });
  await s.tx.insert(participants).values(people);
  if (said.length > 0) await s.tx.insert(opinions).values(said);
}
