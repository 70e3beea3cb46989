// The tasks module's door (落实任务, 督办).

export { countTasksListed } from './count';
export { reopenTask } from './act-on-task';
export { taskRoutes } from './routes';
export { raiseReminders, taskJobs } from './scheduler';
