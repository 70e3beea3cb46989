// The workbench API's JSON as the console receives it, read from the wire contract.
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/workbench';

export type Workbench = Wire<typeof Api.Workbench>;
export type WorkbenchGroup = Wire<typeof Api.WorkbenchGroup>;
export type WorkbenchItem = Wire<typeof Api.WorkbenchItem>;
export type ActivityItem = Wire<typeof Api.ActivityItem>;
