import type { z } from 'zod';
import type {
  ActionBody,
  ExportSubmissionsQuery,
  ListSubmissionsQuery,
  SortManyBody,
} from '../../../shared/api/submissions';

export * from '../../../shared/api/submissions';
export * from '../../../shared/api/submissions-public';

export type ActionInput = z.infer<typeof ActionBody>;
export type SortManyInput = z.infer<typeof SortManyBody>;
export type ListSubmissionsInput = z.infer<typeof ListSubmissionsQuery>;
export type ExportSubmissionsInput = z.infer<typeof ExportSubmissionsQuery>;
