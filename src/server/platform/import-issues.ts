// The words an import's cell problems need: what was given and what is allowed, in the reader's
// language, so "不是允许的取值" never stands alone.
import type { z } from 'zod';
import { LOCALES, type Locale } from '../../shared/enums';
import { FIELD_MESSAGES, formatMessage } from '../../shared/error-messages';
import type { FieldError } from './errors';
import { zodIssueToField } from './http/error-handler';

type Labels = Readonly<Record<Locale, string>>;

/** A zod issue for a cell holding none of the allowed values: the value, and each language's list. */
export function notOneOf(given: string, allowed: readonly Labels[]): z.core.$ZodRawIssue {
  const lists = Object.fromEntries(
    LOCALES.map((l) => [l, [...new Set(allowed.map((a) => a[l]))].join(l === 'en' ? ', ' : '、')]),
  );
  return { code: 'custom', message: 'not_one_of', input: given, params: { given: given.trim(), allowed: lists } };
}

/** A field problem's message in the reader's language, its parameters (per-language lists too) filled in. */
export function fieldText(f: FieldError, locale: Locale) {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f.params ?? {})) {
    params[k] = v && typeof v === 'object' && locale in v ? (v as Record<Locale, unknown>)[locale] : v;
  }
  return formatMessage(FIELD_MESSAGES[f.key][locale], params);
}

/** A zod issue of a cell as its message in the reader's language. */
export const issueText = (issue: z.core.$ZodIssue, locale: Locale) =>
  fieldText(zodIssueToField('', issue.code, issue as never, issue.message), locale);
