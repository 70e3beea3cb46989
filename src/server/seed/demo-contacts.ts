// The demo's members at work among residents: 王海燕委员 (南岭镇) and 赵立新委员 (东湖街道) keep their
// fixed contacts (联系群众) and log being in touch, one problem of each turned into a submission; 桃园社区
// and 柳塘村 keep a reception rota (委员接待日) around this week — days held with what was raised, an
// absence, a swap, this week's duty; and a resident of 桃园社区 wrote to 赵立新委员 (委员会客厅).
import { and, eq, exists, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { ContactKind, ContactLogKind } from '../../shared/enums';
import { contactPhoneColumns } from '../modules/contacts';
import { remindDuty } from '../modules/receptions';
import { seedDemoMemberSubmission } from '../modules/submissions';
import { shanghaiDate, shanghaiHour } from '../platform/calendar';
import { type Cipher, makeCipher } from '../platform/crypto';
import type { DbOrTx } from '../platform/db';
import { pathIds } from '../platform/db/place-path';
import {
  accounts,
  contactLogs,
  grants,
  memberContacts,
  memberPlaces,
  memberProfiles,
  places,
  receptionSlots,
} from '../platform/db/schema';

const DAY = 86_400_000;
type Ids = { places: Map<string, string>; accounts: Map<string, string> };
type Who = { id: string; name: string };

const need = (m: Map<string, string>, k: string) => {
  const v = m.get(k);
  if (!v) throw new Error(`demo: missing ${k}`);
  return v;
};

async function placeOf(tx: DbOrTx, code: string) {
  const [p] = await tx.select({ id: places.id, path: places.path }).from(places).where(eq(places.code, code));
  if (!p) throw new Error(`demo: missing place ${code}`);
  return p;
}

/**
 * Seeds one contact (its phone sealed as the contacts module keeps it, when the demo has a cipher)
 * and its log; the entry with `raise` files its problem as the member's submission.
 */
async function seedContact(
  tx: DbOrTx,
  member: Who,
  c: {
    placeId: string;
    kind: ContactKind;
    name: string;
    address: string;
    phone: string;
    note: string;
    every: number;
    logs: { kind: ContactLogKind; daysAgo: number; summary: string; raise?: { content: string; category: string } }[];
  },
  cipher: Cipher | undefined,
) {
  const created = new Date(Date.now() - 120 * DAY);
  const [row] = await tx
    .insert(memberContacts)
    .values({
      memberId: member.id,
      placeId: c.placeId,
      kind: c.kind,
      name: c.name,
      address: c.address,
      note: c.note,
      visitEveryDays: c.every,
      ...(cipher ? contactPhoneColumns(cipher, c.phone) : {}),
      createdAt: created,
      updatedAt: created,
    })
    .returning({ id: memberContacts.id });
  for (const l of c.logs) {
    const at = new Date(Date.now() - l.daysAgo * DAY);
    const [log] = await tx
      .insert(contactLogs)
      .values({
        memberId: member.id,
        contactId: row?.id,
        placeId: c.placeId,
        kind: l.kind,
        happenedAt: at,
        summary: l.summary,
        createdAt: at,
      })
      .returning({ id: contactLogs.id });
    if (l.raise)
      await seedDemoMemberSubmission(tx, {
        placeId: c.placeId,
        channel: l.kind === 'call' || l.kind === 'online' ? 'phone_call' : 'walk_in',
        content: l.raise.content,
        category: l.raise.category,
        at: new Date(at.getTime() + 3_600_000),
        createdBy: member,
        links: { contactLogId: log?.id },
      });
  }
}

/**
 * Other members who may serve at a place (A's roster, when loaded): a member grant reaching it or
 * an assignment on its way up, with a profile; by name, without the two demo members named here.
 */
async function otherMembers(tx: DbOrTx, placePath: string, except: string[], limit: number) {
  const line = pathIds(placePath);
  const grantPlace = sql`(select gp.path from ${places} gp where gp.id = ${grants.placeId})`;
  return tx
    .select({ id: accounts.id, name: accounts.displayName })
    .from(memberProfiles)
    .innerJoin(accounts, eq(accounts.id, memberProfiles.accountId))
    .where(
      and(
        notInArray(accounts.id, except),
        eq(accounts.isDisabled, false),
        or(
          exists(
            tx
              .select({ one: sql`1` })
              .from(grants)
              .where(
                and(
                  eq(grants.accountId, accounts.id),
                  eq(grants.role, 'member'),
                  sql`starts_with(${placePath}, ${grantPlace})`,
                ),
              ),
          ),
          exists(
            tx
              .select({ one: sql`1` })
              .from(memberPlaces)
              .where(and(eq(memberPlaces.accountId, accounts.id), inArray(memberPlaces.placeId, line))),
          ),
        ),
      ),
    )
    .orderBy(accounts.displayName)
    .limit(limit);
}

/** Monday of this week (the deployment's calendar) plus `days`, at `clock` there. */
function weekday(days: number, clock: string) {
  const today = shanghaiDate(new Date());
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const monday = shanghaiHour(today, 0).getTime() - (dow - 1) * DAY;
  const date = shanghaiDate(new Date(monday + days * DAY + 12 * 3_600_000));
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return new Date(shanghaiHour(date, 0).getTime() + (h * 60 + m) * 60_000);
}

type Slot = {
  week: number; // 0 this week, -1 last week …
  member: Who;
  swappedFrom?: Who;
  held?: { visitors: number; summary: string; raise?: { content: string; category: string } };
  absent?: string;
};

/** A place's weekly rota: a slot on `day` (0 Monday) of each week listed, from `from` to `to`. */
async function seedRota(
  tx: DbOrTx,
  place: { id: string; liaison: Who; venue: string; day: number; from: string; to: string },
  slots: Slot[],
) {
  for (const s of slots) {
    const startsAt = weekday(s.week * 7 + place.day, place.from);
    const endsAt = weekday(s.week * 7 + place.day, place.to);
    const recordedAt = s.held || s.absent ? new Date(endsAt.getTime() + 3_600_000) : null;
    const [row] = await tx
      .insert(receptionSlots)
      .values({
        placeId: place.id,
        memberId: s.member.id,
        startsAt,
        endsAt,
        venue: place.venue,
        status: s.held ? 'held' : s.absent ? 'absent' : 'scheduled',
        swappedFromId: s.swappedFrom?.id ?? null,
        absenceReason: s.absent ?? null,
        visitors: s.held?.visitors ?? null,
        summary: s.held?.summary ?? null,
        recordedById: s.held ? s.member.id : s.absent ? place.liaison.id : null,
        recordedAt,
        createdById: place.liaison.id,
        createdAt: new Date(startsAt.getTime() - 30 * DAY),
      })
      .returning({ id: receptionSlots.id });
    if (s.held?.raise)
      await seedDemoMemberSubmission(tx, {
        placeId: place.id,
        channel: 'reception_day',
        content: s.held.raise.content,
        category: s.held.raise.category,
        at: new Date(startsAt.getTime() + 3_600_000),
        createdBy: s.member,
        links: { receptionSlotId: row?.id },
      });
  }
}

/** The demo's contacts (their phones kept under `secret`, none without one), reception rotas and a submission addressed to a member. */
export async function seedDemoContacts(tx: DbOrTx, { places: placeIds, accounts: accountIds }: Ids, secret?: string) {
  const cipher = secret ? makeCipher(secret) : undefined;
  const wang: Who = { id: need(accountIds, 'member.wang'), name: '王海燕委员' };
  const zhao: Who = { id: need(accountIds, 'member.zhao'), name: '赵立新委员' };
  const ty = await placeOf(tx, 'dh-ty');
  const lt = await placeOf(tx, 'nl-lt');
  // each serves the village or community of its rota (the roster may have said so already)
  await tx
    .insert(memberPlaces)
    .values([
      { accountId: wang.id, placeId: lt.id, kind: 'assigned' },
      { accountId: zhao.id, placeId: ty.id, kind: 'assigned' },
    ])
    .onConflictDoNothing();

  await seedContact(
    tx,
    wang,
    {
      placeId: lt.id,
      kind: 'household',
      name: '柳塘村张家（留守老人户）',
      phone: '13907361258',
      address: '柳塘村三组12号',
      note: '张大爷78岁，老伴腿脚不便，子女在外务工',
      every: 30,
      logs: [
        { kind: 'visit', daysAgo: 75, summary: '上门看望，了解冬季取暖情况，已联系村里送去电暖器' },
        { kind: 'call', daysAgo: 40, summary: '电话回访，老人说电暖器好用；房屋西墙有裂缝，雨天渗水' },
      ],
    },
    cipher,
  );
  await seedContact(
    tx,
    wang,
    {
      placeId: (await placeOf(tx, 'nl-hzs')).id,
      kind: 'enterprise',
      name: '南岭农业专业合作社',
      phone: '13807362291',
      address: '南岭镇工业园路8号',
      note: '全镇最大的玉米制种合作社，社员320户',
      every: 60,
      logs: [
        {
          kind: 'meeting',
          daysAgo: 12,
          summary: '与合作社理事会座谈制种收购和结算，社员对结算周期意见较大',
          raise: {
            content: '合作社社员反映制种企业结算周期太长，希望镇里协调企业提前公布收购价格并分两次结算。',
            category: '农业生产',
          },
        },
        { kind: 'call', daysAgo: 3, summary: '电话了解秋播准备情况，暂无新问题' },
      ],
    },
    cipher,
  );
  await seedContact(
    tx,
    wang,
    {
      placeId: need(placeIds, 'nl'),
      kind: 'sector_group',
      name: '南岭镇农技协会',
      phone: '13574102236',
      address: '南岭镇农业服务中心二楼',
      note: '农业和农村界别联系的行业协会',
      every: 90,
      logs: [],
    },
    cipher,
  );
  await seedContact(
    tx,
    zhao,
    {
      placeId: ty.id,
      kind: 'resident',
      name: '王阿姨（桃园社区3号楼楼栋长）',
      phone: '15873120467',
      address: '桃园小区3号楼1单元',
      note: '热心居民，常代楼里老人反映情况',
      every: 30,
      logs: [
        { kind: 'online', daysAgo: 20, summary: '微信了解楼栋加装电梯的意见征集进展' },
        {
          kind: 'visit',
          daysAgo: 5,
          summary: '上门走访，楼栋长反映上班族白天收不到快递，包裹常被放在门口丢失',
          raise: {
            content: '希望在社区增设智能快递柜，上班族白天收不到快递，包裹放在门口经常丢失。',
            category: '其他',
          },
        },
      ],
    },
    cipher,
  );
  await seedContact(
    tx,
    zhao,
    {
      placeId: need(placeIds, 'dh-jq'),
      kind: 'household',
      name: '锦泉社区李家（困难家庭）',
      phone: '18692034518',
      address: '锦泉花园7栋302',
      note: '低保户，孩子读初二',
      every: 60,
      logs: [{ kind: 'call', daysAgo: 70, summary: '电话了解孩子助学金申请情况，已告知申请材料' }],
    },
    cipher,
  );

  const [tyOthers, ltOthers] = await Promise.all([
    otherMembers(tx, ty.path, [wang.id, zhao.id], 2),
    otherMembers(tx, lt.path, [wang.id, zhao.id], 1),
  ]);
  const [ty1, ty2] = [tyOthers[0] ?? zhao, tyOthers[1] ?? tyOthers[0] ?? zhao];
  const lt1 = ltOthers[0] ?? wang;
  const tyLiaison = { id: need(accountIds, 'liaison.taoyuan'), name: '桃园社区联络员 周敏' };
  const nlLiaison = { id: need(accountIds, 'liaison.nanling'), name: '南岭镇联络员 马强' };

  // 桃园社区: Wednesdays, 9:00–11:30
  await seedRota(
    tx,
    { id: ty.id, liaison: tyLiaison, venue: '桃园社区党群服务中心委员接待室', day: 2, from: '09:00', to: '11:30' },
    [
      {
        week: -3,
        member: zhao,
        held: {
          visitors: 5,
          summary: '接待居民5人次：垃圾分类、共享单车停放、加装电梯；现场解答3件，1件转社区办理',
          raise: { content: '小区东门外人行道被共享单车占满，老人推轮椅出门过不去。', category: '交通出行' },
        },
      },
      { week: -2, member: ty1, absent: '临时外出开会，未提前换班' },
      {
        week: -1,
        member: ty2,
        swappedFrom: ty2.id === zhao.id ? undefined : zhao,
        held: { visitors: 3, summary: '接待居民3人次，均为政策咨询，已当场答复' },
      },
      { week: 0, member: zhao },
      { week: 1, member: ty1 },
    ],
  );
  // 柳塘村: Thursdays, 14:30–17:00
  await seedRota(
    tx,
    { id: lt.id, liaison: nlLiaison, venue: '柳塘村党群服务中心', day: 3, from: '14:30', to: '17:00' },
    [
      {
        week: -2,
        member: wang,
        held: {
          visitors: 4,
          summary: '接待村民4人次：灌溉用水、医保缴费、道路养护',
          raise: { content: '柳塘村到镇上的村道有几处坑洼，雨天积水，希望纳入今年的道路养护。', category: '交通出行' },
        },
      },
      {
        week: -1,
        member: lt1,
        swappedFrom: lt1.id === wang.id ? undefined : wang,
        held: { visitors: 2, summary: '接待村民2人次，咨询种粮补贴发放时间' },
      },
      { week: 0, member: wang },
      { week: 1, member: lt1 },
    ],
  );
  // this week's members hear of their duty as the hourly reminder would tell them
  await remindDuty(tx);

  // 委员会客厅: a resident of 桃园社区 wrote to 赵立新委员
  await seedDemoMemberSubmission(tx, {
    placeId: ty.id,
    channel: 'qr',
    content: '赵委员您好，社区长者食堂只供应午餐，希望能增加晚餐供应，方便独居长者。',
    category: '养老服务',
    at: new Date(Date.now() - 0.5 * DAY),
    links: { addressedMemberId: zhao.id },
  });
}
