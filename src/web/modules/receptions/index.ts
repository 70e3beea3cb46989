// What other parts of the console use from receptions (the pages load through routes.tsx, each its own chunk).
export { mayUseReceptions } from './roles';
export { receptionRoutes } from './routes';
