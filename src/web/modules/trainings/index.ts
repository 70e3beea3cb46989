// What other parts of the console use from trainings (the pages load through routes.tsx, each its own chunk).
export { mayUseTrainings } from './roles';
export { TrainingCheckInPage, trainingRoutes } from './routes';
