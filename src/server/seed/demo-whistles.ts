// The demo's 吹哨报到 and 专题培训 (委员履职): 柳塘村 called for help with rice planthoppers and 王海燕委员
// answered the same afternoon — what she did is recorded and 南岭镇 closed it with five stars; 东湖街道
// has a call open now, waiting for 赵立新委员; two training sessions were held this year, some
// members absent. Runs after the members' and contacts' demos: members they add are invited too.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { NotificationKind } from '../../shared/enums';
import { notify } from '../modules/notifications';
import type { DbOrTx } from '../platform/db';
import { nextCode } from '../platform/db/codes';
import { inSubtree } from '../platform/db/place-path';
import {
  accounts,
  grants,
  notifications,
  places,
  trainingAttendance,
  trainingInvitees,
  trainings,
  whistleCalls,
  whistleResponses,
  whistles,
} from '../platform/db/schema';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type Ids = { places: Map<string, string>; accounts: Map<string, string> };

const need = (m: Map<string, string>, k: string) => {
  const v = m.get(k);
  if (!v) throw new Error(`demo: missing ${k}`);
  return v;
};

/**
 * Files a notice as it was filed then: at that time, and read since when `readAt` is given. A
 * whistle's call and a training's invitation keep who was called or invited, as the use cases do.
 */
async function noticeThen(
  tx: DbOrTx,
  n: {
    to: string[];
    kind: NotificationKind;
    params: Record<string, string | number | null>;
    entity: { type: 'whistle' | 'training'; id: string };
    at: Date;
    readAt: Date | null;
    dedupeKey?: string;
  },
) {
  if (n.to.length === 0) return;
  if (n.kind === 'whistle_raised')
    await tx
      .insert(whistleCalls)
      .values(n.to.map((accountId) => ({ whistleId: n.entity.id, accountId, calledAt: n.at })));
  if (n.kind === 'training_scheduled')
    await tx
      .insert(trainingInvitees)
      .values(n.to.map((accountId) => ({ trainingId: n.entity.id, accountId, invitedAt: n.at })));
  await notify(tx, {
    accountIds: n.to,
    kind: n.kind,
    params: n.params,
    entityType: n.entity.type,
    entityId: n.entity.id,
    dedupeKey: n.dedupeKey,
  });
  await tx
    .update(notifications)
    .set({ createdAt: n.at, readAt: n.readAt })
    .where(
      and(
        eq(notifications.entityId, n.entity.id),
        eq(notifications.kind, n.kind),
        inArray(notifications.accountId, n.to),
      ),
    );
}

