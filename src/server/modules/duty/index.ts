// The duty module's door (履职量化考核).

export { snapshotYear as snapshotDutyYear } from './close-year';
export { dutyRoutes } from './routes';
export { DEFAULT_DUTY_RULES, yearOf as dutyYearOf } from './scoring';
export { tallyUnder as tallyDutyUnder } from './tally-sql';
