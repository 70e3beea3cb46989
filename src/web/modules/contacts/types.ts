// The contacts API's JSON as the console sends and receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/contacts';

export type ContactSummary = Wire<typeof Api.ContactSummary>;
export type ContactList = Wire<typeof Api.ContactList>;
export type ContactDetail = Wire<typeof Api.ContactDetail>;
export type ContactLog = Wire<typeof Api.ContactLog>;
export type ContactLogList = Wire<typeof Api.ContactLogList>;
export type ContactFilters = ListFilters<typeof Api.ListContactsQuery>;
export type ContactLogFilters = ListFilters<typeof Api.ListContactLogsQuery>;
export type CreateContactInput = Wire<typeof Api.CreateContactBody>;
export type UpdateContactInput = Wire<typeof Api.UpdateContactBody>;
export type CreateLogInput = Wire<typeof Api.CreateContactLogBody>;
export type ProblemInput = Wire<typeof Api.RaiseProblemBody>;
export type RevealedPhone = Wire<typeof Api.ContactPhone>;
