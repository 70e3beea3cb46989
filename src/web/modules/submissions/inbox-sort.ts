import { SUBMISSION_SORTS, type SubmissionSort } from '../../../shared/enums';

// The server's default order (ListSubmissionsQuery): by relevance when searching, else newest first.
// The URL names a sort only when it differs from that, so a search ranks by relevance unless asked
// otherwise, and clearing the search goes back to newest first.

const defaultSort = (q: string | undefined): SubmissionSort => (q ? 'relevance' : 'newest');

/** The orders offered: relevance only means something while searching. */
export const sortChoices = (q: string | undefined): SubmissionSort[] =>
  SUBMISSION_SORTS.filter((s) => s !== 'relevance' || Boolean(q));

/** The order the list is in: the one asked for, if it applies, else the server's default. */
export const sortInForce = (sort: SubmissionSort | undefined, q: string | undefined): SubmissionSort =>
  sort && sortChoices(q).includes(sort) ? sort : defaultSort(q);

/** What the URL keeps for a chosen order: nothing when it is the default. */
export const sortParam = (sort: SubmissionSort, q: string | undefined): SubmissionSort | undefined =>
  sort === defaultSort(q) ? undefined : sort;
