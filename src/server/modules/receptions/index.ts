// The receptions module's door (委员接待日).

export { receptionJobs } from './notices';
export { receptionRoutes } from './routes';
