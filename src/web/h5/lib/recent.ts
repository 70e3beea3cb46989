/** Tracking codes this phone submitted, newest first, so a resident can find them again. */
export type RecentItem = { code: string; placeCode?: string; placeName: string; excerpt: string; at: string };

const KEY = 'sl-h5-recent';
const MAX = 10;

export function readRecent(): RecentItem[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter(isRecentItem) : [];
  } catch {
    return [];
  }
}

export function rememberRecent(item: RecentItem) {
  const list = [item, ...readRecent().filter((r) => r.code !== item.code)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // storage full or off: the code is still on the screen
  }
}

function isRecentItem(v: unknown): v is RecentItem {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.code === 'string' && typeof r.placeName === 'string' && typeof r.at === 'string';
}
