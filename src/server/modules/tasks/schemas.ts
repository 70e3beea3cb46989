import type { z } from 'zod';
import type {
  BoardQuery,
  CreateTaskBody,
  ExportTasksQuery,
  ListTasksQuery,
  OwnerCandidatesQuery,
  TaskActionBody,
  UpdateTaskBody,
} from '../../../shared/api/tasks';

export {
  Board,
  BoardQuery,
  CreateTaskBody,
  ExportTasksQuery,
  ListTasksQuery,
  OutcomeTasks,
  OutcomeTasksParams,
  OwnerCandidates,
  OwnerCandidatesQuery,
  ReportParams,
  TaskActionBody,
  TaskDetail,
  TaskFile,
  TaskFileParams,
  TaskList,
  TaskMilestoneParams,
  TaskParams,
  UpdateTaskBody,
} from '../../../shared/api/tasks';

export type CreateTaskInput = z.output<typeof CreateTaskBody>;
export type UpdateTaskInput = z.output<typeof UpdateTaskBody>;
export type TaskActionInput = z.output<typeof TaskActionBody>;
export type ListTasksInput = z.output<typeof ListTasksQuery>;
export type OwnerCandidatesInput = z.output<typeof OwnerCandidatesQuery>;
export type BoardInput = z.output<typeof BoardQuery>;
export type ExportTasksInput = z.output<typeof ExportTasksQuery>;
