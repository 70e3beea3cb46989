// The whistles module's door (吹哨报到).

export { countWhistles } from './count';
export { whistleRoutes } from './routes';
