// Dates as people here read them: the calendar day in Asia/Shanghai, whatever the server's zone.
const SHANGHAI_OFFSET_MS = 8 * 3600_000; // Asia/Shanghai has no daylight saving time

/** The calendar date ('YYYY-MM-DD') of an instant in Asia/Shanghai. */
export const shanghaiDate = (at: Date) => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/** The instant of `hour`:00 on the calendar date `date` ('YYYY-MM-DD') in Asia/Shanghai. */
export const shanghaiHour = (date: string, hour: number) =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + hour * 3600_000 - SHANGHAI_OFFSET_MS);

/** Date and minute ('YYYY-MM-DD HH:mm') of an instant in Asia/Shanghai, as exports and documents show it. */
export const shanghaiDateTime = (at: Date) =>
  new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
