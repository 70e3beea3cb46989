import dayjs from 'dayjs';

/** A URL value if it is one of `values`, else undefined (a hand-edited URL must not break the list). */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string | null): T | undefined =>
    (values as readonly (string | null)[]).includes(v) ? (v as T) : undefined;

/** A whole day in the URL (2026-11-25) as the instant it starts; `to` days count, so they end a day later. */
export const dayStart = (day: string | null, plusDays = 0) => {
  const d = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayjs(day) : undefined;
  return d?.isValid() ? d.add(plusDays, 'day').startOf('day').toISOString() : undefined;
};
