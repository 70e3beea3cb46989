// The submissions module's door (征集 → 分办).

export { addressableMembers } from './addressed';
export { closeSubmissionsOfOutcome } from './close-by-outcome';
export { intakeConfigRoutes } from './config-routes';
export { countInbox } from './count';
export { seedDemoClosedSubmission, seedDemoSubmissions } from './demo';
export { seedDemoMemberSubmission } from './demo-members';
export { fileLinkedSubmission, type LinkedFiling } from './file-linked';
export { fileSubmission } from './intake';
export { publicSubmissionRoutes } from './public-routes';
export { qrRoutes } from './qr-routes';
export { inboxFilters } from './queries';
export { isPublicStep } from './resident';
export {
  canCountByRollup,
  checkSubmissionRollups,
  countOverdueUnder,
  ROLLUP_BREAKDOWN_DEPTH,
  ROLLUP_DEPTH,
  readSubmissionRollups,
  recomputeSubmissionRollups,
} from './rollups';
export { submissionRoutes } from './routes';
export { eventParams, maskPhone } from './rules';
export { submissionJobs, sweepUnattachedPhotos } from './sweep-photos';
export { reindexStaleTerms, staleTermsCount } from './text-index';
export * from './topic-link';
