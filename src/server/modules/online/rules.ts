import { STATEMENT_LIMITS } from '../../../shared/api/online';
import type { ConsultationStatus, Vote } from '../../../shared/enums';
import { normalize } from '../../platform/text';

/** Limits of online consultation (网络协商). */
export const ONLINE_LIMITS = {
  ...STATEMENT_LIMITS,
  statementsPerVoter: 10,
  // public writes (statements and votes) from one address
  writesPerIp: 60,
  windowMinutes: 10,
  // new voters (phones that had not yet taken part) from one address, per consultation and hour;
  // past it the image challenge is asked — a family or an office shares an address, a script too
  newVotersPerAddress: 5,
  newVoterWindowMinutes: 60,
} as const;

/**
 * Open for statements and votes while now ∈ [startsAt, endsAt) and the consultation is still
 * scheduled or in progress. Without a closing time it stays open until it is concluded or cancelled.
 */
export function isOnlineOpen(
  c: { status: ConsultationStatus; startsAt: Date; endsAt: Date | null },
  now: Date,
): boolean {
  if (c.status !== 'scheduled' && c.status !== 'in_progress') return false;
  if (now < c.startsAt) return false;
  return c.endsAt === null || now < c.endsAt;
}

/**
 * The comparable form of a statement: the text service's searchable form (width folded, 繁→简,
 * lower case) with spacing and punctuation dropped (Chinese is written without spaces, so
 * "增设 停车位", "增设停车位。" and "增設停車位" are one text).
 */
export const normalizeStatement = (text: string) => normalize(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Does `text` repeat one of `existing` (the same words, ignoring case, width, spacing and punctuation)? */
export const isDuplicateStatement = (text: string, existing: readonly string[]) => {
  const n = normalizeStatement(text);
  return existing.some((e) => normalizeStatement(e) === n);
};

// ——— The agreement view (共识与分歧), after Polis's group-informed consensus ———

/**
 * Thresholds, and why:
 * - MIN_VOTES 3: with fewer votes any share is noise; such statements stay "open" (待定).
 * - CLUSTER_MIN_VOTERS 4 voters with ≥ CLUSTER_MIN_VOTES 2 votes each: fewer cannot form two groups
 *   of two, and one vote says nothing about how a voter's opinions go together. k-means with k = 2
 *   always splits, so a split leaving fewer than CLUSTER_MIN_GROUP 2 such voters on one side is
 *   dropped: one voter who passed where everyone agreed is not an opinion group.
 * - CONSENSUS_SHARE 0.6: every group, not just the majority, must lean to agree — a statement that
 *   one camp carries and the other rejects is not broad agreement. Shares are Laplace-smoothed,
 *   (agree + 1) / (votes + 2), so one or two votes in a small group cannot reach it alone.
 * - DIVIDE_GAP 0.4: groups whose agree shares are this far apart see the statement differently —
 *   counted only between groups with ≥ GAP_MIN_VOTES 2 votes on it (a group that has not seen a
 *   statement sits at the smoothed 0.5, which is no evidence of a divide).
 * - DIVIDE_MINORITY 0.3: even without groups, when both agree and disagree hold ≥ 30 % of the
 *   decided votes (passes left out) the room is split. Division is checked first: a statement that
 *   nearly a third reject is not called broad agreement.
 */
export const AGREEMENT = {
  MIN_VOTES: 3,
  CLUSTER_MIN_VOTERS: 4,
  CLUSTER_MIN_VOTES: 2,
  CLUSTER_MIN_GROUP: 2,
  GAP_MIN_VOTES: 2,
  MAX_ITERATIONS: 20,
  CONSENSUS_SHARE: 0.6,
  DIVIDE_GAP: 0.4,
  DIVIDE_MINORITY: 0.3,
} as const;

export type Classification = 'consensus' | 'divisive' | 'open';
export type VoteRow = { statementId: string; voterKey: string; vote: Vote };
export type GroupShare = { agreeShare: number; votes: number };
export type StatementAgreement = {
  agree: number;
  disagree: number;
  pass: number;
  groups: GroupShare[];
  classification: Classification;
};
export type AgreementView = {
  participantCount: number;
  groups: { size: number }[];
  statements: Map<string, StatementAgreement>;
};

const VALUE: Record<Vote, number> = { agree: 1, disagree: -1, pass: 0 };

const dist2 = (a: readonly number[], b: readonly number[]) => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += ((a[i] ?? 0) - (b[i] ?? 0)) ** 2;
  return d;
};

const mean = (rows: readonly number[][], width: number) => {
  const m = new Array<number>(width).fill(0);
  for (const r of rows) for (let i = 0; i < width; i++) m[i] = (m[i] ?? 0) + (r[i] ?? 0) / rows.length;
  return m;
};

/** The nearer of two centroids; a tie goes to the first. */
const nearest = (p: readonly number[], c: readonly number[][]) => (dist2(p, c[1] ?? []) < dist2(p, c[0] ?? []) ? 1 : 0);

/**
 * Deterministic 2-means over the voters' rows: seeded with the two voters farthest apart (the
 * first such pair in row order), then at most MAX_ITERATIONS rounds of assign-and-average. Returns
 * the centroids, or undefined when everyone voted alike (one group).
 */
