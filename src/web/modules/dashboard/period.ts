// The period picker's presets, counted in days where the deployment is (src/shared/time-zone.ts):
// "this month" in Beijing starts on the 1st there, whatever the browser's zone says. Pure: the
// caller passes today's date (deploymentDay(Date.now())).

export const PERIOD_PRESETS = ['month', 'quarter', 'year', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type Period = { from: string; to: string };

/** The default period: this year to date. */
export const DEFAULT_PRESET: PeriodPreset = 'year';

const pad = (n: number) => String(n).padStart(2, '0');
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isDay(v: string | null | undefined): v is string {
  const m = v ? DATE.exec(v) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The days a preset covers, given today's date where the deployment is: the current ones end today. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const [y, m] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'month':
      return { from: `${y}-${pad(m)}-01`, to: today };
    case 'quarter':
      return { from: `${y}-${pad(Math.floor((m - 1) / 3) * 3 + 1)}-01`, to: today };
    case 'year':
      return { from: `${y}-01-01`, to: today };
    case 'lastYear':
      return { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` };
  }
}

/** Which preset a period is (to light it in the picker), or 'custom'. */
export function presetOf(period: Period, today: string): PeriodPreset | 'custom' {
  return (
    PERIOD_PRESETS.find((p) => {
      const q = presetPeriod(p, today);
      return q.from === period.from && q.to === period.to;
    }) ?? 'custom'
  );
}

/** The month's days ('2026-03' → 1 to 31 March), for a click on the trend. */
export function monthPeriod(month: string): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
}
