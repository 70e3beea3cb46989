import type { Locale } from '../../shared/enums';

/** One language's words of a shared label table (shared/messages), as a block of console texts. */
export const wordsOf = <K extends string>(labels: Record<K, Record<Locale, string>>, locale: Locale) =>
  Object.fromEntries(
    Object.entries(labels).map(([code, texts]) => [code, (texts as Record<Locale, string>)[locale]]),
  ) as Record<K, string>;
