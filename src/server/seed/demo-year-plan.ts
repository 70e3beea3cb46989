// How busy each demo member was in a year (pure): a tier per member and year — most 称职, some
// 优秀, a few 基本称职, one or two 不称职 — turned into counts of the records a year of duty leaves
// (consultations attended and missed, opinions, topics, contacts, reception days, whistles
// answered, writings, trainings), and the stretch of the year those records are spread over.
import { shanghaiHour } from '../platform/calendar';

export type Tier = 'excellent' | 'competent' | 'basic' | 'incompetent';

/** A member's year in records; `trainingsMissed` of the sessions open to them are missed. */
export type Duties = {
  attended: number;
  absent: number;
  opinions: number;
  topics: number;
  contacts: number;
  receptions: number;
  receptionAbsences: number;
  whistles: number;
  written: number;
  adopted: number;
  proposals: number;
  trainingsMissed: number;
};

/**
 * What a year of each tier looks like. By the default rules (duty/scoring.ts) an excellent year
 * scores about 100, a competent one 65–80, a basic one about 50 and an incompetent one under 30.
 */
const BASE: Record<Tier, Duties> = {
  excellent: {
    attended: 6,
    absent: 0,
    opinions: 4,
    topics: 1,
    contacts: 9,
    receptions: 3,
    receptionAbsences: 0,
    whistles: 2,
    written: 3,
    adopted: 2,
    proposals: 1,
    trainingsMissed: 0,
  },
  competent: {
    attended: 5,
    absent: 0,
    opinions: 2,
    topics: 0,
    contacts: 7,
    receptions: 2,
    receptionAbsences: 0,
    whistles: 1,
    written: 2,
    adopted: 1,
    proposals: 1,
    trainingsMissed: 1,
  },
  basic: {
    attended: 4,
    absent: 1,
    opinions: 1,
    topics: 0,
    contacts: 5,
    receptions: 2,
    receptionAbsences: 1,
    whistles: 1,
    written: 2,
    adopted: 1,
    proposals: 1,
    trainingsMissed: 1,
  },
  incompetent: {
    attended: 3,
    absent: 2,
    opinions: 0,
    topics: 0,
    contacts: 4,
    receptions: 2,
    receptionAbsences: 1,
    whistles: 0,
    written: 2,
    adopted: 0,
    proposals: 1,
    trainingsMissed: 2,
  },
};

/**
 * Who stood out and who fell short, by username; everyone else was 称职. This year 赵立新's records
 * of the last weeks (demo-contacts, demo-writings) lift a basic year of history to competent.
 */
const TIERS: { lastYear: Record<string, Tier>; thisYear: Record<string, Tier> } = {
  lastYear: {
    'member.wang': 'excellent',
    'member.zhoumy': 'excellent',
    'member.hexq': 'excellent',
    'member.xusj': 'excellent',
    'member.fengl': 'excellent',
    'member.liangyu': 'excellent',
    'member.mading': 'basic',
    'member.dengq': 'basic',
    'member.luxl': 'basic',
    'member.dongl': 'basic',
    'member.cuijian': 'incompetent', // a provincial member, seldom here
    'member.songjw': 'incompetent', // abroad for much of the year
  },
  thisYear: {
    'member.wang': 'excellent',
    'member.zhoumy': 'excellent',
    'member.linzh': 'excellent',
    'member.fengl': 'excellent',
    'member.liangyu': 'excellent',
    'member.zhao': 'basic',
    'member.songjw': 'basic',
    'member.luxl': 'basic',
    'member.fanzq': 'basic',
    'member.mading': 'basic',
    'member.cuijian': 'incompetent',
  },
};

export const tierOf = (username: string, isThisYear: boolean): Tier =>
  (isThisYear ? TIERS.thisYear : TIERS.lastYear)[username] ?? 'competent';

/** A small deterministic wobble in -1..1 for a member, year and what is counted: no two years alike. */
export const wobble = (index: number, year: number, salt: number) => ((index * 7 + year * 3 + salt * 5) % 3) - 1;

/** A member's year of records: the tier's counts, varied a little member by member. */
export function dutiesOf(tier: Tier, index: number, year: number): Duties {
  const d = { ...BASE[tier] };
  const w = (salt: number) => wobble(index, year, salt);
  d.contacts += tier === 'excellent' || tier === 'competent' ? 2 * w(1) : w(1);
  if (tier === 'competent') {
    d.opinions += Math.max(w(2), 0);
    d.topics += Math.max(w(3), 0);
  }
  return d;
}

/** A stretch of time the demo spreads a year's records over. */
export type Window = { from: Date; to: Date };

const DAY = 86_400_000;

/**
 * Last year: 6 January to 20 December. This year: from early January to a fortnight before now,
 * so the demo's recent stories (this week's rota, last month's calls) stand on their own; early in
 * January, the few days there are.
 */
export function windowOf(year: number, now: Date): Window {
  const start = shanghaiHour(`${year}-01-01`, 0).getTime();
  const end = shanghaiHour(`${year + 1}-01-01`, 0).getTime();
  if (now.getTime() >= end) return { from: new Date(start + 5 * DAY), to: new Date(end - 11 * DAY) };
  const span = Math.max(now.getTime() - start, 60_000);
  return {
    from: new Date(start + Math.min(5 * DAY, span * 0.05)),
    to: new Date(now.getTime() - Math.min(14 * DAY, span * 0.1)),
  };
}

/** The moment a fraction (0..1) into the window, at `hour` o'clock there when the window is wide enough. */
export function momentIn(w: Window, f: number, hour = 9): Date {
  const raw = w.from.getTime() + Math.min(Math.max(f, 0), 1) * (w.to.getTime() - w.from.getTime());
  if (w.to.getTime() - w.from.getTime() < 60 * DAY) return new Date(raw);
  const day = new Date(raw + 8 * 3_600_000).toISOString().slice(0, 10);
  const at = shanghaiHour(day, hour);
  return at < w.from || at > w.to ? new Date(raw) : at;
}

/** The fractions of `n` things spread over a year, nudged by `offset` (-0.5..0.5) so members differ. */
export const spread = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, k) => Math.min(Math.max((k + 0.5 + offset * 0.6) / n, 0.01), 0.99));
