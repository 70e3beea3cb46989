// The outcomes module's door (协商成果, 报送, 批示, 案卷).

export { visibleOutcomes } from './policy';
export { publicOutcomesOf } from './public';
export { outcomeRoutes } from './routes';
