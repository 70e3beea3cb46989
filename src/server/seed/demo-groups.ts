// The demo's member groups (委员小组): the district's four 专委会 and three 界别组, the fixed
// members of 桃园社区's and 柳塘村's councils, 石桥村's 1+2+N activity group, and a 区直组 paired
// with 南岭镇组; the demo's consultations counted for the committees that organised them. Members
// are the member accounts the demo has when this runs (member.wang and member.zhao first).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { GroupPosition, MemberGroupKind, MemberSector } from '../../shared/enums';
import type { DbOrTx } from '../platform/db';
import { inSubtree } from '../platform/db/place-path';
import {
  accounts,
  consultations,
  grants,
  memberGroupMembers,
  memberGroups,
  memberPlaces,
  memberProfiles,
  places,
} from '../platform/db/schema';

type Ids = { places: Map<string, string>; accounts: Map<string, string> };
type Member = { id: string; username: string; homePath: string; sector: string | null; assignedTo: Set<string> };

const need = (m: Map<string, string>, k: string) => {
  const v = m.get(k);
  if (!v) throw new Error(`demo: missing ${k}`);
  return v;
};

const COMMITTEES = ['提案委员会', '经济委员会', '社会和法制委员会', '文化文史和学习委员会'] as const;
const SECTOR_GROUPS: [string, MemberSector][] = [
  ['经济界别组', 'economy'],
  ['农业和农村界别组', 'agriculture'],
  ['医药卫生界别组', 'medicine'],
];
// which committee organised which of the demo's consultations (by title)
const ORGANISED: Record<string, (typeof COMMITTEES)[number]> = {
  玉米制种费用结算田间协商会: '经济委员会',
  柳塘村灌溉水渠管护院坝协商会: '经济委员会',
  老年助餐点选址网络议事: '社会和法制委员会',
};

/** The district's member accounts: member.wang and member.zhao first, then by username. */
async function memberPool(tx: DbOrTx, districtPath: string, first: string[]): Promise<Member[]> {
  const rows = await tx
    .selectDistinct({
      id: accounts.id,
      username: accounts.username,
      homePath: sql<string>`(select p.path from places p where p.id = ${accounts.homePlaceId})`,
      sector: memberProfiles.sector,
    })
    .from(accounts)
    .innerJoin(grants, and(eq(grants.accountId, accounts.id), eq(grants.role, 'member')))
    .innerJoin(places, eq(places.id, grants.placeId))
    .leftJoin(memberProfiles, eq(memberProfiles.accountId, accounts.id))
    .where(and(eq(accounts.isDisabled, false), inSubtree(places.path, [districtPath])))
    .orderBy(asc(accounts.username));
  const assigned =
    rows.length === 0
      ? []
      : await tx
          .select({ accountId: memberPlaces.accountId, placeId: memberPlaces.placeId })
          .from(memberPlaces)
          .where(
            and(
              eq(memberPlaces.kind, 'assigned'),
              inArray(
                memberPlaces.accountId,
                rows.map((r) => r.id),
              ),
            ),
          );
  const members = rows.map((r) => ({
    ...r,
    assignedTo: new Set(assigned.filter((a) => a.accountId === r.id).map((a) => a.placeId)),
  }));
  const rank = (m: Member) => (first.includes(m.id) ? first.indexOf(m.id) : first.length);
  return members.sort((a, b) => rank(a) - rank(b));
}

/** Up to `n` members for a place: those assigned to it, then those at home in `homePath`, then the rest. */
function near(pool: Member[], placeId: string, homePath: string, n: number) {
  const score = (m: Member) => (m.assignedTo.has(placeId) ? 0 : m.homePath.startsWith(homePath) ? 1 : 2);
  return [...pool].sort((a, b) => score(a) - score(b)).slice(0, n);
}

/** Up to `n` members, `from` the i-th on and wrapping round, so small pools still fill each group. */
const slice = (pool: Member[], from: number, n: number) =>
  pool.length === 0
    ? []
    : [
        ...new Set(
          Array.from({ length: Math.min(n, pool.length) }, (_, j) => pool[(from + j) % pool.length] as Member),
        ),
      ];

