// The receptions module's door (委员接待日).

export { receptionJobs, remindDuty } from './notices';
export { receptionRoutes } from './routes';
