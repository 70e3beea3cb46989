import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  deploymentClock,
  deploymentDay,
  endOfDeploymentDay,
  endOfPickedDay,
  instantAt,
  pickerDay,
  pickerToday,
} from './deployment-day';

describe('days where the deployment is (Beijing), whatever the browser’s zone', () => {
  it('names the day an instant falls on there', () => {
    expect(deploymentDay('2026-06-30T15:59:59.999Z')).toBe('2026-06-30');
    expect(deploymentDay('2026-06-30T16:00:00Z')).toBe('2026-07-01');
    expect(deploymentDay(Date.parse('2026-01-01T00:30:00+08:00'))).toBe('2026-01-01');
  });

  it('ends a day at its last millisecond there', () => {
    expect(endOfDeploymentDay('2026-06-30')).toBe('2026-06-30T15:59:59.999Z');
    expect(deploymentDay(endOfDeploymentDay('2026-12-31'))).toBe('2026-12-31');
  });

  it('reads a picked day as that day there, and shows an instant as its day there', () => {
    expect(endOfPickedDay(dayjs('2026-06-30'))).toBe('2026-06-30T15:59:59.999Z');
    expect(pickerDay('2026-06-30T16:30:00Z').format('YYYY-MM-DD')).toBe('2026-07-01');
    // 01:00 in Beijing is still the evening before in UTC
    expect(pickerToday(Date.parse('2026-06-15T01:00:00+08:00')).format('YYYY-MM-DD')).toBe('2026-06-15');
  });
});

describe('wall-clock times where the deployment is', () => {
  it('puts a time on a day there, and reads an instant’s time there', () => {
    expect(instantAt('2026-12-09', '09:00')).toBe('2026-12-09T01:00:00.000Z');
    expect(instantAt('2026-12-09', '00:30')).toBe('2026-12-08T16:30:00.000Z');
    expect(deploymentClock('2026-12-09T01:00:00.000Z')).toBe('09:00');
    expect(deploymentClock('2026-12-08T16:30:00.000Z')).toBe('00:30');
  });
});
