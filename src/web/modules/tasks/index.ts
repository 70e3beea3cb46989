// What other modules use from tasks (the pages load through the router, each its own chunk).
export { ImplementationReportButton } from './ImplementationReportButton';
export { OutcomeTasksCard } from './OutcomeTasksCard';
export { mayOwnTasks, mayUseBoard } from './roles';