export function twoMeans(rows: readonly number[][]): number[][] | undefined {
  let best = 0;
  let seeds: [number, number] | undefined;
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const d = dist2(rows[i] ?? [], rows[j] ?? []);
      if (d > best) {
        best = d;
        seeds = [i, j];
      }
    }
  if (!seeds) return undefined;
  const width = rows[0]?.length ?? 0;
  let centroids = [[...(rows[seeds[0]] ?? [])], [...(rows[seeds[1]] ?? [])]];
  let labels: number[] = [];
  for (let round = 0; round < AGREEMENT.MAX_ITERATIONS; round++) {
    const next = rows.map((r) => nearest(r, centroids));
    if (next.every((l, i) => l === labels[i])) break;
    labels = next;
    const members = [0, 1].map((g) => rows.filter((_, i) => labels[i] === g));
    // with two means a group never empties (each centroid lies on its own side); guard anyway
    if (members.some((m) => m.length === 0)) return undefined;
    centroids = members.map((m) => mean(m, width));
  }
  return centroids;
}

/** Two opinion groups' centroids, or undefined for one group (too alike, or one side too small). */
function opinionGroups(rows: number[][]) {
  const centroids = twoMeans(rows);
  if (!centroids) return undefined;
  const first = rows.filter((r) => nearest(r, centroids) === 0).length;
  return Math.min(first, rows.length - first) >= AGREEMENT.CLUSTER_MIN_GROUP ? centroids : undefined;
}

const smoothed = (agree: number, votes: number) => (agree + 1) / (votes + 2);

function classify(agree: number, disagree: number, votes: number, groups: GroupShare[]): Classification {
  if (votes < AGREEMENT.MIN_VOTES) return 'open';
  const shares = groups.map((g) => g.agreeShare);
  const seen = groups.filter((g) => g.votes >= AGREEMENT.GAP_MIN_VOTES).map((g) => g.agreeShare);
  const gap = seen.length > 1 ? Math.max(...seen) - Math.min(...seen) : 0;
  const decided = agree + disagree;
  const split =
    decided > 0 && agree / decided >= AGREEMENT.DIVIDE_MINORITY && disagree / decided >= AGREEMENT.DIVIDE_MINORITY;
  if (gap >= AGREEMENT.DIVIDE_GAP - 1e-9 || split) return 'divisive';
  if (shares.every((s) => s >= AGREEMENT.CONSENSUS_SHARE)) return 'consensus';
  return 'open';
}

/**
 * Which statements have broad agreement across opinion groups and which divide them. Builds the
 * voter × statement matrix over visible statements (agree 1, disagree −1, pass or unseen 0),
 * splits voters into two opinion groups when enough voted on enough statements (voters with a
 * single vote join the nearer group), and scores each statement per group.
 */
export function agreementView(statements: readonly { id: string; isHidden: boolean }[], votes: readonly VoteRow[]) {
  const visible = statements.filter((s) => !s.isHidden).map((s) => s.id);
  const column = new Map(visible.map((id, i) => [id, i]));
  const rowsByVoter = new Map<string, number[]>();
  const counted = new Map<string, number>();
  for (const v of votes) {
    const col = column.get(v.statementId);
    if (col === undefined) continue;
    let row = rowsByVoter.get(v.voterKey);
    if (!row) {
      row = new Array<number>(visible.length).fill(0);
      rowsByVoter.set(v.voterKey, row);
    }
    row[col] = VALUE[v.vote];
    counted.set(v.voterKey, (counted.get(v.voterKey) ?? 0) + 1);
  }
  const voters = [...rowsByVoter.keys()].sort();
  const rowOf = (k: string) => rowsByVoter.get(k) ?? [];
  const eligible = voters.filter((k) => (counted.get(k) ?? 0) >= AGREEMENT.CLUSTER_MIN_VOTES);
  const centroids = eligible.length >= AGREEMENT.CLUSTER_MIN_VOTERS ? opinionGroups(eligible.map(rowOf)) : undefined;

  const groupOf = new Map<string, number>(voters.map((k) => [k, centroids ? nearest(rowOf(k), centroids) : 0]));
  const groupCount = centroids ? 2 : 1;
  const sizes = Array.from({ length: groupCount }, (_, g) => voters.filter((k) => groupOf.get(k) === g).length);
  // the larger group first, so the order does not depend on which seed came first
  const order = sizes.map((_, g) => g).sort((a, b) => (sizes[b] ?? 0) - (sizes[a] ?? 0) || a - b);
  const position = new Map(order.map((g, i) => [g, i]));

  const votesOf = new Map<string, VoteRow[]>(visible.map((id) => [id, []]));
  for (const v of votes) votesOf.get(v.statementId)?.push(v);
  const result = new Map<string, StatementAgreement>();
  for (const id of visible) {
    const tally = { agree: 0, disagree: 0, pass: 0 };
    const perGroup = order.map(() => ({ agree: 0, votes: 0 }));
    for (const v of votesOf.get(id) ?? []) {
      tally[v.vote]++;
      const g = perGroup[position.get(groupOf.get(v.voterKey) ?? 0) ?? 0];
      if (!g) continue;
      g.votes++;
      if (v.vote === 'agree') g.agree++;
    }
    const groups = perGroup.map((g) => ({ agreeShare: smoothed(g.agree, g.votes), votes: g.votes }));
    const total = tally.agree + tally.disagree + tally.pass;
    result.set(id, { ...tally, groups, classification: classify(tally.agree, tally.disagree, total, groups) });
  }
  return {
    participantCount: voters.length,
    groups: order.map((g) => ({ size: sizes[g] ?? 0 })),
    statements: result,
  } satisfies AgreementView;
}
