// What other parts of the console use from whistles (the pages load through routes.tsx, each its own chunk).
export { mayUseWhistles } from './roles';
export { whistleRoutes } from './routes';
