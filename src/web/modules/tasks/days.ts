// A deadline is a day where the deployment is (src/shared/time-zone.ts), whatever the zone of the
// browser: a staffer's laptop set to UTC picks and shows the same day as one in Beijing. The day
// arithmetic itself is the console's (lib/deployment-day.ts); tasks add the count of days between.
export { deploymentDay, endOfDeploymentDay } from '../../lib/deployment-day';

const DAY_MS = 86_400_000;

/** Days from one deployment day to another (2026-05-17 → 2026-05-20: 3). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
