// Open data (开放数据): the public, aggregate figures of a place, as JSON or CSV, without a session.
// Counts and an average only — never a person, a name or free text.
import { z } from 'zod';
import { IsoDate } from './common';

/** The figures published, a subset of the dashboard's: each is a count, 人次 or an average of ratings. */
export const OPEN_FIGURE_KEYS = [
  'places',
  'councils',
  'rooms',
  'received',
  'solved',
  'satisfaction',
  'consultations',
  'participants',
  'outcomesSent',
  'outcomesCarriedOut',
] as const;
export type OpenFigureKey = (typeof OPEN_FIGURE_KEYS)[number];

export const OpenDataParams = z.object({
  code: z.string().min(1).max(64),
  format: z.enum(['json', 'csv']),
});

export const OpenDataQuery = z
  .object({
    /** a calendar year; default: this year up to today */
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    /** local dates (deployment time zone), inclusive; instead of `year` */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((q) => q.year === undefined || (q.from === undefined && q.to === undefined), {
    path: ['year'],
    message: 'year or from/to, not both',
  });

export const OpenFigures = z.object({
  place: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  figures: z.array(
    z.object({
      key: z.enum(OPEN_FIGURE_KEYS),
      /** the figure's name in Chinese, as the CSV's second column */
      name: z.string(),
      unit: z.enum(['count', 'personTimes', 'average']),
      /** null when there is nothing to compute it from (no ratings) */
      value: z.number().nullable(),
    }),
  ),
  generatedAt: IsoDate,
});
