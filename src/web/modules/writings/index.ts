// What other parts of the console use from writings (the pages load through routes.tsx, each its own chunk).
export { mayUseWritings } from './roles';
export { writingRoutes } from './routes';
