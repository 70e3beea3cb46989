// The limits the server checks (shared/api/evaluations.ts EVALUATION_LIMITS), without zod in the bundle.
export const COMMENT_LIMITS = { leaderMax: 1000, memberMax: 500 } as const;
