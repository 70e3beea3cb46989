// What a person trying the demo finds of members' writings (社情民意与提案), and the roster's other
// members' writings the demo adds once there is a roster.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, grants, memberProfiles, memberWritings } from '../../platform/db/schema';
import { seedDemoWritings } from '../../seed/demo-writings';
import { startDemoApp } from '../../testing/demo-app';
import { buildAccount, buildTree } from '../../testing/factories';
import { Agent, json, startTestApp, type TestApp } from '../../testing/harness';
import { DEMO_PASSWORD } from '../accounts';
import type { WritingDetail, WritingList } from './testing';

let demo: Awaited<ReturnType<typeof startDemoApp>>;
let t: TestApp;
beforeAll(async () => {
  demo = await startDemoApp();
  t = await startTestApp();
});
afterAll(() => demo?.close());

/** The district's CPPCC office, signed in: whoever holds cppcc at 青禾区. */
async function office() {
  const [row] = await demo.db
    .select({ username: accounts.username })
    .from(grants)
    .innerJoin(accounts, eq(accounts.id, grants.accountId))
    .where(and(eq(grants.role, 'cppcc'), eq(grants.placeId, demo.place('qh').id)));
  return Agent.signIn(demo.app, row?.username ?? '', DEMO_PASSWORD, '127.8.0.1');
}

describe('the demo’s writings', () => {
  it('王海燕委员’s 社情民意 on village elderly care: edited, adopted, forwarded to 张区长, who has it', async () => {
    const wang = await demo.signIn('member.wang');
    const mine = json<WritingList>(await wang.get('/api/writings?box=mine'));
    const w = mine.items.find((i) => i.title.includes('村级养老'));
    expect(w).toMatchObject({ kind: 'public_opinion', status: 'forwarded' });
    expect(w?.code).toMatch(/^SQ-\d{4}-\d{4}$/);
    const d = json<WritingDetail>(await wang.get(`/api/writings/${w?.id}`));
    expect(d.steps.map((s) => s.kind)).toEqual(['drafted', 'submitted', 'edited', 'adopted', 'forwarded']);
    expect(d.steps[2]).toMatchObject({ title: { before: '关于加快村级养老服务站建设的建议' } });
    expect(d.recipients.map((r) => r.displayName)).toEqual(['张区长']);
    expect(d.submissions.map((s) => s.content)).toEqual(['村里老人不会用手机办医保缴费，希望有人上门帮忙。']);
    const zhang = await demo.signIn('leader.gov');
    const received = json<WritingList>(await zhang.get('/api/writings?box=received'));
    expect(received.items.map((i) => i.id)).toEqual([w?.id]);
  });

  it('the office’s queue: 赵立新委员’s proposal waiting, and his 社情民意 returned, revised and resubmitted', async () => {
    const cppcc = await office();
    const waiting = json<WritingList>(await cppcc.get('/api/writings?status=submitted&pageSize=100'));
    // other members on the roster may have one waiting too
    const queue = { items: waiting.items.filter((i) => i.author.displayName === '赵立新委员') };
    expect(queue.items.map((i) => [i.author.displayName, i.kind])).toEqual([
      ['赵立新委员', 'public_opinion'],
      ['赵立新委员', 'proposal'],
    ]);
    const again = json<WritingDetail>(await cppcc.get(`/api/writings/${queue.items[0]?.id}`));
    expect(again.steps.map((s) => s.kind)).toEqual(['drafted', 'submitted', 'returned', 'submitted']);
    expect(again.body).toContain('1,500 辆次');
    expect(again.abilities).toMatchObject({ adopt: true, return: true });
    const codes = queue.items.map((i) => i.code);
    expect(codes[0]?.startsWith('SQ-')).toBe(true);
    expect(codes[1]?.startsWith('TA-')).toBe(true);
    const year = new Date().getFullYear();
    for (const i of queue.items) expect(new Date(i.submittedAt ?? '').getFullYear()).toBe(year);
  });
});

describe('seedDemoWritings with a roster', () => {
  it('gives other members on the roster one writing each, after 王海燕 and 赵立新', async () => {
    const tree = await buildTree(t.db);
    const at = (role: 'member' | 'leader' | 'department' | 'cppcc', place = tree.townA) =>
      buildAccount(t.app, t.db, { role, place });
    const [wang, zhao, gov, yibao, office, m1, m2] = await Promise.all([
      at('member'),
      at('member', tree.townB),
      at('leader', tree.district),
      at('department', tree.district),
      at('cppcc', tree.district),
      at('member', tree.villageA),
      at('member', tree.townB),
    ]);
    await t.db.insert(memberProfiles).values(
      [m1, m2].map((m, i) => ({
        accountId: m.id,
        memberNo: `DEMO-${m.username}`,
        sector: 'agriculture',
        party: 'masses',
        termStart: 2022,
        termEnd: 2027 + i,
      })),
    );
    await t.db.transaction((tx) =>
      seedDemoWritings(tx, {
        places: new Map([
          ['qh', tree.district.id],
          ['nl', tree.townA.id],
        ]),
        accounts: new Map([
          ['member.wang', wang.id],
          ['member.zhao', zhao.id],
          ['leader.gov', gov.id],
          ['dept.yibao', yibao.id],
        ]),
      }),
    );
    const rows = await t.db.select().from(memberWritings);
    const of = (id: string) => rows.filter((r) => r.authorId === id);
    expect(of(wang.id)).toHaveLength(1);
    expect(of(zhao.id)).toHaveLength(2);
    const theirs = [...of(m1.id), ...of(m2.id)];
    expect(theirs).toHaveLength(2);
    for (const w of theirs) expect(w.reviewedById).toBe(office.id);
    // each at its author's home place, and readable by the office
    const first = of(m1.id)[0];
    expect(first?.placeId).toBe(tree.villageA.id);
    const d = json<WritingDetail>(await office.agent.get(`/api/writings/${first?.id}`));
    expect(d.steps[0]?.kind).toBe('drafted');
    const forwarded = theirs.find((w) => w.status === 'forwarded');
    expect(forwarded?.forwardedToIds).toEqual([yibao.id]);
  });
});
