// The periodic report's request (月报/季报/年报): a place in the viewer's reach and the period that
// holds a local date. The answer is a 公文-style Word document.
import { z } from 'zod';

export const REPORT_PERIODS = ['month', 'quarter', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const DashboardReportQuery = z.object({
  /** default: the widest place in the viewer's reach, as the dashboard's */
  placeId: z.uuid().optional(),
  period: z.enum(REPORT_PERIODS).default('month'),
  /** a local date (deployment time zone) inside the period; default: the last full period */
  date: z.iso.date().optional(),
});
