import type { z } from 'zod';
import type {
  AttendanceBody,
  CreateTrainingBody,
  InvitableMembersQuery,
  InviteBody,
  ListTrainingsQuery,
  TrainingDetail,
  TrainingHoursQuery,
  UpdateTrainingBody,
} from '../../../shared/api/trainings';

export {
  AttendanceBody,
  CheckInInfo,
  CheckInParams,
  CheckInResult,
  CreateTrainingBody,
  InvitableMembers,
  InvitableMembersQuery,
  InviteBody,
  ListTrainingsQuery,
  TrainingDetail,
  TrainingFile,
  TrainingFileParams,
  TrainingHours,
  TrainingHoursQuery,
  TrainingList,
  TrainingMemberParams,
  TrainingParams,
  UpdateTrainingBody,
} from '../../../shared/api/trainings';

export type CreateTrainingInput = z.output<typeof CreateTrainingBody>;
export type UpdateTrainingInput = z.output<typeof UpdateTrainingBody>;
export type InviteInput = z.output<typeof InviteBody>;
export type AttendanceInput = z.output<typeof AttendanceBody>;
export type ListTrainingsInput = z.output<typeof ListTrainingsQuery>;
export type InvitableMembersInput = z.output<typeof InvitableMembersQuery>;
export type TrainingHoursInput = z.output<typeof TrainingHoursQuery>;
export type TrainingDetailOut = z.output<typeof TrainingDetail>;
