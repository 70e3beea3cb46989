// The trainings API's JSON as the console receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/trainings';

export type TrainingSummary = Wire<typeof Api.TrainingSummary>;
export type TrainingList = Wire<typeof Api.TrainingList>;
export type TrainingDetail = Wire<typeof Api.TrainingDetail>;
export type TrainingAttendee = Wire<typeof Api.TrainingAttendee>;
export type TrainingFile = Wire<typeof Api.TrainingFile>;
export type TrainingHours = Wire<typeof Api.TrainingHours>;
export type InvitableMembers = Wire<typeof Api.InvitableMembers>;
export type CheckInInfo = Wire<typeof Api.CheckInInfo>;
export type CheckInResult = Wire<typeof Api.CheckInResult>;

export type CreateTrainingInput = Wire<typeof Api.CreateTrainingBody>;
export type UpdateTrainingInput = Wire<typeof Api.UpdateTrainingBody>;
export type InviteInput = Wire<typeof Api.InviteBody>;

export type TrainingFilters = ListFilters<typeof Api.ListTrainingsQuery>;
export type HoursFilters = Wire<typeof Api.TrainingHoursQuery>;
