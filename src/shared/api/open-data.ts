// Open data (开放数据): a place's public aggregate figures, as JSON and CSV, open to all.
import { z } from 'zod';
import { PLACE_KINDS } from '../enums';
import { IsoDate } from './common';
import { FIGURE_UNITS } from './dashboard';

/** The only figures published: counts and an average, never a person, a link or free text. */
export const OPEN_FIGURES = [
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
export type OpenFigure = (typeof OPEN_FIGURES)[number];

export const OpenDataParams = z.object({ code: z.string().min(1).max(64) });

/** `year=2026`, or `from`/`to` local dates; by default 1 January of this year to today. */
export const OpenDataQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const OpenFigures = z.object({
  place: z.object({ code: z.string(), name: z.string(), kind: z.enum(PLACE_KINDS) }),
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  figures: z.array(
    z.object({ key: z.enum(OPEN_FIGURES), name: z.string(), value: z.number().nullable(), unit: z.enum(FIGURE_UNITS) }),
  ),
  generatedAt: IsoDate,
});
