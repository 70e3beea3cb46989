import type { FigureKey } from '../../../shared/api/dashboard';
import type { ReportPeriod } from '../../../shared/api/dashboard-report';
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { type GongwenBlock, gongwenDate, gongwenDateTime, renderGongwen } from '../../platform/docx/gongwen';
import { headingNumber } from '../../platform/docx/numbering';
import { invalid, notFound } from '../../platform/errors';
import { findVisiblePlace } from '../places';
import { getDashboard } from './get-dashboard';
import { periodOf } from './period';
import { reportSpanOf } from './report-period';
import { carriedOutOutcomes, notableConsultations } from './report-records';
import { PERIODIC_REPORT_WORDS } from './report-words';

type Words = (typeof PERIODIC_REPORT_WORDS)[keyof typeof PERIODIC_REPORT_WORDS];
type Values = Map<FigureKey, number | null>;

/** The headline sentences, section by section; a figure the dashboard did not give is left out. */
const SENTENCES = [
  ['submissions', ['received', 'sorted', 'solved', 'satisfaction']],
  ['deliberation', ['topics', 'consultations', 'participants']],
  ['outcomes', ['outcomesSent', 'outcomesAnswered', 'outcomesAdopted', 'outcomesCarriedOut']],
  ['proposals', ['proposals', 'proposalReplyRate', 'proposalMeetingRate', 'proposalSatisfactionRate']],
  ['duty', ['dutyPoints', 'membersGraded']],
] as const satisfies [keyof Words['lead'], FigureKey[]][];
const COVERAGE = [
  'places',
  'councils',
  'rooms',
  'fourHaves',
  'workstations',
  'demonstrations',
  'members',
  'placesWithMembers',
] as const;
/** The columns of the table by child place, after its name. */
const COLUMNS = [
  'received',
  'solved',
  'satisfaction',
  'consultations',
  'participants',
  'outcomesSent',
  'outcomesCarriedOut',
] as const satisfies FigureKey[];

function sentence(w: Words, lead: keyof Words['lead'], keys: readonly FigureKey[], v: Values): GongwenBlock[] {
  const clauses = keys.flatMap((k) => {
    if (!v.has(k)) return [];
    const n = v.get(k);
    if (n === null || n === undefined) return k === 'satisfaction' ? [w.noRating] : [];
    return [w.clauses[k](n)];
  });
  return clauses.length ? [{ kind: 'paragraph', text: w.sentence(w.lead[lead], clauses) }] : [];
}

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));

/**
 * 月报/季报/年报: a place's figures for a calendar month, quarter or year as a 公文-style Word
 * document — the headline figures in sentences, the table by child place, the consultations held
 * with most people and the outcomes carried out — from the dashboard's own computation, so the
 * report and the dashboard say the same. Same access as the dashboard; audited.
 */
export async function exportPeriodicReport(
  ctx: Ctx,
  q: { placeId?: string | undefined; period: ReportPeriod; date?: string | undefined },
  now = new Date(),
) {
  const span = reportSpanOf(q.period, q.date, now);
  const d = await getDashboard(ctx, { placeId: q.placeId, from: span.from, to: span.to });
  // a viewer with several top places gets no default place: the report needs one named
  if (!d.place) throw invalid([{ path: 'placeId', key: 'invalid_type' }]);
  const place = await findVisiblePlace(ctx.db, ctx.actor, d.place.id);
  if (!place) throw notFound();
  const period = periodOf(span, now);
  const [held, carried] = await Promise.all([
    notableConsultations(ctx.db, ctx.actor, place, period),
    carriedOutOutcomes(ctx.db, ctx.actor, place, period),
  ]);
  const { locale } = ctx;
  const w = PERIODIC_REPORT_WORDS[locale];
  const v: Values = new Map(d.figures.map((f) => [f.key, f.value]));
  const day = (s: string) => gongwenDate(new Date(`${s}T04:00:00Z`), locale);
  const sections: [string, GongwenBlock[]][] = [
    [w.headings.overview, SENTENCES.flatMap(([lead, keys]) => sentence(w, lead, keys, v))],
    [w.headings.coverage, sentence(w, 'coverage', COVERAGE, v)],
    [
      w.headings.table,
      d.children.length
        ? [
            {
              kind: 'grid',
              header: w.header,
              rows: d.children.map((c) => {
                const f = new Map(c.figures.map((x) => [x.key, x.value]));
                return [c.place.name, ...COLUMNS.map((k) => cell(f.get(k)))];
              }),
            },
          ]
        : [{ kind: 'paragraph', text: w.noChildren }],
    ],
    [
      w.headings.consultations,
      held.length
        ? held.map((c) => ({
            kind: 'paragraph' as const,
            text: w.consultation({ ...c, date: gongwenDate(c.startsAt, locale) }),
          }))
        : [{ kind: 'paragraph', text: w.noConsultations }],
    ],
    [
      w.headings.outcomes,
      carried.length
        ? carried.map((o) => ({ kind: 'paragraph' as const, text: w.outcome(o) }))
        : [{ kind: 'paragraph', text: w.noOutcomes }],
    ],
  ];
  const title = w.title(d.place.name, w.span(span));
  const buffer = await renderGongwen({
    masthead: w.issuer(d.place.name),
    docNumber: w.docNumber(d.place.name, span),
    title,
    blocks: [
      { kind: 'paragraph', text: w.intro(d.place.name, day(span.from), day(span.to)) },
      ...sections
        .filter(([, blocks]) => blocks.length > 0)
        .flatMap(([heading, blocks], i): GongwenBlock[] => [
          { kind: 'heading1', text: `${headingNumber(i + 1, 1, locale)}${heading}` },
          ...blocks,
        ]),
      { kind: 'paragraph', text: w.generated(gongwenDateTime(now, locale)) },
    ],
    issuer: w.issuer(d.place.name),
    date: now,
    locale,
  });
  await writeAudit(ctx.db, ctx, {
    action: 'dashboard.report',
    entityType: 'place',
    entityId: place.id,
    placePath: place.path,
    after: { period: span.kind, from: span.from, to: span.to },
  });
  return { buffer, fileName: w.fileName(title) };
}