/** Loads the demo's member groups and links its consultations to the committees that organised them. */
export async function seedDemoGroups(tx: DbOrTx, { places: placeIds, accounts: accountIds }: Ids) {
  const qh = need(placeIds, 'qh');
  const [district] = await tx.select({ path: places.path }).from(places).where(eq(places.id, qh));
  const pathOf = async (code: string) => {
    const [p] = await tx
      .select({ path: places.path })
      .from(places)
      .where(eq(places.id, need(placeIds, code)));
    return (p as { path: string }).path;
  };
  const pool = await memberPool(tx, (district as { path: string }).path, [
    need(accountIds, 'member.wang'),
    need(accountIds, 'member.zhao'),
  ]);

  const group = async (
    kind: MemberGroupKind,
    name: string,
    at: string,
    members: Member[],
    extra: { sector?: MemberSector; councilAt?: string; positions?: GroupPosition[] } = {},
  ) => {
    const [row] = await tx
      .insert(memberGroups)
      .values({
        placeId: need(placeIds, at),
        kind,
        name,
        sector: extra.sector ?? null,
        councilPlaceId: extra.councilAt ? need(placeIds, extra.councilAt) : null,
      })
      .returning({ id: memberGroups.id });
    const id = (row as { id: string }).id;
    if (members.length > 0)
      await tx.insert(memberGroupMembers).values(
        members.map((m, i) => ({
          groupId: id,
          accountId: m.id,
          position: extra.positions?.[i] ?? (i === 0 ? ('lead' as const) : ('member' as const)),
        })),
      );
    return id;
  };

  // 专委会: each a quarter of the members (at least two), the first its 主任
  const size = Math.max(2, Math.floor(pool.length / COMMITTEES.length));
  const committees = new Map<string, string>();
  for (const [i, name] of COMMITTEES.entries())
    committees.set(name, await group('committee', name, 'qh', slice(pool, i * size, size)));

  // 界别组: the members of the sector, or (profiles missing) a few to start from
  for (const [i, [name, sector]] of SECTOR_GROUPS.entries()) {
    const ofSector = pool.filter((m) => m.sector === sector);
    await group('sector', name, 'qh', ofSector.length > 0 ? ofSector : slice(pool, i + 2, 2), { sector });
  }

  // 议事会固定成员 of two councils, kept at the place itself
  await group(
    'council',
    '桃园社区议事会固定成员',
    'dh-ty',
    near(pool, need(placeIds, 'dh-ty'), await pathOf('dh'), 3),
    {
      councilAt: 'dh-ty',
    },
  );
  await group('council', '柳塘村议事会固定成员', 'nl-lt', near(pool, need(placeIds, 'nl-lt'), await pathOf('nl'), 3), {
    councilAt: 'nl-lt',
  });

  // 1+2+N at 石桥村: one lead, two liaisons, the rest members
  await group(
    'activity',
    '石桥村“1+2+N”活动小组',
    'nl-sq',
    near(pool, need(placeIds, 'nl-sq'), await pathOf('nl'), 4),
    {
      positions: ['lead', 'liaison', 'liaison'],
    },
  );

  // 区直组 ↔ 镇街组
  const local = await group('local_group', '南岭镇组', 'nl', near(pool, need(placeIds, 'nl'), await pathOf('nl'), 3));
  const direct = await group('district_group', '区直第一组', 'qh', slice(pool, 1, 3));
  await tx.update(memberGroups).set({ pairedGroupId: local }).where(eq(memberGroups.id, direct));
  await tx.update(memberGroups).set({ pairedGroupId: direct }).where(eq(memberGroups.id, local));

  for (const [title, committee] of Object.entries(ORGANISED))
    await tx
      .update(consultations)
      .set({ groupId: committees.get(committee) ?? null })
      .where(and(eq(consultations.title, title), isNull(consultations.groupId)));
}
