import type { Locale } from '../enums';

/** Error codes of the outcomes module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const OUTCOMES_ERRORS = {} as const satisfies Record<string, Record<Locale, string>>;
