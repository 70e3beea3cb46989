import type { Locale } from '../enums';

/** Error codes of the topics module, merged into ERROR_MESSAGES (codes are unique across modules). */
export const TOPICS_ERRORS = {} as const satisfies Record<string, Record<Locale, string>>;
