// 落实情况报告 lives in tasks, not outcomes: tasks already reads outcomes (and evaluations) through
// their doors, and neither of them reads tasks — outcomes counts task rows itself — so a report in
// outcomes that took its tasks from this module would close the cycle outcomes ↔ tasks. Revisits are
// read from their table (revisits-read.ts) for the same reason.
import { type Locale, TASK_STATUSES } from '../../../shared/enums';
import type { Ctx } from '../../platform/context';
import { isWithin } from '../../platform/db/place-path';
import {
  type GongwenBlock,
  gongwenDate,
  gongwenDateTime,
  labelled,
  linesOf,
  renderGongwen,
} from '../../platform/docx/gongwen';
import { headingNumber } from '../../platform/docx/numbering';
import { AppError, forbidden, notFound } from '../../platform/errors';
import { scoreOfOutcome } from '../evaluations';
import { findVisibleOutcome, outcomeDocumentParts } from '../outcomes';
import { type DocEvent, entryLine, eventsOfTasks, flagText, PROGRESS_KINDS, statusText } from './document-lines';
import { TASK_DOC_WORDS } from './document-words';
import { boardRoots } from './policy';
import { everyTaskOfOutcome, type TaskRow } from './queries';
import { REPORT_WORDS } from './report-words';
import { revisitsOfOutcome } from './revisits-read';
import { taskFlag } from './rules';

type Revisit = Awaited<ReturnType<typeof revisitsOfOutcome>>[number];
type Score = Awaited<ReturnType<typeof scoreOfOutcome>>;

/** A label with its entries as lines beneath it ("无" beside it when there are none). */
function labelledLines(label: string, lines: string[], none: string): GongwenBlock[] {
  return [
    { kind: 'label', label, text: lines.length === 0 ? none : '' },
    ...lines.map((text) => ({ kind: 'paragraph' as const, text })),
  ];
}

