// The dashboard's wire contract (数据看板): the figures of a place and a period, the same figures for
// each child place (to compare townships), and the trend by month. Every figure carries the console
// link of the list behind it, with the same filters, so the number and the list always agree.
import { z } from 'zod';
import { IsoDate, PlaceRef } from './common';

export const DASHBOARD_SECTIONS = ['coverage', 'submissions', 'deliberation', 'outcomes', 'proposals', 'duty'] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/**
 * Every figure the dashboard reports. Coverage figures are as of today; the others count records of
 * the period (by the date the record says happened: received, held, sent, answered…).
 */
export const FIGURE_KEYS = [
  // coverage 覆盖
  'places', // villages and communities in the subtree
  'councils', // 协商议事会
  'rooms', // 协商议事室
  'fourHaves', // rooms with all of 四有
  'workstations', // 委员工作站
  'demonstrations', // 示范点
  'members', // members serving in the subtree
  'placesWithMembers', // villages and communities with at least one member serving there
  // submissions 民意收集
  'received',
  'sorted',
  'solved',
  'overdue',
  'satisfaction', // average 1–5 of the rated ones
  // deliberation 协商议事
  'topics',
  'consultations',
  'participants', // 人次
  // outcomes 成果
  'outcomesSent',
  'outcomesAnswered',
  'outcomesAdopted',
  'outcomesCarriedOut',
  'outcomesEvaluated',
  // proposals 提案
  'proposals',
  'proposalReplyRate',
  'proposalMeetingRate',
  'proposalSatisfactionRate',
  // members' duty 委员履职
  'dutyPoints',
  'membersGraded',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** How a figure reads: a count, 人次, a percentage (0–100), an average (1–5) or ledger points. */
export const FIGURE_UNITS = ['count', 'personTimes', 'percent', 'average', 'points'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * A console link to the list behind a number: a path and the list's own query parameters
 * (the same names its page reads from the address and sends to the API), e.g.
 * `/submissions?placeId=…&from=…&to=…&overdue=true`. Null when no list can show the records.
 */
export const FigureLink = z.string().nullable();

/** One part of a figure (received by channel, consultations by form…): `key` is the enum value or a category id. */
export const FigurePart = z.object({
  key: z.string(),
  /** the category's name when `key` is an id; enum values are named by the console */
  label: z.string().nullable(),
  value: z.number(),
  link: FigureLink,
});

export const Figure = z.object({
  key: z.enum(FIGURE_KEYS),
  section: z.enum(DASHBOARD_SECTIONS),
  unit: z.enum(FIGURE_UNITS),
  /** null when there is nothing to compute it from (an average of no ratings) */
  value: z.number().nullable(),
  link: FigureLink,
  /** by channel, category, level, source, form, participant kind, grade — where the figure has one */
  breakdowns: z.array(z.object({ by: z.string(), parts: z.array(FigurePart) })),
});

/**
 * A child place's row in the drill-down table: the same figures. Their links are the child's as
 * `figureLink` (shared/figure-links) makes them from the key, the child and `period` — not sent.
 */
export const ChildFigures = z.object({
  place: PlaceRef,
  /** whether the child has children of its own to drill into */
  hasChildren: z.boolean(),
  figures: z.array(Figure.omit({ breakdowns: true, section: true, link: true })),
});

export const DashboardQuery = z.object({
  /** default: the viewer's top place, or all of their reach when it has several (a province leader at every district) */
  placeId: z.uuid().optional(),
  /** local dates (deployment time zone), inclusive; default: 1 January of this year to today */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const Dashboard = z.object({
  /** null: all of the viewer's reach (its top places are the children; links carry no place) */
  place: PlaceRef.nullable(),
  /** from the widest place in reach down to the parent of `place`, to drill back up (none for all of the reach) */
  ancestors: z.array(PlaceRef),
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  figures: z.array(Figure),
  children: z.array(ChildFigures),
  /** month by month ('2026-01'…) over the period, at least the six months up to its end */
  trend: z.object({
    months: z.array(z.string()),
    series: z.array(z.object({ key: z.enum(FIGURE_KEYS), values: z.array(z.number()) })),
  }),
  generatedAt: IsoDate,
});
