import type { Attended } from './types';

// Who signed in on this phone, per consultation, so scanning the code again shows it instead of the form.
const key = (token: string) => `sl-attend:${token}`;

export function readAttended(token: string): Attended | undefined {
  try {
    const raw = localStorage.getItem(key(token));
    const v = raw ? (JSON.parse(raw) as Partial<Attended>) : undefined;
    return v && typeof v.name === 'string' && typeof v.attendedAt === 'string'
      ? { name: v.name, attendedAt: v.attendedAt, isInvited: v.isInvited === true }
      : undefined;
  } catch {
    return undefined; // storage off (private mode) or an old value: show the form
  }
}

export function rememberAttended(token: string, a: Attended | undefined) {
  try {
    if (a) localStorage.setItem(key(token), JSON.stringify(a));
    else localStorage.removeItem(key(token));
  } catch {
    // not remembered; nothing else depends on it
  }
}
