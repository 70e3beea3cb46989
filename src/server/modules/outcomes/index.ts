// The outcomes module's door (协商成果, 报送, 批示, 案卷).

export { canInstruct, canOutcome, canReply, RECIPIENT_ROLES, visibleOutcomes } from './policy';
export { publicOutcomesOf } from './public';
export { outcomeRoutes } from './routes';
