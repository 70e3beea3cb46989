import { inArray } from 'drizzle-orm';
import type { AuditEntry } from '../../platform/audit';
import type { DbOrTx } from '../../platform/db';
import { accounts, auditEvents, proposalHandlings } from '../../platform/db/schema';
import { shanghaiYear } from './rules';
import { stepAudit } from './steps';

const DAY = 86_400_000;

type DemoProposal = {
  /** an outcome of type 'proposal', already sent */
  outcomeId: string;
  /** its place's path */
  placePath: string;
  liaisonId: string;
  /** two department accounts: the first replies, meets and is rated 满意; the second has replied */
  unitIds: [string, string];
  /** the member who proposed it */
  proposerId: string;
};

/**
 * The demo's proposal handling (提案办理): one unit replied (解决采纳), met the proposer and was rated
 * 满意; another replied (列入计划) and has yet to meet them. Each step has its audit event, as the
 * use cases write them, so the handling pages show their steps.
 */
export async function seedDemoProposals(tx: DbOrTx, d: DemoProposal) {
  const now = Date.now();
  const people = await tx
    .select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, [d.liaisonId, d.proposerId, ...d.unitIds]));
  // audit events as writeAudit writes them, dated when each step was taken
  const audit = async (actorId: string, when: Date, e: AuditEntry) => {
    const p = people.find((x) => x.id === actorId);
    await tx.insert(auditEvents).values({
      ...e,
      at: when,
      actorId,
      actorName: p ? `${p.displayName} (${p.username})` : null,
      before: e.before ?? null,
      after: e.after ?? null,
    });
  };
  const proposer = people.find((p) => p.id === d.proposerId)?.displayName ?? '';
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);

  const [first, second] = d.unitIds;
  const rows = await tx
    .insert(proposalHandlings)
    .values([
      {
        outcomeId: d.outcomeId,
        unitId: first,
        proposer,
        proposerId: d.proposerId,
        year: shanghaiYear(at(40)),
        dueAt: new Date(at(40).getTime() + 90 * DAY),
        replyCategory: 'adopted',
        reply: '经研究，采纳提案建议：已会同镇政府修订制种合同范本，结算时限纳入企业信用评价。',
        repliedAt: at(20),
        metAt: at(15),
        metWith: '区农业农村局副局长 刘伟',
        meetingNote: '在南岭镇政协委员工作站当面沟通办理情况。',
        satisfaction: 'satisfied',
        satisfactionNote: '办理及时，措施具体。',
        satisfactionAt: at(10),
        createdById: d.liaisonId,
        createdAt: at(40),
      },
      {
        outcomeId: d.outcomeId,
        unitId: second,
        proposer,
        proposerId: d.proposerId,
        year: shanghaiYear(at(40)),
        dueAt: new Date(at(40).getTime() + 90 * DAY),
        replyCategory: 'planned',
        reply: '已列入明年工作计划，拟开展制种户技术培训。',
        repliedAt: at(5),
        createdById: d.liaisonId,
        createdAt: at(40),
      },
    ])
    .returning();
  for (const h of rows) {
    const scope = { id: h.id, placePath: d.placePath };
    await audit(
      d.liaisonId,
      h.createdAt,
      stepAudit('proposal.assign', scope, { round: 1, dueAt: h.dueAt.toISOString(), year: h.year, unitId: h.unitId }),
    );
    if (h.replyCategory && h.reply && h.repliedAt)
      await audit(
        h.unitId,
        h.repliedAt,
        stepAudit('proposal.reply', scope, { round: 1, category: h.replyCategory, reply: h.reply }),
      );
    if (h.metAt && h.metWith)
      await audit(
        h.unitId,
        h.metAt,
        stepAudit('proposal.meet', scope, {
          round: 1,
          metAt: h.metAt.toISOString(),
          metWith: h.metWith,
          note: h.meetingNote,
        }),
      );
    if (h.satisfaction && h.satisfactionAt)
      await audit(
        d.proposerId,
        h.satisfactionAt,
        stepAudit('proposal.rate', scope, {
          round: 1,
          satisfaction: h.satisfaction,
          note: h.satisfactionNote,
          onBehalf: false,
        }),
      );
  }
  return rows.map((h) => h.id);
}
