import { describe, expect, it } from 'vitest';
import { daysBetween, deploymentDay, endOfDeploymentDay } from './days';

describe('deadline days where the deployment is (Beijing)', () => {
  it('names the day an instant falls on there, not in the browser’s zone', () => {
    expect(deploymentDay('2026-06-30T15:59:59.999Z')).toBe('2026-06-30');
    expect(deploymentDay('2026-06-30T16:00:00Z')).toBe('2026-07-01');
    expect(deploymentDay(Date.parse('2026-01-01T00:30:00+08:00'))).toBe('2026-01-01');
  });

  it('ends a day at its last millisecond there', () => {
    expect(endOfDeploymentDay('2026-06-30')).toBe('2026-06-30T15:59:59.999Z');
    expect(deploymentDay(endOfDeploymentDay('2026-12-31'))).toBe('2026-12-31');
  });

  it('counts calendar days between two days', () => {
    expect(daysBetween('2026-05-17', '2026-05-20')).toBe(3);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-05-20', '2026-05-20')).toBe(0);
  });
});
