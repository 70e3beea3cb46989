// The receptions API's JSON as the console sends and receives it, read from the wire contract.
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/receptions';

export type ReceptionSummary = Wire<typeof Api.ReceptionSummary>;
export type ReceptionList = Wire<typeof Api.ReceptionList>;
export type ReceptionDetail = Wire<typeof Api.ReceptionDetail>;
export type ReceptionMembers = Wire<typeof Api.ReceptionMembers>;
export type ReceptionFilters = Wire<typeof Api.ListReceptionsQuery>;
export type CreateReceptionInput = Wire<typeof Api.CreateReceptionBody>;
export type FillMonthInput = Wire<typeof Api.FillMonthBody>;
export type FillMonthResult = Wire<typeof Api.FillMonthResult>;
export type RecordInput = Wire<typeof Api.RecordReceptionBody>;
