// The whistles module's door (吹哨报到).

export { whistleRoutes } from './routes';
