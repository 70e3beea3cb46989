// What other parts of the console use from members (the pages load through routes.tsx, each its own chunk).

export { mayKeepRoster, mayReadMembers } from './roles';
export { memberRoutes } from './routes';
