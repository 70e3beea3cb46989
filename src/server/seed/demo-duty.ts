import { eq } from 'drizzle-orm';
import { DEFAULT_DUTY_RULES, dutyYearOf, snapshotDutyYear } from '../modules/duty';
import type { DbOrTx } from '../platform/db';
import { dutyManualEntries, dutyRuleSets, places } from '../platform/db/schema';

type Ids = { places: Map<string, string>; accounts: Map<string, string> };
const DAY = 86_400_000;

const need = (m: Map<string, string>, k: string) => {
  const v = m.get(k);
  if (!v) throw new Error(`demo: missing ${k}`);
  return v;
};

/**
 * The duty assessment of the demo (履职量化考核), seeded last: 青禾区's scoring rules for last year
 * and this one (this year's saved twice, so it has versions), last year closed (年度考核定档) over
 * the ledger the other demos' records make, and manual entries — one approved, one waiting for
 * 东湖街道's liaison. The ledger itself is read from the records the other demos wrote.
 */
export async function seedDemoDuty(tx: DbOrTx, { places: placeIds, accounts }: Ids) {
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const year = dutyYearOf(new Date(now));
  const qh = need(placeIds, 'qh');
  // the CPPCC office keeps the rules; its account comes with the members' demo (else none is named)
  const office = accounts.get('cppcc.qinghe') ?? null;
  const wang = need(accounts, 'member.wang');
  const zhao = need(accounts, 'member.zhao');
  const [qhPlace] = await tx.select({ id: places.id, path: places.path }).from(places).where(eq(places.id, qh));
  if (!qhPlace) throw new Error('demo: missing 青禾区');

  // last year: the defaults, and 王海燕's research report approved before the year was closed
  await tx
    .insert(dutyRuleSets)
    .values({ placeId: qh, year: year - 1, version: 1, rules: DEFAULT_DUTY_RULES, createdById: office });
  await tx.insert(dutyManualEntries).values({
    memberId: wang,
    year: year - 1,
    happenedAt: new Date(Date.UTC(year - 1, 8, 20, 2)),
    description: '撰写调研报告《南岭镇制种产业发展调查》，报区政协农业农村委',
    evidence: `区政协农业农村委收文登记第 ${year - 1}-031 号`,
    points: 50,
    status: 'approved',
    reviewedById: need(accounts, 'liaison.nanling'),
    reviewedAt: new Date(Date.UTC(year - 1, 8, 25, 2)),
    reviewNote: '报告已收，情况属实',
    createdById: wang,
  });
  await snapshotDutyYear(tx, qhPlace, year - 1, office);

  // this year: saved, then raised the points for answering a whistle (吹哨报到) — two versions
  await tx
    .insert(dutyRuleSets)
    .values({ placeId: qh, year, version: 1, rules: DEFAULT_DUTY_RULES, createdById: office, createdAt: at(-300) });
  await tx.insert(dutyRuleSets).values({
    placeId: qh,
    year,
    version: 2,
    rules: { ...DEFAULT_DUTY_RULES, kinds: { ...DEFAULT_DUTY_RULES.kinds, whistle_answered: { points: 6, cap: 24 } } },
    createdById: office,
    createdAt: at(-120),
  });

  await tx.insert(dutyManualEntries).values([
    {
      memberId: wang,
      year: dutyYearOf(at(-40)),
      happenedAt: at(-40),
      description: '参加区政协“乡村振兴”专题视察，走访石桥村、柳塘村两个合作社',
      evidence: `区政协办公室视察通知（青协办〔${dutyYearOf(at(-40))}〕12号）及签到表`,
      points: 40,
      status: 'approved' as const,
      reviewedById: need(accounts, 'liaison.nanling'),
      reviewedAt: at(-35),
      reviewNote: '签到表已核对',
      createdById: wang,
      createdAt: at(-38),
    },
    {
      memberId: zhao,
      year: dutyYearOf(at(-6)),
      happenedAt: at(-6),
      description: '在锦泉社区居民议事会上宣讲《民法典》物业服务相关条款',
      evidence: '锦泉社区活动照片及居民签到表，社区主任刘芳可证明',
      points: 30,
      status: 'pending' as const,
      createdById: zhao,
      createdAt: at(-5),
    },
  ]);
}
