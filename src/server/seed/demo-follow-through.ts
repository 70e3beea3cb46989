import { eq } from 'drizzle-orm';
import { notify } from '../modules/notifications';
import { raiseReminders } from '../modules/tasks';
import type { DbOrTx } from '../platform/db';
import { outcomes } from '../platform/db/schema';
import { seedDemoCarriedOut } from './demo-carried-out';
import { seedDemoProposal } from './demo-proposal';
import { seedTask, type Who } from './demo-tasks';

const DAY = 86_400_000;
type Ids = { places: Map<string, string>; accounts: Map<string, string> };

const need = (m: Map<string, string>, k: string) => {
  const v = m.get(k);
  if (!v) throw new Error(`demo: missing ${k}`);
  return v;
};

/**
 * The follow-through half of the demo (办 → 督办): 南岭镇's 建议案 on seed-corn fees is being carried
 * out by two district departments — 区农业农村局's task is overdue, urged, escalated to 张区长 who
 * wrote 批示; 区市场监管局 reported progress on its timetable — and an older agreement of 柳塘村
 * was carried out three months ago, its revisit (回头看) now due.
 */
export async function seedDemoFollowThrough(
  tx: DbOrTx,
  { places, accounts }: Ids,
  answered: { outcomeId: string; consensusItemIds: string[] },
) {
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const who = (username: string, name: string): Who => ({ id: need(accounts, username), name });
  const ma = who('liaison.nanling', '南岭镇联络员 马强');
  const zhang = who('leader.gov', '张区长');
  const nongye = who('dept.nongye', '区农业农村局');
  const shichang = who('dept.shichang', '区市场监管局');
  const nl = need(places, 'nl');

  const contract = await seedTask(tx, {
    outcomeId: answered.outcomeId,
    placeId: nl,
    consensusItemId: answered.consensusItemIds[0],
    title: '约谈种业公司并报送制种合同修订方案',
    detail: '按共识第一、二项，督促禾丰种业公司修订制种合同：分两次结算、扣款标准写入合同。',
    owner: nongye,
    createdBy: ma,
    coUnits: ['南岭镇人民政府'],
    dueAt: at(-1),
    status: 'not_started',
    createdAt: at(-4),
    steps: [
      { kind: 'urged', by: ma, at: at(-0.6), note: '已过办理时限，请于明日前报送约谈情况和修订方案。' },
      {
        kind: 'escalated',
        by: ma,
        at: at(-0.5),
        note: '催办后仍未报送进展，提请区政府督办。',
        data: { leader: zhang.name },
      },
      {
        kind: 'instructed',
        by: zhang,
        at: at(-0.3),
        note: '请区农业农村局三日内约谈种业公司，一周内报送合同修订方案。',
      },
    ],
    extra: { urgedAt: at(-0.6), urgeCount: 1, awaitsAnswer: true, escalatedToId: zhang.id, escalatedAt: at(-0.5) },
  });
  const credit = await seedTask(tx, {
    outcomeId: answered.outcomeId,
    placeId: nl,
    title: '将制种费用结算时限纳入企业信用评价',
    owner: shichang,
    createdBy: ma,
    dueAt: at(40),
    status: 'in_progress',
    createdAt: at(-4),
    milestones: [
      ['起草评价指标', at(-1), at(-1.5)],
      ['征求种业公司和合作社意见', at(15), null],
      ['发布实施', at(40), null],
    ],
    steps: [
      { kind: 'milestone_done', by: shichang, at: at(-1.5), data: { milestone: '起草评价指标', done: true } },
      {
        kind: 'progress',
        by: shichang,
        at: at(-1),
        note: '已起草《种业企业结算信用评价指标》，拟于下周征求种业公司和合作社意见。',
        data: { from: 'not_started', to: 'in_progress' },
      },
    ],
    extra: { lastProgressAt: at(-1) },
  });
  await tx
    .update(outcomes)
    .set({ status: 'carrying_out', updatedAt: at(-4) })
    .where(eq(outcomes.id, answered.outcomeId));

  // the notices these steps filed (the bell of each person concerned); a new task's shows its deadline
  const tell = (
    t: { id: string; code: string; title: string; dueAt: Date },
    kind: Parameters<typeof notify>[1]['kind'],
    to: Who,
    by: Who,
    note?: string,
  ) =>
    notify(tx, {
      accountIds: [to.id],
      kind,
      params: {
        code: t.code,
        title: t.title,
        actor: by.name,
        ...(note ? { note } : {}),
        ...(kind === 'task_assigned' ? { dueAt: t.dueAt.toISOString() } : {}),
      },
      entityType: 'task',
      entityId: t.id,
    });
  await tell(contract, 'task_assigned', nongye, ma);
  await tell(credit, 'task_assigned', shichang, ma);
  await tell(contract, 'task_urged', nongye, ma, '已过办理时限，请于明日前报送约谈情况和修订方案。');
  await tell(contract, 'task_escalated', zhang, ma, '催办后仍未报送进展，提请区政府督办。');
  for (const to of [nongye, ma])
    await tell(contract, 'task_instructed', to, zhang, '请区农业农村局三日内约谈种业公司，一周内报送合同修订方案。');
  await tell(
    credit,
    'task_progress',
    ma,
    shichang,
    '已起草《种业企业结算信用评价指标》，拟于下周征求种业公司和合作社意见。',
  );

  await seedDemoCarriedOut(tx, { places, accounts }, { ma, nongye, zhang });
  const wang = who('member.wang', '王海燕委员');
  await seedDemoProposal(tx, { outcomeId: answered.outcomeId }, { ma, wang, nongye, shichang });
  // what the scheduler would raise by now: the overdue task, the revisit due
  await raiseReminders(tx);
}
