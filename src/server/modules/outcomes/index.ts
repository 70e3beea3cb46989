// The outcomes module's door (协商成果, 报送, 批示, 案卷).

export { type CarryOutEvent, moveOutcomeByTasks } from './carry-out';
export { outcomeDocumentParts } from './document-parts';
export { canOutcome, visibleOutcomes } from './policy';
export { publicOutcomesOf } from './public';
export { findVisibleOutcome, type OutcomeRow, outcomeFilters } from './queries';
export { outcomeRoutes } from './routes';
export { nextOutcomeStatus, reviewDueFrom } from './rules';
