import type { FormRule } from 'antd';
import i18n from '../i18n';

// A check before sending, matching the server's rule (accounts/rules.ts: ≥10 characters, letters and
// digits); the server still decides.
export const isStrongPassword = (p: string) => p.length >= 10 && /[A-Za-z]/.test(p) && /\d/.test(p);

export const strongPasswordRule: FormRule = {
  validator: (_rule, value: string | undefined) =>
    !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(i18n.t('password.weak'))),
};

// no 0/O/1/l/I: a password an administrator reads out to someone
const LETTERS = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** A random 12-character password with letters and digits, for new accounts and resets. */
export function generatePassword(length = 12): string {
  const all = LETTERS + DIGITS;
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(length));
    const p = Array.from(bytes, (b) => all[b % all.length]).join('');
    if (isStrongPassword(p) && /\d.*\d/.test(p)) return p;
  }
}
