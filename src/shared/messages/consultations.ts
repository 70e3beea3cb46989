import type { Locale } from '../enums';

/** Error codes of the consultations module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const CONSULTATIONS_ERRORS = {} as const satisfies Record<string, Record<Locale, string>>;
