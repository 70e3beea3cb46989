// What other parts of the console use from contacts (the pages load through routes.tsx, each its own
// chunk; the problem form through lazy.tsx, so the console's first load carries none of them).
export { ProblemFields, ProblemModal } from './lazy';
export { type ProblemValues, toProblem } from './problem-form';
export { mayUseContacts } from './roles';
export { contactRoutes } from './routes';
export type { ProblemInput } from './types';
