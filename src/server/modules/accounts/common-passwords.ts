import { dictionary } from '@zxcvbn-ts/language-common';

// ~49,000 passwords seen most often in breaches (zxcvbn-ts), lowercased into a set on first use
let common: ReadonlySet<string> | undefined;

/** Is `password` on the common-password list, whatever its case? */
export function isCommonPassword(password: string) {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}
