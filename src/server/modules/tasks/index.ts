// The tasks module's door (落实任务, 督办).

export { reopenTask } from './act-on-task';
export { countTasksListed } from './count';
export { taskRoutes } from './routes';
export { raiseReminders, taskJobs } from './scheduler';
