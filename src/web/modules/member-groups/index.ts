// What other parts of the console use from member groups (the pages load through routes.tsx, each its own chunk).
export { OrganiserSelect } from './OrganiserSelect';
export { mayUseMemberGroups } from './roles';
export { memberGroupRoutes } from './routes';
