import { eq } from 'drizzle-orm';
import type { Role } from '../../shared/enums';
import { DEMO_PASSWORD } from '../modules/accounts';
import { seedDemoSubmissions } from '../modules/submissions';
import type { Db } from '../platform/db';
import { settings } from '../platform/db/schema';
import { isEmpty, seedAccount, seedPlace } from './bootstrap';
import { seedDemoContacts } from './demo-contacts';
import { seedDemoDeliberation } from './demo-deliberation';
import { seedDemoDuty } from './demo-duty';
import { seedDemoFollowThrough } from './demo-follow-through';
import { seedDemoGroups } from './demo-groups';
import { seedDemoMembers } from './demo-members';
import { seedDemoWhistles } from './demo-whistles';
import { seedDemoWritings } from './demo-writings';
import { seedDemoYear } from './demo-year';

// marks a database the demo was loaded into, so its sign-ins are printed only there
const DEMO_SETTING = 'demo_data';

// the published password (README) that the password rules refuse everywhere but here
export { DEMO_PASSWORD };

/** Demo sign-ins, printed at start: one per role, at different levels of the tree. */
export const DEMO_ACCOUNTS = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', at: 'qh' }, // keeps accounts and places only
  { username: 'cppcc.qinghe', displayName: '区政协办公室', role: 'cppcc', at: 'qh' }, // 政协机关: the roster, the work
  { username: 'leader', displayName: '李书记', role: 'leader', at: 'qh' }, // the party committee (区委)
  { username: 'leader.gov', displayName: '张区长', role: 'leader', at: 'qh' }, // the government (区政府)
  { username: 'liaison.donghu', displayName: '东湖街道联络员 陈静', role: 'liaison', at: 'dh' },
  { username: 'liaison.taoyuan', displayName: '桃园社区联络员 周敏', role: 'liaison', at: 'dh-ty' },
  { username: 'liaison.nanling', displayName: '南岭镇联络员 马强', role: 'liaison', at: 'nl' },
  { username: 'member.wang', displayName: '王海燕委员', role: 'member', at: 'nl' },
  { username: 'member.zhao', displayName: '赵立新委员', role: 'member', at: 'dh' },
  { username: 'dept.yibao', displayName: '区医保局', role: 'department', at: 'qh' },
  { username: 'dept.nongye', displayName: '区农业农村局', role: 'department', at: 'qh' },
  { username: 'dept.shichang', displayName: '区市场监管局', role: 'department', at: 'qh' },
] as const satisfies readonly { username: string; displayName: string; role: Role; at: string }[];

const TOWNSHIPS = [
  {
    code: 'dh',
    kind: 'subdistrict',
    name: '东湖街道',
    brand: '有事好商量',
    units: [
      ['ty', 'community', '桃园社区', true],
      ['jq', 'community', '锦泉社区', false],
      ['hx', 'community', '湖心社区', false],
      ['xy', 'community', '新苑社区', false],
    ],
  },
  {
    code: 'nl',
    kind: 'township',
    name: '南岭镇',
    brand: '一线协商·共同缔造',
    units: [
      ['sq', 'village', '石桥村', true],
      ['lt', 'village', '柳塘村', false],
      ['dp', 'village', '大坪村', false],
      ['gz', 'village', '高庄村', false],
    ],
  },
  {
    code: 'xx',
    kind: 'township',
    name: '西溪乡',
    brand: '有事好商量',
    units: [
      ['ms', 'village', '梅山村', false],
      ['hy', 'village', '河源村', true],
      ['cw', 'village', '茶湾村', false],
      ['xxsq', 'community', '西溪社区', false],
    ],
  },
] as const;

/**
 * Loads the fictional 青禾区 with its townships, villages, grids, platforms and demo accounts. With
 * the deployment's `secret`, the members' and their contacts' phone numbers are kept (encrypted) as
 * well; with its `dataDir`, a training's handout is kept among the uploaded files.
 */
