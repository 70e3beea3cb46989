// The tasks API's JSON (落实任务, 督办) as the console sends and receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/tasks';

export type { TaskAction, TaskBoardView, TaskFlag } from '../../../shared/api/tasks';
export type TaskSummary = Wire<typeof Api.TaskSummary>;
export type TaskList = Wire<typeof Api.TaskList>;
export type TaskDetail = Wire<typeof Api.TaskDetail>;
export type TaskEvent = Wire<typeof Api.TaskEvent>;
export type TaskFile = Wire<typeof Api.TaskFile>;
export type TaskMilestone = Wire<typeof Api.TaskMilestone>;
export type OutcomeTasks = Wire<typeof Api.OutcomeTasks>;
export type OwnerCandidate = Wire<typeof Api.OwnerCandidate>;
export type OwnerCandidates = Wire<typeof Api.OwnerCandidates>;
export type Board = Wire<typeof Api.Board>;
export type BoardUnitRow = Wire<typeof Api.BoardUnitRow>;
export type CreateTaskInput = Wire<typeof Api.CreateTaskBody>;
export type UpdateTaskInput = Wire<typeof Api.UpdateTaskBody>;
export type TaskActionInput = Wire<typeof Api.TaskActionBody>;
/** The list's filters as a page holds them (`mine` as the query string carries it). */
export type TaskFilters = ListFilters<typeof Api.ListTasksQuery>;
export type CandidateKind = NonNullable<Wire<typeof Api.OwnerCandidatesQuery>['kind']>;
