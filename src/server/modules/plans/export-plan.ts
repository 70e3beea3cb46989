import type { TopicUrgency } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import { type GongwenBlock, paragraphsOf, renderGongwen } from '../../platform/docx/gongwen';
import { chineseNumber } from '../../platform/docx/numbering';
import { type LoadedPlanItem, loadYearPlanItems } from './load';
import { findPlanDistrict } from './queries';
import { quarterOf } from './rules';

const QUARTERS = ['第一季度（1—3月）', '第二季度（4—6月）', '第三季度（7—9月）', '第四季度（10—12月）'];
const URGENCY_WORDS = { major: '大事大议', minor: '小事小议', urgent: '急事快议' } as const satisfies Record<
  TopicUrgency,
  string
>;

/** The plan's body: approved items only, by quarter (unscheduled ones last), numbered throughout. */
export function planBlocks(districtName: string, year: number, items: LoadedPlanItem[]): GongwenBlock[] {
  const approved = items.filter((i) => i.status === 'approved');
  if (approved.length === 0) {
    return [
      {
        kind: 'paragraph',
        text: `${districtName}${year}年度协商计划尚无经审定的议题。待审定和已退回的议题不列入本计划。`,
      },
    ];
  }
  const blocks: GongwenBlock[] = [
    {
      kind: 'paragraph',
      text: `经审定，${districtName}${year}年度协商计划共列入议题${approved.length}项，现印发如下（待审定和已退回的议题不列入本计划）。`,
    },
  ];
  const sections = [1, 2, 3, 4, null].map((q) => ({
    heading: q === null ? '时间待定' : (QUARTERS[q - 1] as string),
    items: approved.filter((i) => quarterOf(i.plannedMonth) === q),
  }));
  let n = 0;
  let section = 0;
  for (const s of sections) {
    if (s.items.length === 0) continue;
    blocks.push({ kind: 'heading1', text: `${chineseNumber(++section)}、${s.heading}` });
    for (const item of s.items) {
      blocks.push({ kind: 'heading2', text: `（${chineseNumber(++n)}）${item.topic.title}` });
      blocks.push({ kind: 'label', label: '议题编号', text: item.topic.code });
      blocks.push({ kind: 'label', label: '协商层级', text: item.topic.place.name });
      blocks.push({ kind: 'label', label: '计划时间', text: item.plannedMonth ? `${item.plannedMonth}月` : '待定' });
      blocks.push({ kind: 'label', label: '议事方式', text: URGENCY_WORDS[item.topic.urgency] });
      if (item.note) blocks.push({ kind: 'label', label: '说明', text: item.note });
      if (item.topic.description) blocks.push(...paragraphsOf(item.topic.description));
    }
  }
  return blocks;
}

/** The year's plan as a Word document in 公文 style, with its file name. */
export async function exportPlan(ctx: Ctx, districtId: string, year: number) {
  const district = await findPlanDistrict(ctx.db, ctx.actor, districtId);
  const items = await loadYearPlanItems(ctx.db, ctx.actor, district.id, year);
  const title = `${district.name}政协${year}年度协商计划`;
  const buffer = await renderGongwen({
    masthead: `${district.name}政协`,
    title,
    blocks: planBlocks(district.name, year, items),
    issuer: `${district.name}政协`,
    date: new Date(),
  });
  return { buffer, fileName: `${title}.docx` };
}