/** The live member accounts holding their role at a place or beneath it (the members' demo adds most). */
async function membersUnder(tx: DbOrTx, placeId: string) {
  const [root] = await tx.select({ path: places.path }).from(places).where(eq(places.id, placeId));
  const rows = await tx
    .selectDistinct({ id: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .innerJoin(grants, eq(grants.accountId, accounts.id))
    .innerJoin(places, eq(places.id, grants.placeId))
    .where(
      and(eq(grants.role, 'member'), eq(accounts.isDisabled, false), inSubtree(places.path, root?.path ?? '/none/')),
    )
    .orderBy(asc(accounts.displayName), asc(accounts.id));
  return rows;
}

export async function seedDemoWhistles(tx: DbOrTx, { places: placeIds, accounts: ids }: Ids) {
  const now = Date.now();
  const at = (ms: number) => new Date(now + ms);
  const ma = need(ids, 'liaison.nanling');
  const chen = need(ids, 'liaison.donghu');
  const wang = need(ids, 'member.wang');
  const zhao = need(ids, 'member.zhao');
  const nongye = need(ids, 'dept.nongye');

  // 柳塘村, twenty days ago: answered within two hours, closed two days later with five stars
  const raisedAt = at(-20 * DAY);
  const liutang = await seedWhistle(tx, {
    code: await nextCode(tx, 'CS', raisedAt),
    placeId: need(placeIds, 'nl-lt'),
    raisedById: ma,
    need: '柳塘村三组至五组稻田出现稻飞虱，部分农户不会科学用药，请懂农技植保的委员和农业部门帮助指导防治',
    sectors: ['agriculture', 'science'],
    expertise: ['植保', '农技'],
    location: '柳塘村三组、五组稻田',
    dueAt: new Date(raisedAt.getTime() + 3 * DAY),
    status: 'closed',
    closedAt: new Date(raisedAt.getTime() + 2 * DAY),
    rating: 5,
    ratingNote: '王委员当天下午就到田头，又请来区植保站统一防治，虫情两天内得到控制，群众很满意。',
    createdAt: raisedAt,
  });
  const title = '柳塘村三组至五组稻田出现稻飞虱，部分农户不会科学用药，请懂农技植保的委员和农业部门帮助…';
  const calledLt = [...new Set([wang, ...(await membersUnder(tx, need(placeIds, 'nl-lt'))).map((m) => m.id), nongye])];
  await noticeThen(tx, {
    to: calledLt,
    kind: 'whistle_raised',
    params: { code: liutang.code, title, actor: '南岭镇联络员 马强', dueAt: liutang.dueAt.toISOString() },
    entity: { type: 'whistle', id: liutang.id },
    at: raisedAt,
    readAt: new Date(raisedAt.getTime() + HOUR),
    dedupeKey: `whistle:${liutang.id}`,
  });
  await tx.insert(whistleResponses).values([
    {
      whistleId: liutang.id,
      responderId: wang,
      answeredAt: new Date(raisedAt.getTime() + 1.5 * HOUR),
      note: '下午两点到三组田头，带上植保资料',
      didWhat:
        '到三组、五组田头查看虫情，给 20 多户农户讲解稻飞虱识别和科学用药；联系区植保站技术员次日上门，组织统一防治 120 亩。',
      doneAt: new Date(raisedAt.getTime() + DAY),
    },
    {
      whistleId: liutang.id,
      responderId: nongye,
      answeredAt: new Date(raisedAt.getTime() + 5 * HOUR),
      note: '植保站明早派技术员到村，带药械',
      didWhat: '植保站两名技术员到村指导统防统治，发放防治明白纸 200 份。',
      doneAt: new Date(raisedAt.getTime() + DAY + 4 * HOUR),
    },
  ]);
  await noticeThen(tx, {
    to: [ma],
    kind: 'whistle_answered',
    params: { code: liutang.code, title, actor: '王海燕委员', note: '下午两点到三组田头，带上植保资料' },
    entity: { type: 'whistle', id: liutang.id },
    at: new Date(raisedAt.getTime() + 1.5 * HOUR),
    readAt: new Date(raisedAt.getTime() + 2 * HOUR),
  });
  await noticeThen(tx, {
    to: [wang, nongye],
    kind: 'whistle_closed',
    params: { code: liutang.code, title, actor: '南岭镇联络员 马强', rating: 5, note: liutang.ratingNote ?? null },
    entity: { type: 'whistle', id: liutang.id },
    at: liutang.closedAt ?? raisedAt,
    readAt: null,
  });

  // 东湖街道, this morning: open, due in three days; 赵立新委员 is called and has not answered yet
  const openedAt = at(-6 * HOUR);
  const donghu = await seedWhistle(tx, {
    code: await nextCode(tx, 'CS', openedAt),
    placeId: need(placeIds, 'dh'),
    raisedById: chen,
    need: '锦泉社区老旧小区加装电梯，低层住户和高层住户意见分歧大，请懂建筑、法律的委员参与协调，帮助拿出各方都能接受的方案',
    sectors: ['science', 'economy'],
    expertise: ['建筑', '法律'],
    location: '东湖街道锦泉社区 3 栋、5 栋',
    dueAt: at(3 * DAY),
    status: 'open',
    closedAt: null,
    rating: null,
    ratingNote: null,
    createdAt: openedAt,
  });
  const calledDh = [...new Set([zhao, ...(await membersUnder(tx, need(placeIds, 'dh'))).map((m) => m.id)])];
  await noticeThen(tx, {
    to: calledDh,
    kind: 'whistle_raised',
    params: {
      code: donghu.code,
      title: '锦泉社区老旧小区加装电梯，低层住户和高层住户意见分歧大，请懂建筑、法律的委员参与协调，…',
      actor: '东湖街道联络员 陈静',
      dueAt: donghu.dueAt.toISOString(),
    },
    entity: { type: 'whistle', id: donghu.id },
    at: openedAt,
    readAt: null,
    dedupeKey: `whistle:${donghu.id}`,
  });

  await seedDemoTrainings(tx, { places: placeIds, accounts: ids }, now);
}

type WhistleSeed = typeof whistles.$inferInsert & { dueAt: Date; closedAt: Date | null; createdAt: Date };

async function seedWhistle(tx: DbOrTx, w: WhistleSeed) {
  const [row] = await tx
    .insert(whistles)
    .values({ ...w, updatedAt: w.closedAt ?? w.createdAt })
    .returning({ id: whistles.id });
  return { ...w, id: row?.id as string };
}

/**
 * Two sessions this year, both over: the district's course for every member (a third of them
 * absent, 赵立新委员 among them) and 南岭镇's monthly meeting counted as training (以会代训). The
 * demo's material is last year's writing course's handout (demo-year-work.ts).
 */
async function seedDemoTrainings(tx: DbOrTx, { places: placeIds, accounts: ids }: Ids, now: number) {
  const organiser = ids.get('cppcc.qinghe') ?? null; // the CPPCC office, when the members' demo added it
  const wang = need(ids, 'member.wang');
  const zhao = need(ids, 'member.zhao');
  const sessions = [
    {
      placeId: need(placeIds, 'qh'),
      kind: 'course' as const,
      title: '2026 年度委员履职能力专题培训',
      description: '学习政协章程、提案和社情民意信息撰写，交流委员下沉履职的做法。',
      venue: '青禾区政协委员之家',
      startsAt: new Date(now - 45 * DAY),
      hours: 30, // 3 h
      absent: (i: number, id: string) => id === zhao || (id !== wang && i % 3 === 2),
      method: 'qr',
    },
    {
      placeId: need(placeIds, 'nl'),
      kind: 'meeting' as const,
      title: '南岭镇委员工作站月度例会（以会代训）',
      description: '通报柳塘村稻飞虱统防统治情况，学习协商议事规则。',
      venue: '南岭镇政协委员工作站',
      startsAt: new Date(now - 12 * DAY),
      hours: 15, // 1.5 h
      absent: (i: number, id: string) => id !== wang && i % 4 === 3,
      method: 'ticked',
    },
  ];
  for (const s of sessions) {
    const endsAt = new Date(s.startsAt.getTime() + (s.hours / 10) * HOUR);
    const [row] = await tx
      .insert(trainings)
      .values({
        placeId: s.placeId,
        kind: s.kind,
        title: s.title,
        description: s.description,
        venue: s.venue,
        startsAt: s.startsAt,
        endsAt,
        hours: s.hours,
        checkinToken: randomBytes(18).toString('base64url'),
        createdById: organiser,
        createdAt: new Date(s.startsAt.getTime() - 10 * DAY),
      })
      .returning({ id: trainings.id });
    const id = row?.id as string;
    const invited = await membersUnder(tx, s.placeId);
    await noticeThen(tx, {
      to: invited.map((m) => m.id),
      kind: 'training_scheduled',
      params: { title: s.title, actor: '区政协办公室', startsAt: s.startsAt.toISOString() },
      entity: { type: 'training', id },
      at: new Date(s.startsAt.getTime() - 10 * DAY),
      readAt: new Date(s.startsAt.getTime() - 9 * DAY),
      dedupeKey: `training:${id}`,
    });
    const present = invited.filter((m, i) => !s.absent(i, m.id));
    if (present.length > 0)
      await tx.insert(trainingAttendance).values(
        present.map((m, i) => ({
          trainingId: id,
          accountId: m.id,
          attendedAt: new Date(s.startsAt.getTime() - 20 * 60_000 + i * 30_000),
          method: s.method,
        })),
      );
  }
}
