// The revisits module's door (回头看).

export { countDueRevisits } from './count';
export { revisitJobs } from './photos';
export { revisitRoutes } from './routes';
