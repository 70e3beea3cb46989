// What other parts of the console use from duty (the pages load through routes.tsx, each its own chunk).
export { isMemberMe, mayReadDuty } from './roles';
export { dutyRoutes } from './routes';
