import { afterEach, describe, expect, it, vi } from 'vitest';

// The zone is read once when the module loads (TIME_ZONE on the server), so each case loads the
// modules afresh under the zone it names.
async function loadIn(zone: string | undefined) {
  vi.resetModules();
  if (zone === undefined) vi.stubEnv('TIME_ZONE', '');
  else vi.stubEnv('TIME_ZONE', zone);
  return {
    zone: await import('./time-zone'),
    calendar: await import('../server/platform/calendar'),
    period: await import('../server/modules/accountability/period'),
    proposals: await import('../server/modules/proposals/rules'),
    consultations: await import('../server/modules/consultations/rules'),
    docx: await import('../server/platform/docx/dates'),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('one deployment time zone (TIME_ZONE)', () => {
  it('defaults to Asia/Shanghai, and refuses a zone that does not exist', async () => {
    expect((await loadIn(undefined)).zone.DEPLOYMENT_TIME_ZONE).toBe('Asia/Shanghai');
    expect((await loadIn('Mars/Olympus')).zone.DEPLOYMENT_TIME_ZONE).toBe('Asia/Shanghai');
    const { zone } = await loadIn('America/New_York');
    expect(zone.isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('in New York, screens, days, years and documents follow New York time (with its summer time)', async () => {
    const { zone, calendar, period, proposals, docx } = await loadIn('America/New_York');
    expect(zone.DEPLOYMENT_TIME_ZONE).toBe('America/New_York');
    const at = new Date('2026-07-01T02:30:00Z'); // 22:30 on 30 June in New York (UTC−4)
    expect(zone.formatDateTimeIn('en', at.toISOString())).toMatch(/Jun 30, 2026.*10:30/);
    expect(calendar.shanghaiDate(at)).toBe('2026-06-30');
    expect(calendar.shanghaiDateTime(at)).toBe('2026-06-30 22:30');
    expect(calendar.shanghaiHour('2026-01-15', 9).toISOString()).toBe('2026-01-15T14:00:00.000Z'); // UTC−5 in winter
    expect(zone.isoInDeploymentZone(at)).toBe('2026-06-30T22:30:00-04:00');
    // the year turns at New York's midnight
    expect(period.yearOf(new Date('2027-01-01T03:00:00Z'))).toEqual({
      year: 2026,
      start: new Date('2026-01-01T05:00:00Z'),
    });
    expect(proposals.shanghaiYear(new Date('2027-01-01T03:00:00Z'))).toBe(2026);
    expect(docx.gongwenDateTime(at)).toBe('2026年6月30日 22:30');
  });

  it('QR sign-in closes at the end of the meeting’s day in the deployment’s zone', async () => {
    const { consultations } = await loadIn('America/New_York');
    const { closesAt } = consultations.attendanceWindow(new Date('2026-07-01T02:30:00Z'));
    expect(closesAt.toISOString()).toBe('2026-07-01T04:00:00.000Z'); // midnight in New York
    const shanghai = (await loadIn('Asia/Shanghai')).consultations.attendanceWindow(new Date('2026-07-01T02:30:00Z'));
    expect(shanghai.closesAt.toISOString()).toBe('2026-07-01T16:00:00.000Z');
  });

  it('a due date three months on keeps the clock time across a change of summer time', async () => {
    const { proposals } = await loadIn('America/New_York');
    // 09:00 on 15 January (UTC−5) → 09:00 on 15 April (UTC−4)
    expect(proposals.monthsLater(new Date('2026-01-15T14:00:00Z')).toISOString()).toBe('2026-04-15T13:00:00.000Z');
  });
});
