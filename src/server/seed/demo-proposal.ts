import { eq } from 'drizzle-orm';
import { seedDemoProposals } from '../modules/proposals';
import type { DbOrTx } from '../platform/db';
import { nextCode } from '../platform/db/codes';
import { outcomeRecipients, outcomes, places } from '../platform/db/schema';
import type { Who } from './demo-tasks';

const DAY = 86_400_000;

/**
 * A member's proposal (提案) drawn from 南岭镇's seed-corn consultation, sent to 区农业农村局 and
 * 区市场监管局 two months ago: one has replied (解决采纳), met 王海燕委员 and was rated 满意; the
 * other replied (列入计划) and has yet to meet her.
 */
export async function seedDemoProposal(
  tx: DbOrTx,
  from: { outcomeId: string },
  people: { ma: Who; wang: Who; nongye: Who; shichang: Who },
) {
  const at = (days: number) => new Date(Date.now() + days * DAY);
  const [source] = await tx
    .select({ consultationId: outcomes.consultationId, placeId: outcomes.placeId, path: places.path })
    .from(outcomes)
    .innerJoin(places, eq(places.id, outcomes.placeId))
    .where(eq(outcomes.id, from.outcomeId));
  if (!source) throw new Error('the demo proposal needs the seed-corn outcome');
  const sentAt = at(-60);
  const [proposal] = await tx
    .insert(outcomes)
    .values({
      code: await nextCode(tx, 'CG', sentAt),
      consultationId: source.consultationId,
      placeId: source.placeId,
      type: 'proposal',
      title: '关于建立玉米制种费用结算监管机制的提案',
      body: '建议区农业农村局会同区市场监管局建立制种合同备案和结算时限监管机制，将种业企业按时结算情况纳入信用评价。',
      status: 'sent',
      createdById: people.ma.id,
      sentAt,
      createdAt: at(-61),
    })
    .returning({ id: outcomes.id });
  const outcomeId = proposal?.id as string;
  await tx.insert(outcomeRecipients).values(
    [people.nongye, people.shichang].map((unit) => ({
      outcomeId,
      accountId: unit.id,
      sentById: people.ma.id,
      sentAt,
    })),
  );
  await seedDemoProposals(tx, {
    outcomeId,
    placePath: source.path,
    liaisonId: people.ma.id,
    unitIds: [people.nongye.id, people.shichang.id],
    proposerId: people.wang.id,
  });
}