export async function seedDemo(db: Db, { secret, dataDir }: { secret?: string; dataDir?: string } = {}) {
  if (!(await isEmpty(db))) return false;
  await db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    const qh = await seedPlace(tx, null, {
      kind: 'district',
      name: '青禾区',
      code: 'qh',
      hasWorkstation: true,
      hasCouncil: true,
      room: '青禾区政协委员之家',
      brand: '有事好商量',
    });
    ids.set('qh', qh.id);
    await seedPlace(tx, qh, {
      kind: 'park',
      name: '青禾经济开发区',
      code: 'qh-kfq',
      hasCouncil: true,
      room: '开发区服务中心二楼',
    });
    await seedPlace(tx, qh, { kind: 'enterprise', name: '青禾区人民医院', code: 'qh-yy' });
    for (const t of TOWNSHIPS) {
      const town = await seedPlace(tx, qh, {
        kind: t.kind,
        name: t.name,
        code: t.code,
        hasWorkstation: true,
        hasCouncil: true,
        room: `${t.name}政协委员工作站`,
        brand: t.brand,
      });
      ids.set(t.code, town.id);
      if (t.code === 'nl')
        await seedPlace(tx, town, { kind: 'enterprise', name: '南岭农业专业合作社', code: 'nl-hzs' });
      for (const [code, kind, name, isDemo] of t.units) {
        const unit = await seedPlace(tx, town, {
          kind,
          name,
          code: `${t.code}-${code}`,
          hasCouncil: true,
          room: `${name}党群服务中心协商议事室`,
          brand: t.brand,
          isDemonstration: isDemo,
        });
        ids.set(`${t.code}-${code}`, unit.id);
        for (let g = 1; g <= 2; g++) {
          await seedPlace(tx, unit, {
            kind: 'grid',
            name: `第${g === 1 ? '一' : '二'}网格`,
            code: `${t.code}-${code}-g${g}`,
          });
        }
      }
    }
    const accountIds = new Map<string, string>();
    for (const a of DEMO_ACCOUNTS) {
      const placeId = ids.get(a.at) as string;
      const id = await seedAccount(tx, {
        username: a.username,
        displayName: a.displayName,
        password: DEMO_PASSWORD,
        homePlaceId: placeId,
        roles: [{ role: a.role, placeId }],
      });
      accountIds.set(a.username, id);
    }
    await seedDemoSubmissions(tx, qh.id, ids);
    const answered = await seedDemoDeliberation(tx, { places: ids, accounts: accountIds });
    await seedDemoFollowThrough(tx, { places: ids, accounts: accountIds }, answered);
    // 委员履职 (issue 11): the roster first, then the work the others record
    const ctx = { places: ids, accounts: accountIds };
    await seedDemoMembers(tx, ctx, secret);
    await seedDemoGroups(tx, ctx); // 委员小组, 专委会
    await seedDemoYear(tx, ctx, { secret, dataDir }); // last year's and this year's work, for the duty ledger
    await seedDemoWhistles(tx, ctx); // 吹哨报到, 专题培训
    await seedDemoWritings(tx, ctx); // 社情民意与提案
    // 委员履职: members' contacts and reception days (after the roster, which they may draw on)
    await seedDemoContacts(tx, { places: ids, accounts: accountIds }, secret);
    // 履职考核 last: it reads the records the demos above wrote
    await seedDemoDuty(tx, { places: ids, accounts: accountIds });
    await tx
      .insert(settings)
      .values({ key: DEMO_SETTING, value: { loadedAt: new Date().toISOString() } })
      .onConflictDoNothing();
  });
  return true;
}

/** True when the demo district was loaded into this database. */
export async function hasDemoData(db: Db) {
  const [row] = await db.select({ key: settings.key }).from(settings).where(eq(settings.key, DEMO_SETTING));
  return Boolean(row);
}
