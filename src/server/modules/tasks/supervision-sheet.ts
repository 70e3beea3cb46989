import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { DbOrTx } from '../../platform/db';
import { consensusItems, taskMilestones } from '../../platform/db/schema';
import { docNumber } from '../../platform/docx/doc-number';
import { type GongwenRow, gongwenDate, linesOf, renderGongwen } from '../../platform/docx/gongwen';
import { forbidden, notFound } from '../../platform/errors';
import { eventsOfTasks, flagText, numberedEntries, PROGRESS_KINDS, statusText } from './document-lines';
import { TASK_DOC_WORDS } from './document-words';
import { canTask } from './policy';
import { findVisibleTask, type TaskRow } from './queries';
import { SHEET_WORDS } from './sheet-words';

async function partsOf(db: DbOrTx, t: TaskRow) {
  const [milestones, events, items] = await Promise.all([
    db
      .select({ title: taskMilestones.title, dueAt: taskMilestones.dueAt, doneAt: taskMilestones.doneAt })
      .from(taskMilestones)
      .where(eq(taskMilestones.taskId, t.id))
      .orderBy(asc(taskMilestones.position)),
    eventsOfTasks(db, [t.id]),
    t.consensusItemId
      ? db
          .select({ number: consensusItems.number, text: consensusItems.text })
          .from(consensusItems)
          .where(eq(consensusItems.id, t.consensusItemId))
      : [],
  ]);
  return { milestones, events, consensusItem: items[0] };
}

/**
 * 督办单: the task as the paper that presses it — number, matter and where it comes from, the unit
 * and co-units, the time limit, where it stands and its flag, every 催办 (when, who, what), the
 * escalation and the leaders' 批示, the progress reported so far, then the requirements and room
 * for the unit's 反馈. For those who press the task (404 unseen, 403 otherwise), in their language.
 */
export async function supervisionSheet(ctx: Ctx, id: string, now = new Date()) {
  const t = await findVisibleTask(ctx.db, ctx.actor, id);
  if (!t) throw notFound();
  if (!canTask(ctx.actor, 'sheet', t)) throw forbidden();
  const { milestones, events, consensusItem } = await partsOf(ctx.db, t);
  const { locale } = ctx;
  const w = SHEET_WORDS[locale];
  const tw = TASK_DOC_WORDS[locale];
  const deadline = gongwenDate(t.dueAt, locale);
  const flag = flagText(t, now, locale);

  const rows: GongwenRow[] = [
    { label: w.number, lines: [t.code] },
    { label: w.matter, lines: [t.title] },
    {
      label: w.source,
      lines: [
        w.sourceLine(t.outcome.code, t.outcome.title),
        ...(consensusItem ? [w.consensusItem(consensusItem.number, consensusItem.text)] : []),
      ],
    },
    { label: w.detail, lines: t.detail ? linesOf(t.detail) : [tw.none] },
    { label: w.owner, lines: [t.owner.displayName] },
    { label: w.coUnits, lines: [t.coUnits.length > 0 ? t.coUnits.join(tw.list) : tw.none] },
    { label: w.deadline, lines: [w.deadlineLine(deadline)] },
    { label: w.status, lines: [statusText(t, locale)] },
    ...(flag ? [{ label: w.flag, lines: [flag] }] : []),
    ...(milestones.length > 0
      ? [
          {
            label: w.milestones,
            lines: milestones.map((m, i) =>
              w.milestoneLine(
                i + 1,
                m.title,
                m.dueAt ? gongwenDate(m.dueAt, locale) : null,
                m.doneAt ? gongwenDate(m.doneAt, locale) : null,
              ),
            ),
          },
        ]
      : []),
    { label: w.urges, lines: numberedEntries(events, ['urged'], locale) },
    { label: w.escalation, lines: numberedEntries(events, ['escalated'], locale) },
    { label: w.instructions, lines: numberedEntries(events, ['instructed'], locale) },
    { label: w.progress, lines: numberedEntries(events, PROGRESS_KINDS, locale) },
    { label: w.requirements, lines: w.requirementLines(deadline) },
    { label: w.feedback, lines: [], blankLines: 5 },
    { label: w.receipt, lines: [w.receiptLine] },
  ];
  const council = `${t.place.name}协商议事会`;
  const buffer = await renderGongwen({
    masthead: council,
    docNumber: docNumber(t.place.name, t.code, '督'),
    title: w.title,
    addressee: t.owner.displayName,
    blocks: [
      { kind: 'paragraph', text: w.intro },
      { kind: 'table', rows },
    ],
    issuer: council,
    date: now,
    locale,
  });
  return { buffer, fileName: w.fileName(t.code) };
}
