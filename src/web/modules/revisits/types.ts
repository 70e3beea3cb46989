// The revisits API's JSON (回头看) as the console sends and receives it, read from the wire contract.
import type { Wire } from '../../../shared/api/common';
import type * as Api from '../../../shared/api/revisits';

export type { ReviewState } from '../../../shared/api/revisits';
export type OutcomeRevisits = Wire<typeof Api.OutcomeRevisits>;
export type Revisit = Wire<typeof Api.Revisit>;
export type RevisitPhoto = Wire<typeof Api.RevisitPhoto>;
export type DueRevisits = Wire<typeof Api.DueRevisits>;
export type DueRevisit = Wire<typeof Api.DueRevisit>;
export type RecordRevisitInput = Wire<typeof Api.RecordRevisitBody>;
export type ReviewDateInput = Wire<typeof Api.ReviewDateBody>;
