import { describe, expect, it } from 'vitest';
import { deploymentDay } from '../../lib/deployment-day';
import { compareFigures, formatFigure, unitSuffixKey } from './format';
import { breakdownTitleKey, partWordKey } from './labels';
import { consoleLink, dashboardLink, readDashboardParams } from './links';
import { isDay, monthPeriod, presetOf, presetPeriod } from './period';

describe('formatFigure', () => {
  it('shows counts and 人次 whole, with grouping', () => {
    expect(formatFigure(17000, 'count', 'zh-CN')).toBe('17,000');
    expect(formatFigure(1234, 'personTimes', 'en')).toBe('1,234');
    expect(unitSuffixKey('personTimes')).toBe('dashboard.units.personTimes');
    expect(unitSuffixKey('count')).toBeNull();
  });
  it('shows rates as percentages and averages to one decimal', () => {
    expect(formatFigure(100, 'percent', 'zh-CN')).toBe('100%');
    expect(formatFigure(87.456, 'percent', 'en')).toBe('87.5%');
    expect(formatFigure(4, 'average', 'zh-CN')).toBe('4.0');
    expect(formatFigure(4.26, 'average', 'en')).toBe('4.3');
  });
  it('shows nothing to compute as a dash', () => {
    expect(formatFigure(null, 'average', 'en')).toBe('—');
    expect(formatFigure(Number.NaN, 'count', 'en')).toBe('—');
  });
  it('sorts unknown values below every number', () => {
    expect([3, null, 0, 10].sort(compareFigures)).toEqual([null, 0, 3, 10]);
  });
});

describe('period presets', () => {
  it('count from the start of the month, quarter and year to today', () => {
    expect(presetPeriod('month', '2026-12-03')).toEqual({ from: '2026-12-01', to: '2026-12-03' });
    expect(presetPeriod('quarter', '2026-12-03')).toEqual({ from: '2026-10-01', to: '2026-12-03' });
    expect(presetPeriod('quarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('year', '2026-12-03')).toEqual({ from: '2026-01-01', to: '2026-12-03' });
    expect(presetPeriod('lastYear', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('take today where the deployment is: 1 January in Beijing while it is still 31 December in UTC', () => {
    const today = deploymentDay(Date.parse('2026-12-31T17:30:00Z'));
    expect(today).toBe('2027-01-01');
    expect(presetPeriod('year', today)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(presetPeriod('lastYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
  it('recognise a preset back, anything else is custom', () => {
    expect(presetOf({ from: '2026-10-01', to: '2026-12-03' }, '2026-12-03')).toBe('quarter');
    expect(presetOf({ from: '2026-10-02', to: '2026-12-03' }, '2026-12-03')).toBe('custom');
  });
  it('know real days and whole months', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('Feb')).toBeNull();
  });
});

describe('links', () => {
  it('follow only paths inside the console', () => {
    expect(consoleLink('/submissions?placeId=x&overdue=true')).toBe('/submissions?placeId=x&overdue=true');
    expect(consoleLink(null)).toBeNull();
    expect(consoleLink('https://example.com/')).toBeNull();
    expect(consoleLink('//example.com/')).toBeNull();
    expect(consoleLink('/\\example.com')).toBeNull();
    expect(consoleLink('javascript:alert(1)')).toBeNull();
  });
  const id = '0b7a1f4e-5c3d-4e2a-9f1b-2c3d4e5f6a7b';
  it('read the place and a whole period from the address', () => {
    expect(readDashboardParams(new URLSearchParams(`placeId=${id}&from=2026-01-01&to=2026-06-30`))).toEqual({
      placeId: id,
      from: '2026-01-01',
      to: '2026-06-30',
    });
    // a half-given, reversed or malformed period falls back to the default
    expect(readDashboardParams(new URLSearchParams('from=2026-01-01'))).toEqual({});
    expect(readDashboardParams(new URLSearchParams('from=2026-06-01&to=2026-01-01'))).toEqual({});
    expect(readDashboardParams(new URLSearchParams('placeId=nope&from=x&to=y'))).toEqual({});
  });
  it('write the drill-down address', () => {
    expect(dashboardLink('/dashboard', { placeId: id, from: '2026-01-01', to: '2026-03-31' })).toBe(
      `/dashboard?placeId=${id}&from=2026-01-01&to=2026-03-31`,
    );
    expect(dashboardLink('/dashboard/screen', {})).toBe('/dashboard/screen');
  });
});

describe('part labels', () => {
  it('reuse the words of channels, sources, forms, participant kinds and grades', () => {
    expect(partWordKey('channel', 'walk_in')).toBe('submissions.channels.walk_in');
    expect(partWordKey('source', 'leader')).toBe('topics.sources.leader');
    expect(partWordKey('form', 'on_site')).toBe('consultations.forms.on_site');
    expect(partWordKey('kind', 'expert')).toBe('consultations.kinds.expert');
    expect(partWordKey('grade', 'excellent')).toBe('duty.grades.excellent');
  });
  it('leave categories and unknown values to the server label', () => {
    expect(partWordKey('category', '0b7a1f4e')).toBeNull();
    expect(partWordKey('channel', 'carrier_pigeon')).toBeNull();
    expect(breakdownTitleKey('category')).toBe('dashboard.by.category');
    expect(breakdownTitleKey('weather')).toBeNull();
  });
});
