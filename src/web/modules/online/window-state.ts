import type { OnlineView } from './types';

export type WindowState = 'open' | 'upcoming' | 'closed';

/** Open now, not open yet, or over (closed, concluded or cancelled); the server decides `isOpen`. */
export function windowState(v: Pick<OnlineView, 'isOpen' | 'opensAt' | 'consultation'>, now = Date.now()): WindowState {
  if (v.isOpen) return 'open';
  const isLive = v.consultation.status === 'scheduled' || v.consultation.status === 'in_progress';
  return isLive && new Date(v.opensAt).getTime() > now ? 'upcoming' : 'closed';
}

export const WINDOW_COLORS: Record<WindowState, string> = { open: 'green', upcoming: 'blue', closed: 'default' };

/** Opinion groups are known by their position (群体 1, 群体 2: the larger first). */
export const numbered = <T extends object>(groups: readonly T[]) => groups.map((g, i) => ({ ...g, n: i + 1 }));