/** 任务落实情况: a line of counts, then each task with its unit, deadline, status, progress, 督办 and 验收. */
function taskBlocks(list: TaskRow[], events: DocEvent[], now: Date, locale: Locale): GongwenBlock[] {
  const w = REPORT_WORDS[locale];
  const tw = TASK_DOC_WORDS[locale];
  if (list.length === 0) return [{ kind: 'paragraph', text: w.noTasks }];
  const counts = TASK_STATUSES.map((s) => [s, list.filter((t) => t.status === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  const overdue = list.filter((t) => taskFlag(t, now).reasons.includes('overdue')).length;
  const blocks: GongwenBlock[] = [
    {
      kind: 'paragraph',
      text: w.taskSummary(list.length, [
        ...counts.map(([s, n]) => w.statusCount(tw.statuses[s], n)),
        ...(overdue > 0 ? [w.overdueCount(overdue)] : []),
      ]),
    },
  ];
  list.forEach((t, i) => {
    const mine = events.filter((e) => e.taskId === t.id);
    const lines = (kinds: readonly DocEvent['kind'][]) =>
      mine.filter((e) => kinds.includes(e.kind)).map((e) => entryLine(e, locale));
    const flag = flagText(t, now, locale);
    const accepted = mine.filter((e) => e.kind === 'accepted').at(-1);
    const acceptance = [
      ...(t.finishedAt ? [w.finished(gongwenDateTime(t.finishedAt, locale))] : []),
      t.status === 'accepted' && t.acceptedAt
        ? w.accepted(gongwenDateTime(t.acceptedAt, locale), accepted?.actor ?? tw.someone)
        : w.notAccepted,
    ];
    blocks.push(
      { kind: 'heading2', text: `${headingNumber(i + 1, 2, locale)}${t.code} ${t.title}` },
      ...linesOf(t.detail ?? '').map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'label', label: w.task.owner, text: t.owner.displayName },
      { kind: 'label', label: w.task.coUnits, text: t.coUnits.length > 0 ? t.coUnits.join(tw.list) : tw.none },
      { kind: 'label', label: w.task.deadline, text: gongwenDate(t.dueAt, locale) },
      { kind: 'label', label: w.task.status, text: statusText(t, locale) },
      ...(flag ? [{ kind: 'label' as const, label: w.task.flag, text: flag }] : []),
      ...labelledLines(w.task.progress, lines(PROGRESS_KINDS.filter((k) => k !== 'accepted')), tw.none),
      ...labelledLines(w.task.pressing, lines(['urged', 'escalated', 'instructed']), tw.none),
      { kind: 'label', label: w.task.acceptance, text: acceptance.join(tw.list) },
    );
  });
  return blocks;
}

/** 回头看: each revisit with what was found, what residents say, and whether the problem came back. */
function revisitBlocks(list: Revisit[], reviewDueAt: Date | null, locale: Locale): GongwenBlock[] {
  const w = REPORT_WORDS[locale];
  if (list.length === 0)
    return [{ kind: 'paragraph', text: w.noRevisit(reviewDueAt ? gongwenDate(reviewDueAt, locale) : null) }];
  return list.flatMap((r, i): GongwenBlock[] => [
    { kind: 'heading2', text: `${headingNumber(i + 1, 2, locale)}${w.revisit(gongwenDate(r.visitedAt, locale))}` },
    ...labelled(w.findings, r.findings),
    ...(r.residentsView ? labelled(w.residentsView, r.residentsView) : []),
    { kind: 'label', label: w.problemBack, text: r.isProblemBack ? w.back(r.taskCode) : w.notBack },
    ...(r.recordedBy ? [{ kind: 'label' as const, label: w.recordedBy, text: r.recordedBy }] : []),
  ]);
}

/** 三评: the combined score and each voice's mean, or that nobody has evaluated yet. */
function evaluationBlocks(score: Score, locale: Locale): GongwenBlock[] {
  const w = REPORT_WORDS[locale];
  if (score.score === null) return [{ kind: 'paragraph', text: w.noEvaluation }];
  return [
    { kind: 'paragraph', text: w.score(score.score) },
    ...score.parts.map((p) => ({ kind: 'paragraph' as const, text: w.part(w.kinds[p.kind], p.count, p.mean) })),
  ];
}

/**
 * 落实情况报告: what became of a sent outcome — its consensus, to whom it went and their replies, the
 * leaders' 批示, each task with its progress, 督办 and 验收, the revisits and the 三评 score — for
 * the outcome's region (its liaisons, leaders and members), in their language. A department it was
 * sent to reads the outcome but only its own tasks (as on the 落实情况 card), so the report, which
 * names every unit's, is not theirs: 403. 404 unseen, 409 while it is a draft.
 */
export async function implementationReport(ctx: Ctx, outcomeId: string, now = new Date()) {
  const o = await findVisibleOutcome(ctx.db, ctx.actor, outcomeId);
  if (!o) throw notFound();
  if (!boardRoots(ctx.actor).some((root) => isWithin(o.placePath, root))) throw forbidden();
  if (o.status === 'draft' || !o.sentAt) throw new AppError(409, 'task_report_not_sent');
  const { locale } = ctx;
  const w = REPORT_WORDS[locale];
  const [parts, list, revisits, score] = await Promise.all([
    outcomeDocumentParts(ctx.db, o, locale),
    everyTaskOfOutcome(ctx.db, o.id),
    revisitsOfOutcome(ctx.db, o.id),
    scoreOfOutcome(ctx.db, o.id),
  ]);
  const events = await eventsOfTasks(
    ctx.db,
    list.map((t) => t.id),
  );
  const intro = w.intro({
    date: gongwenDate(o.sentAt, locale),
    council: parts.council,
    title: o.title,
    ...(parts.docNumber ? { number: parts.docNumber } : {}),
    ...(parts.addressee ? { addressee: parts.addressee } : {}),
  });
  const sections: [string, GongwenBlock[]][] = [
    [
      w.headings.consensus,
      parts.consensus.length > 0
        ? parts.consensus.map((c) => ({ kind: 'paragraph', text: `${c.number}. ${c.text}` }))
        : [{ kind: 'paragraph', text: w.noConsensus }],
    ],
    [w.headings.answers, parts.answers],
    [w.headings.instructions, parts.instructions],
    [w.headings.tasks, taskBlocks(list, events, now, locale)],
    [w.headings.revisits, revisitBlocks(revisits, o.reviewDueAt, locale)],
    [w.headings.evaluation, evaluationBlocks(score, locale)],
  ];
  const buffer = await renderGongwen({
    masthead: parts.council,
    title: w.title(o.title),
    addressee: parts.addressee,
    blocks: [
      { kind: 'paragraph', text: intro },
      ...sections.flatMap(([heading, blocks], i): GongwenBlock[] => [
        { kind: 'heading1', text: `${headingNumber(i + 1, 1, locale)}${heading}` },
        ...blocks,
      ]),
    ],
    issuer: parts.council,
    date: now,
    locale,
  });
  return { buffer, fileName: w.fileName(o.code, o.title) };
}
