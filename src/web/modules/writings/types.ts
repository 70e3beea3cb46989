// The writings API's JSON as the console sends and receives it, read from the wire contract.
import type { ListFilters, Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/writings';

export type WritingSummary = Wire<typeof Api.WritingSummary>;
export type WritingList = Wire<typeof Api.WritingList>;
/** The list's filters as the page holds them (the box is always set). */
export type WritingFilters = ListFilters<typeof Api.ListWritingsQuery, 'box'>;
export type WritingDetail = Wire<typeof Api.WritingDetail>;
export type WritingStep = Wire<typeof Api.WritingStep>;
export type CreateWritingInput = Wire<typeof Api.CreateWritingBody>;
export type ReviseWritingInput = Wire<typeof Api.ReviseWritingBody>;
export type EditWritingInput = Wire<typeof Api.EditWritingBody>;
