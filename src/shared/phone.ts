/** Mainland China mobile numbers: 11 digits starting 1[3-9]. Both the phone pages and the server check it. */
export const MOBILE_RE = /^1[3-9]\d{9}$/;
