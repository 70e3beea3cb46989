import type { Locale } from '../enums';

/** Error codes of the online module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const ONLINE_ERRORS = {} as const satisfies Record<string, Record<Locale, string>>;
