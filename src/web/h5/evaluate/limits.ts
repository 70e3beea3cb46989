// The limit the server checks (shared/api/evaluations.ts EVALUATION_LIMITS), without zod in the phone bundle.
export const COMMENT_MAX = 200;
