// Tracking codes (查询码) as residents type them back from paper: both the server and the phone pages
// read them through here. No imports: the phone bundle carries this file.

/** The letters a tracking code is made of: no 0/O, 1/I/L, so what is printed cannot be misread as another code. */
export const TRACK_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TRACK_LENGTH = 12;

/**
 * Characters a code never holds, and the letters of the alphabet a person most likely read as them:
 * a round O/0 is a D or Q; an upright 1/I/L is a J, T or 7.
 */
const LOOK_ALIKES: Record<string, readonly string[]> = {
  O: ['D', 'Q'],
  '0': ['D', 'Q'],
  I: ['J', 'T', '7'],
  '1': ['J', 'T', '7'],
  L: ['J', 'T', '7'],
};

/** More uncertain characters than this and the code is taken as mistyped, not guessed at. */
const MAX_UNCERTAIN = 3;

/**
 * A code as typed, in the form it is stored: full-width letters and digits made half-width (NFKC),
 * upper case, without spaces, dashes or dots a person (or a paper slip) put between its groups.
 */
export const normalizeTrackingCode = (typed: string) =>
  typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.·・,，。、/\\–—]+/gu, '');

/** Whether a typed code has the shape of one (12 characters of the alphabet or its look-alikes). */
export function isTrackingCodeShaped(typed: string) {
  const code = normalizeTrackingCode(typed);
  return code.length === TRACK_LENGTH && [...code].every((c) => TRACK_ALPHABET.includes(c) || c in LOOK_ALIKES);
}

/**
 * The stored codes a typed one may stand for: itself when it is clean, else every reading of its
 * look-alike characters (at most 3 of them, 27 readings). Empty when it cannot be a code at all.
 */
export function trackingCodeCandidates(typed: string): string[] {
  const code = normalizeTrackingCode(typed);
  if (!isTrackingCodeShaped(code)) return [];
  let readings = [''];
  let uncertain = 0;
  for (const c of code) {
    const options = TRACK_ALPHABET.includes(c) ? [c] : (LOOK_ALIKES[c] ?? []);
    if (options.length > 1 && ++uncertain > MAX_UNCERTAIN) return [];
    readings = readings.flatMap((r) => options.map((o) => r + o));
  }
  return readings;
}
